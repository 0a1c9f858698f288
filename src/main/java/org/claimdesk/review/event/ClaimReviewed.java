package org.claimdesk.review.event;

import org.jspecify.annotations.Nullable;

/** A reviewer gave ({@code before} null) or changed their verdict on a claim. */
public record ClaimReviewed(long documentId, long actorId, long entityId, @Nullable Object before, Object after)
        implements ReviewChange {
    @Override
    public String action() {
        return before == null ? "create" : "update";
    }

    @Override
    public String entity() {
        return "review";
    }
}
