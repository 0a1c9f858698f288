package org.claimdesk.suggestion;

import java.time.Instant;
import java.util.List;

/** A trained model as stored: its version in the project, what it was trained and evaluated on, and when. */
public record StoredModel(long projectId, String engine, int version, List<String> labels, int trainedOn, int heldOut,
                          Instant trainedAt, long trainingMs, String settings, ModelEvaluation evaluation) {
}
