package org.claimdesk.review;

import org.jspecify.annotations.Nullable;

/** What the claims table shows: text containing {@code search}, a verdict ("none" = unrated), a sort. */
public record ClaimFilter(@Nullable String search, @Nullable String verdict, Sort sort, boolean descending) {
    public enum Sort {
        DOCUMENT, TEXT, VERDICT, ANNOTATOR, DENIALS
    }

    public static ClaimFilter all() {
        return new ClaimFilter(null, null, Sort.DOCUMENT, false);
    }
}
