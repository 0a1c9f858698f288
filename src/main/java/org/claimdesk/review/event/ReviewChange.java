package org.claimdesk.review.event;

import org.jspecify.annotations.Nullable;

/**
 * A change to a verdict or a comment on a span: who did what ({@code action}) to which item
 * ({@code entity} "review" or "comment", {@code entityId}), with its state before and after.
 */
public sealed interface ReviewChange permits ClaimReviewed, CommentPosted, CommentResolved {
    long documentId();

    long actorId();

    String action();

    String entity();

    long entityId();

    @Nullable Object before();

    Object after();
}
