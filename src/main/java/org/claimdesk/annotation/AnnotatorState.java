package org.claimdesk.annotation;

import org.claimdesk.document.AnnotationState;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "annotator_state")
class AnnotatorState {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "document_id")
    private long documentId;
    @Column(name = "user_id")
    private long userId;
    @Enumerated(EnumType.STRING)
    private AnnotationState state;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected AnnotatorState() {
    }

    AnnotatorState(long documentId, long userId, AnnotationState state) {
        this.documentId = documentId;
        this.userId = userId;
        setState(state);
    }

    long getDocumentId() {
        return documentId;
    }

    AnnotationState getState() {
        return state;
    }

    void setState(AnnotationState state) {
        this.state = state;
        this.updatedAt = Instant.now();
    }
}
