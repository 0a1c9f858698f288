package org.claimdesk.annotation.event;

/** A span was added to a layer; {@code label} is its label name, {@code origin} MANUAL, IMPORTED or SUGGESTED. */
public record SpanCreated(long projectId, long documentId, long layerId, long actorId, long entityId, long version,
                          String action, String label, String origin) implements LayerChange {
}
