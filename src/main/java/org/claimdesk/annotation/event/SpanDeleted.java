package org.claimdesk.annotation.event;

/** A span was removed from a layer; {@code version} is the last one it had, {@code label} its label. */
public record SpanDeleted(long projectId, long documentId, long layerId, long actorId, long entityId, long version,
                          String action, String label) implements LayerChange {
}
