package org.claimdesk.annotation;

import org.claimdesk.annotation.event.LayerChange;
import org.claimdesk.annotation.event.LayerImported;
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
    /** Above this, an import is not announced item by item: open editors see it on their next load. */
    static final int MAX_ANNOUNCED_IMPORT = 500;

    private final ChangeFeed feed;

    LiveChangeRelay(ChangeFeed feed) {
        this.feed = feed;
    }

    @EventListener
    void on(LayerChange change) {
        if ("import".equals(change.action())) {
            return; // announced as one batch below
        }
        boolean relation = change instanceof RelationCreated || change instanceof RelationDeleted;
        boolean deleted = change instanceof SpanDeleted || change instanceof RelationDeleted;
        feed.publish(new DocumentChange(change.documentId(), change.layerId(),
                relation ? DocumentChange.Entity.RELATION : DocumentChange.Entity.SPAN, change.entityId(),
                change.version(), deleted));
    }

    @EventListener
    void on(LayerImported imported) {
        if (imported.spanIds().size() <= MAX_ANNOUNCED_IMPORT) {
            imported.spanIds().forEach(id -> feed.publish(new DocumentChange(imported.documentId(), imported.layerId(),
                    DocumentChange.Entity.SPAN, id, 0, false)));
        }
    }
}
