package org.claimdesk.dataset;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.stream.Collectors;
import org.claimdesk.base.InvalidInputException;
import org.jspecify.annotations.Nullable;
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

    /** "CLAIM, DENIAL" as a set; empty or null gives the empty set (no filter). */
    public static Set<String> parseList(@Nullable String csv) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** "finished, in_progress" as document states, with a clear error for anything else. */
    public static Set<AnnotationState> parseStates(@Nullable String csv) {
        Set<AnnotationState> out = new LinkedHashSet<>();
        for (String s : parseList(csv)) {
            try {
                out.add(AnnotationState.valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("State '" + s + "' is not one of new, in_progress, finished.");
            }
        }
        return out;
    }

    public ExportRequest withSplit(SplitPlan plan) {
        return new ExportRequest(format, layer, labels, states, documentIds, includeEmpty, plan);
    }
}
