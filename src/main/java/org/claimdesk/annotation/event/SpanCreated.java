package org.claimdesk.annotation.event;

/**
 * A span was added to a layer; {@code label} is its label name, {@code origin} MANUAL, IMPORTED or
 * SUGGESTED; {@code batch} when it is one of many stored together (a {@link LayerBatchStored} follows).
 */
public record SpanCreated(long projectId, long documentId, long layerId, long actorId, long entityId, long version,
                          String action, String label, String origin, boolean batch) implements LayerChange {
}
