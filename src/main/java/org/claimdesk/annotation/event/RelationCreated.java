package org.claimdesk.annotation.event;

/** Two spans of a layer were linked; {@code batch} when part of a {@link LayerBatchStored}. */
public record RelationCreated(long projectId, long documentId, long layerId, long actorId, long entityId, long version,
                              String action, String type, long from, long to, boolean batch) implements LayerChange {
}
