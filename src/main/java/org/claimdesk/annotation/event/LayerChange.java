package org.claimdesk.annotation.event;

/**
 * A span or relation of one layer (one annotator's, or the gold layer) was created, changed or
 * deleted. Carries ids only: a listener that needs the item reads it through the services, with
 * its own access checks.
 */
public sealed interface LayerChange permits SpanCreated, SpanChanged, SpanDeleted, RelationCreated, RelationDeleted {
    long projectId();

    long documentId();

    /** The user whose layer changed (the gold layer's system user for gold). */
    long layerId();

    /** Who made the change (a curator for gold, an importer for an import). */
    long actorId();

    long entityId();

    long version();

    /** The history action: create, relabel, note, reshape, delete, curate, uncurate, import. */
    String action();
}
