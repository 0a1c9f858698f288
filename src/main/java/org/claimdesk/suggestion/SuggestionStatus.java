package org.claimdesk.suggestion;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The state of a project's suggestions, as {@code GET /api/projects/{id}/suggestions/status} and
 * the suggestions page show it. {@code evaluation} and {@code rules} hold, per label and "(all)",
 * exact and overlap precision, recall and F1 on the hold-out; {@code acceptance} the reviewers'
 * accepts and rejects per label.
 */
public record SuggestionStatus(String state, @Nullable String modelVersion, int trainedOn, int heldOut,
                               @Nullable Instant trainedAt, long trainingMs, @Nullable String settings,
                               Map<String, LabelScores> evaluation, @Nullable Map<String, LabelScores> rules,
                               List<ModelEvaluation.CurvePoint> curve, String mode, List<DocumentSuggestions.Model> serving,
                               int goldDocuments, int minimumGold, boolean queued, double progress, String step,
                               @Nullable String problem, Map<String, Acceptance> acceptance) {

    public record Scores(double p, double r, double f1) {
    }

    public record LabelScores(Scores exact, Scores overlap, int predicted, int gold) {
    }

    public record Acceptance(int accepted, int rejected, double rate) {
    }
}
