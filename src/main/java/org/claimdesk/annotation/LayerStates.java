package org.claimdesk.annotation;

import org.claimdesk.annotation.event.LayerBatchStored;
import org.claimdesk.annotation.event.SpanCreated;
import org.claimdesk.document.AnnotationState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Each annotator's state on each document (new, in progress, finished): owned here, with the
 * layer it describes. A reviewer's first span on a document marks it started.
 */
@Component
class LayerStates {
    private final AnnotatorStateRepository states;

    LayerStates(AnnotatorStateRepository states) {
        this.states = states;
    }

    AnnotationState of(long documentId, long userId) {
        return states.findByDocumentIdAndUserId(documentId, userId).map(AnnotatorState::getState)
                .orElse(AnnotationState.NEW);
    }

    boolean isFinished(long documentId, long userId) {
        return of(documentId, userId) == AnnotationState.FINISHED;
    }

    void set(long documentId, long userId, AnnotationState state) {
        AnnotatorState row = states.findByDocumentIdAndUserId(documentId, userId)
                .orElseGet(() -> new AnnotatorState(documentId, userId, state));
        row.setState(state);
        states.save(row);
    }

    /** In the writer's transaction: the state and the span it counts commit together. */
    @EventListener
    void on(SpanCreated created) {
        if (created.layerId() == created.actorId() && "create".equals(created.action()) && !created.batch()) {
            states.markStartedIfNew(created.documentId(), created.layerId());
        }
    }

    /** A bulk request of a reviewer into their own layer starts the work once, not once per span. */
    @EventListener
    void on(LayerBatchStored batch) {
        if (batch.layerId() == batch.actorId() && !batch.spanIds().isEmpty()) {
            states.markStartedIfNew(batch.documentId(), batch.layerId());
        }
    }
}
