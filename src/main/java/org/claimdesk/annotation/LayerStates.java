package org.claimdesk.annotation;

import org.claimdesk.annotation.event.LayerBatchStored;
import org.claimdesk.annotation.event.SpanCreated;
import org.claimdesk.document.AnnotationState;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.stereotype.Component;

/**
 * Each annotator's state on each document (new, in progress, finished): owned here, with the
 * layer it describes. A reviewer's first span on a document marks it started.
 */
@Component
class LayerStates {
    private final AnnotatorStateRepository states;
    private final JdbcClient jdbc;

    LayerStates(AnnotatorStateRepository states, JdbcClient jdbc) {
        this.states = states;
        this.jdbc = jdbc;
    }

    // plain SQL on the two statements every span creation runs; JPA cost a quarter of the request
    AnnotationState of(long documentId, long userId) {
        AnnotationState state = jdbc.sql("select state from annotator_state where document_id = ? and user_id = ?")
                .params(documentId, userId).query(String.class).optional().map(AnnotationState::valueOf)
                .orElse(AnnotationState.NEW);
        if (state != AnnotationState.NEW) {
            rememberStarted(new Started(documentId, userId));
        }
        return state;
    }

    /**
     * A state once there never goes back to NEW, so a transaction that has read it need not mark
     * the layer started again when it stores a span: one statement less on the busiest write.
     */
    private static void rememberStarted(Started key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(key)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(key, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
        });
    }

    private record Started(long documentId, long userId) {
    }

    boolean isFinished(long documentId, long userId) {
        return of(documentId, userId) == AnnotationState.FINISHED;
    }

    void set(long documentId, long userId, AnnotationState state) {
        AnnotatorState row = states.findByDocumentIdAndUserId(documentId, userId)
                .orElseGet(() -> new AnnotatorState(documentId, userId, state));
        row.setState(state);
        states.saveAndFlush(row); // read back by plain SQL in the same transaction
    }

    /** In the writer's transaction: the state and the span it counts commit together. */
    @EventListener
    void on(SpanCreated created) {
        if (created.layerId() == created.actorId() && "create".equals(created.action()) && !created.batch()
                && !TransactionSynchronizationManager.hasResource(new Started(created.documentId(), created.layerId()))) {
            markStartedIfNew(created.documentId(), created.layerId());
        }
    }

    /** One statement, and safe when two requests of the same reviewer start on a document at once. */
    private void markStartedIfNew(long documentId, long userId) {
        jdbc.sql("""
                        insert into annotator_state (document_id, user_id, state) values (?, ?, 'IN_PROGRESS')
                        on conflict (document_id, user_id) do nothing""")
                .params(documentId, userId).update();
    }

    /** A bulk request of a reviewer into their own layer starts the work once, not once per span. */
    @EventListener
    void on(LayerBatchStored batch) {
        if (batch.layerId() == batch.actorId() && !batch.spanIds().isEmpty()) {
            markStartedIfNew(batch.documentId(), batch.layerId());
        }
    }
}
