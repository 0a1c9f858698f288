package org.claimdesk.review.event;

/** A curator marked a comment resolved. */
public record CommentResolved(long documentId, long actorId, long entityId, Object before, Object after)
        implements ReviewChange {
    @Override
    public String action() {
        return "resolve";
    }

    @Override
    public String entity() {
        return "comment";
    }
}
