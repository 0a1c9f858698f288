package org.claimdesk.annotation;

import org.claimdesk.annotation.event.LayerChange;
import org.claimdesk.annotation.event.LayerBatchStored;
import org.claimdesk.collaboration.ProjectChange;
import org.claimdesk.project.SchemaChanged;
import org.claimdesk.annotation.event.SpanCreated;
import org.claimdesk.annotation.event.RelationCreated;
import org.claimdesk.annotation.event.RelationDeleted;
import org.claimdesk.annotation.event.SpanDeleted;
import org.claimdesk.collaboration.ChangeFeed;
import org.claimdesk.collaboration.DocumentChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands layer changes to the change feed, which tells every node's open editors. It listens in
 * the writer's transaction on purpose: PostgreSQL delivers the NOTIFY only if that transaction
 * commits, so no editor hears of a change that was rolled back, and none misses one that was
 * stored.
 */
@Component
class LiveChangeRelay {
    /** Above this, a batch is not announced item by item: open editors reload the layer once. */
    static final int MAX_ANNOUNCED_IMPORT = 500;

    private final ChangeFeed feed;

    LiveChangeRelay(ChangeFeed feed) {
        this.feed = feed;
    }

    @EventListener
    void on(LayerChange change) {
        if ("import".equals(change.action()) || change instanceof SpanCreated created && created.batch()
                || change instanceof RelationCreated linked && linked.batch()) {
            return; // announced as one batch below
        }
        boolean relation = change instanceof RelationCreated || change instanceof RelationDeleted;
        boolean deleted = change instanceof SpanDeleted || change instanceof RelationDeleted;
        feed.publish(new DocumentChange(change.documentId(), change.layerId(),
                relation ? DocumentChange.Entity.RELATION : DocumentChange.Entity.SPAN, change.entityId(),
                change.version(), deleted));
    }

    /** A new schema reaches the open editors of the project: a new label and its key without a reload. */
    @EventListener
    void on(SchemaChanged change) {
        feed.publish(new ProjectChange(change.projectId(), ProjectChange.Kind.SCHEMA, change.version()));
    }

    @EventListener
    void on(LayerBatchStored batch) {
        if (batch.spanIds().size() + batch.relationIds().size() <= MAX_ANNOUNCED_IMPORT) {
            batch.spanIds().forEach(id -> feed.publish(new DocumentChange(batch.documentId(), batch.layerId(),
                    DocumentChange.Entity.SPAN, id, 0, false)));
            batch.relationIds().forEach(id -> feed.publish(new DocumentChange(batch.documentId(), batch.layerId(),
                    DocumentChange.Entity.RELATION, id, 0, false)));
        } else {
            feed.publish(new DocumentChange(batch.documentId(), batch.layerId(), DocumentChange.Entity.LAYER, 0, 0, false));
        }
    }
}
