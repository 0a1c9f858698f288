package org.claimdesk.dataset;

import java.util.List;
import java.util.Set;
import org.claimdesk.document.AnnotationState;

/**
 * What to export: the format, the layer ("gold", "all" annotators or one username), filters by
 * label, by the layer's document state and by document, whether documents without any span in the
 * layer go out too, and the split.
 */
public record ExportRequest(String format, String layer, Set<String> labels, Set<AnnotationState> states,
                            List<Long> documentIds, boolean includeEmpty, SplitPlan split) {
    public static final String GOLD = "gold";
    public static final String ALL = "all";

    public static ExportRequest of(String format, String layer) {
        return new ExportRequest(format, layer, Set.of(), Set.of(), List.of(), false, SplitPlan.DEFAULT);
    }

    public ExportRequest withSplit(SplitPlan plan) {
        return new ExportRequest(format, layer, labels, states, documentIds, includeEmpty, plan);
    }
}
