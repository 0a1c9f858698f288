package org.claimdesk.review;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** One piece of evidence for a verdict: a source address, a quote from it, a note. */
@Embeddable
public record EvidenceItem(@Nullable String url, @Nullable String quote, @Nullable String note) {
}
