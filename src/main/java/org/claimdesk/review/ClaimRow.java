package org.claimdesk.review;

import org.jspecify.annotations.Nullable;

/**
 * One claim in the project's claims table: where it is, who tagged it, what it is attributed to,
 * how many denials point at it, and its latest verdict.
 */
public record ClaimRow(long spanId, long documentId, String documentTitle, String text, String annotator,
                       @Nullable String sources, @Nullable String sourceEntities, long denials,
                       @Nullable String verdict, @Nullable String reviewer) {
}
