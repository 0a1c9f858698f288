package org.claimdesk.annotation;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A labelled span in one annotator's layer. Offsets are code points into the document text. */
@Entity
@Table(name = "span")
class Span {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "document_id")
    private long documentId;
    @Column(name = "annotator_id")
    private long annotatorId;
    @Column(name = "label_id")
    private long labelId;
    @Column(name = "start_cp")
    private int startCp;
    @Column(name = "end_cp")
    private int endCp;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "fragments", columnDefinition = "int[]")
    private int[] fragments;
    @Column(name = "covered_text")
    private String coveredText;
    private String note;
    @Enumerated(EnumType.STRING)
    private SpanOrigin origin;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;
    /** A JSON object of strings, set on import (see {@link SpanAttributes}); no edit in ClaimDesk changes it. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "attributes", columnDefinition = "jsonb")
    private String attributes = "{}";

    protected Span() {
    }

    Span(long documentId, long annotatorId, long labelId, List<Fragment> fragments, String coveredText,
         SpanOrigin origin) {
        this.documentId = documentId;
        this.annotatorId = annotatorId;
        this.labelId = labelId;
        this.origin = origin;
        this.createdAt = Instant.now();
        setFragments(fragments, coveredText);
    }

    void setFragments(List<Fragment> list, String coveredText) {
        int[] flat = new int[list.size() * 2];
        for (int i = 0; i < list.size(); i++) {
            flat[2 * i] = list.get(i).start();
            flat[2 * i + 1] = list.get(i).end();
        }
        this.fragments = flat;
        this.startCp = flat[0];
        this.endCp = flat[flat.length - 1];
        this.coveredText = coveredText;
        touch();
    }

    List<Fragment> fragments() {
        List<Fragment> list = new ArrayList<>(fragments.length / 2);
        for (int i = 0; i < fragments.length; i += 2) {
            list.add(new Fragment(fragments[i], fragments[i + 1]));
        }
        return list;
    }

    int[] flatFragments() {
        return fragments.clone();
    }

    /** Set by {@link LayerRows} after a bulk insert outside Hibernate: the span is then detached, at version 0. */
    void stored(long newId) {
        this.id = newId;
        this.version = 0;
    }

    void touch() {
        this.updatedAt = Instant.now();
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

    void setLabelId(long labelId) {
        this.labelId = labelId;
        touch();
    }

    int getStartCp() {
        return startCp;
    }

    int getEndCp() {
        return endCp;
    }

    String getCoveredText() {
        return coveredText;
    }

    /** The attributes as stored, a JSON object of strings: what a bulk insert writes back unchanged. */
    String attributesJson() {
        return attributes;
    }

    Map<String, String> getAttributes() {
        return SpanAttributes.parse(attributes);
    }

    void setAttributes(Map<String, String> attributes) {
        this.attributes = SpanAttributes.json(attributes);
    }

    String getNote() {
        return note;
    }

    void setNote(String note) {
        this.note = note;
        touch();
    }

    SpanOrigin getOrigin() {
        return origin;
    }

    long getVersion() {
        return version;
    }
}
