package org.claimdesk.annotation.event;

/** A span's label, note or fragments changed; {@code label} is the label after the change. */
public record SpanChanged(long projectId, long documentId, long layerId, long actorId, long entityId, long version,
                          String action, String label) implements LayerChange {
}
