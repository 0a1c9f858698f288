package org.claimdesk.review.event;

import org.jspecify.annotations.Nullable;

/** A question or remark was posted on a span for the curator. */
public record CommentPosted(long documentId, long actorId, long entityId, Object after) implements ReviewChange {
    @Override
    public @Nullable Object before() {
        return null;
    }

    @Override
    public String action() {
        return "create";
    }

    @Override
    public String entity() {
        return "comment";
    }
}
