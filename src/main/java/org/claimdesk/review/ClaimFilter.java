package org.claimdesk.review;

import org.jspecify.annotations.Nullable;

/**
 * What the claims table shows: text containing {@code search}, a verdict ("none" = unrated), claims
 * attributed to a normalized {@code source}, and the order (by SOURCE groups claims by who made them).
 */
public record ClaimFilter(@Nullable String search, @Nullable String verdict, @Nullable String source, Sort sort,
                          boolean descending) {
    public enum Sort {
        DOCUMENT, TEXT, VERDICT, ANNOTATOR, DENIALS, SOURCE
    }

    public ClaimFilter(@Nullable String search, @Nullable String verdict, Sort sort, boolean descending) {
        this(search, verdict, null, sort, descending);
    }

    public static ClaimFilter all() {
        return new ClaimFilter(null, null, null, Sort.DOCUMENT, false);
    }
}
