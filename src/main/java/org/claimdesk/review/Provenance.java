package org.claimdesk.review;

import java.util.List;
import org.claimdesk.annotation.ActivityEntry;
import org.claimdesk.annotation.SpanDto;
import org.jspecify.annotations.Nullable;

/**
 * Where a claim came from and what became of it: the attribution chain (claim, attribution
 * spans, the outlet they name, the document's publisher and address), the denials linked to it,
 * claims elsewhere in the project with nearly the same text, and its history.
 */
public record Provenance(SpanDto claim, List<Source> sources, String documentTitle, @Nullable String publisher,
                         @Nullable String sourceUrl, List<SpanDto> denials, List<SimilarClaim> similar,
                         List<ActivityEntry> history) {

    public record Source(SpanDto attribution, @Nullable String outlet) {
    }

    public record SimilarClaim(long spanId, long documentId, String documentTitle, String text, double similarity) {
    }
}
