package org.claimdesk.dataset;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One layer of one document as it goes out: its stable key, metadata, text (normalized, LF) and
 * the layer's spans (offsets in code points), relations and claim verdicts.
 */
public record ExportDocument(String key, String title, @Nullable String sourceUrl, @Nullable String publisher,
                             @Nullable String publishedOn, String text, String layer, Split split,
                             List<ExportSpan> spans, List<ExportRelation> relations, List<ExportReview> reviews) {

    public @Nullable ExportSpan span(String id) {
        for (ExportSpan s : spans) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }
}
