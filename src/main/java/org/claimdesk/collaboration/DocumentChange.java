package org.claimdesk.collaboration;

/**
 * Something in a document's annotations changed: a span or relation of one annotator's layer
 * was created or updated ({@code deleted} false) or deleted. Carries ids only; receivers read
 * the current state through the services, with their own access checks.
 */
public record DocumentChange(long documentId, long annotatorId, Entity entity, long entityId, long version,
                             boolean deleted) {
    public enum Entity {
        SPAN, RELATION, REVIEW,
        /** Many items of the layer changed at once: reload it. */
        LAYER
    }
}
