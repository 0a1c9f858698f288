package org.claimdesk.annotation.event;

/** A link between two spans of a layer was removed. */
public record RelationDeleted(long projectId, long documentId, long layerId, long actorId, long entityId, long version,
                              String action, String type) implements LayerChange {
}
