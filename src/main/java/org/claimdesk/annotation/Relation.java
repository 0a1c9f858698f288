package org.claimdesk.annotation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "relation")
class Relation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "document_id")
    private long documentId;
    @Column(name = "annotator_id")
    private long annotatorId;
    @Column(name = "label_id")
    private long labelId;
    @Column(name = "source_span_id")
    private long sourceSpanId;
    @Column(name = "target_span_id")
    private long targetSpanId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Relation() {
    }

    Relation(long documentId, long annotatorId, long labelId, long sourceSpanId, long targetSpanId) {
        this.documentId = documentId;
        this.annotatorId = annotatorId;
        this.labelId = labelId;
        this.sourceSpanId = sourceSpanId;
        this.targetSpanId = targetSpanId;
        this.createdAt = Instant.now();
    }

    /** Set by {@link LayerRows} after a bulk insert outside Hibernate: the relation is then detached, at version 0. */
    void stored(long newId) {
        this.id = newId;
        this.version = 0;
    }

    /** A schema merge hands the link to another type of the same kind. */
    void setLabelId(long labelId) {
        this.labelId = labelId;
    }

    Long getId() {
        return id;
    }

    long getDocumentId() {
        return documentId;
    }

    long getAnnotatorId() {
        return annotatorId;
    }

    long getLabelId() {
        return labelId;
    }

    long getSourceSpanId() {
        return sourceSpanId;
    }

    long getTargetSpanId() {
        return targetSpanId;
    }

    long getVersion() {
        return version;
    }
}
