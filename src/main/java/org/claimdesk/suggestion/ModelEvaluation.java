package org.claimdesk.suggestion;

import java.util.List;
import java.util.Map;
import org.claimdesk.suggestion.tagger.SpanEvaluation.Counts;
import org.jspecify.annotations.Nullable;

/**
 * How a trained model did on the hold-out, per label (and "(all)"), beside the rules on the same
 * documents when the rules support the schema, and its learning curve.
 */
public record ModelEvaluation(Map<String, Counts> learned, @Nullable Map<String, Counts> rules, List<CurvePoint> curve) {

    /** Micro F1 on the hold-out of a model trained on {@code documents} gold documents. */
    public record CurvePoint(int documents, double exact, double overlap) {
    }

    double learnedOverlapF1() {
        Counts all = learned.get(org.claimdesk.suggestion.tagger.SpanEvaluation.ALL);
        return all == null ? 0 : all.overlapScore().f1();
    }

    double rulesOverlapF1() {
        Counts all = rules == null ? null : rules.get(org.claimdesk.suggestion.tagger.SpanEvaluation.ALL);
        return all == null ? -1 : all.overlapScore().f1();
    }
}
