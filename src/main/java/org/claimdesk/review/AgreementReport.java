package org.claimdesk.review;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Inter-annotator agreement, in the shape GET /api/projects/{id}/agreement returns. A figure
 * that cannot be computed is null, and {@code notes} says why.
 */
public record AgreementReport(List<String> annotators, @Nullable Double alphaU, @Nullable Double fleissKappa,
                              List<Pair> pairs, Map<String, Figures> labels, List<String> notes) {

    public record Pair(String a, String b, @Nullable Double spanF1Exact, @Nullable Double spanF1Overlap,
                       @Nullable Double cohenKappa) {
    }

    /** The same figures restricted to one label. */
    public record Figures(@Nullable Double alphaU, @Nullable Double fleissKappa, List<Pair> pairs) {
    }
}
