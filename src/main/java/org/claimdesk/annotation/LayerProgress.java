package org.claimdesk.annotation;

import org.claimdesk.annotation.event.LayerFinished;
import org.claimdesk.annotation.event.LayerReopened;
import org.claimdesk.document.AnnotationState;
import org.claimdesk.document.DocumentAccess;
import org.claimdesk.document.DocumentService;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The caller's progress on a document: marking their layer finished, and reopening it. */
@Service
public class LayerProgress {
    private final DocumentService documents;
    private final CurrentUser currentUser;
    private final LayerStates states;
    private final ApplicationEventPublisher events;

    LayerProgress(DocumentService documents, CurrentUser currentUser, LayerStates states,
                  ApplicationEventPublisher events) {
        this.documents = documents;
        this.currentUser = currentUser;
        this.states = states;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public AnnotationState myState(long documentId) {
        documents.get(documentId);
        return states.of(documentId, currentUser.id());
    }

    /** Marks the caller's layer of a document finished, or reopens it. */
    @Transactional
    public AnnotationState setMyState(long documentId, AnnotationState state) {
        DocumentAccess doc = documents.getWithRole(documentId, ProjectRole.ANNOTATOR);
        long me = currentUser.id();
        AnnotationState before = states.of(documentId, me);
        states.set(documentId, me, state);
        if (state == AnnotationState.FINISHED && before != AnnotationState.FINISHED) {
            events.publishEvent(new LayerFinished(doc.project().id(), documentId, me));
        } else if (state != AnnotationState.FINISHED && before == AnnotationState.FINISHED) {
            events.publishEvent(new LayerReopened(doc.project().id(), documentId, me));
        }
        return state;
    }
}
