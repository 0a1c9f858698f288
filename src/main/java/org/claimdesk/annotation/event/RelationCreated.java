package org.claimdesk.annotation.event;

/** Two spans of a layer were linked. */
public record RelationCreated(long projectId, long documentId, long layerId, long actorId, long entityId, long version,
                              String action, String type, long from, long to) implements LayerChange {
}
