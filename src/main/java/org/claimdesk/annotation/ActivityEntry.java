package org.claimdesk.annotation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One change in the history: who did what to which item of which document, and when. */
public record ActivityEntry(long id, Instant at, @Nullable String actor, String action, String entity, long entityId,
                            long documentId, String documentTitle, String summary) {
}
