package org.claimdesk.annotation;

import java.util.List;
import org.claimdesk.base.ConflictException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.TextRules;
import org.claimdesk.base.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the signed-in user's own layer of a document (the editor and the REST API). Every
 * change is checked against the caller's role, the layer's state, the text and the schema, and
 * guarded by the item's version.
 */
@Service
public class OwnLayerEditing {
    static final int MAX_NOTE = 10_000;

    private final SpanRepository spans;
    private final RelationRepository relations;
    private final LayerContexts layers;
    private final SpanStore store;

    OwnLayerEditing(SpanRepository spans, RelationRepository relations, LayerContexts layers, SpanStore store) {
        this.spans = spans;
        this.relations = relations;
        this.layers = layers;
        this.store = store;
    }

    @Transactional
    public SpanDto createSpan(long documentId, String label, List<Fragment> fragments, SpanOrigin origin) {
        return store.create(layers.own(documentId), label, fragments, origin, "create");
    }

    @Transactional
    public SpanDto changeLabel(long spanId, String label, @Nullable Long expectedVersion) {
        Editing e = edit(spanId, expectedVersion);
        SpanDto before = e.before();
        e.span().setLabelId(LabelRules.spanLabel(e.layer().schema(), label).id());
        return store.update(e.layer(), e.span(), before, "relabel");
    }

    @Transactional
    public SpanDto setNote(long spanId, @Nullable String note, @Nullable Long expectedVersion) {
        checkNote(note);
        Editing e = edit(spanId, expectedVersion);
        SpanDto before = e.before();
        e.span().setNote(note == null || note.isBlank() ? null : note.strip());
        return store.update(e.layer(), e.span(), before, "note");
    }

    /**
     * Relabels a span and/or sets its note, all or nothing: both are checked before either is
     * written, and both changes form one undo step.
     */
    @Transactional
    public SpanDto change(long spanId, @Nullable String label, @Nullable String note, @Nullable Long expectedVersion) {
        if (label == null && note == null) {
            throw new InvalidInputException("Give a 'label' and/or a 'note' to change.");
        }
        checkNote(note);
        Editing e = edit(spanId, expectedVersion);
        Long labelId = label == null ? null : LabelRules.spanLabel(e.layer().schema(), label).id();
        SpanDto span = e.before();
        if (labelId != null) {
            e.span().setLabelId(labelId);
            span = store.update(e.layer(), e.span(), span, "relabel");
        }
        if (note != null) {
            e.span().setNote(note.isBlank() ? null : note.strip());
            span = store.update(e.layer(), e.span(), span, "note");
        }
        return span;
    }

    private static void checkNote(@Nullable String note) {
        if (note != null) {
            TextRules.freeText("note", note, MAX_NOTE);
        }
    }

    /** Replaces a span's fragments, e.g. to add a fragment to a discontinuous claim. */
    @Transactional
    public SpanDto setFragments(long spanId, List<Fragment> fragments, @Nullable Long expectedVersion) {
        Editing e = edit(spanId, expectedVersion);
        SpanDto before = e.before();
        List<Fragment> clean = SpanText.normalize(fragments, e.layer().text());
        e.span().setFragments(clean, SpanText.coveredText(clean, e.layer().text()));
        return store.update(e.layer(), e.span(), before, "reshape");
    }

    /** Deletes a span and its relations; returns what is needed to restore them. */
    @Transactional
    public SpanSnapshot deleteSpan(long spanId, @Nullable Long expectedVersion) {
        Editing e = edit(spanId, expectedVersion);
        return store.delete(e.layer(), e.span(), "delete");
    }

    /**
     * Links two spans. Without a type, the schema's only relation type allowed between the two
     * labels is used (CLAIM -> ATTRIBUTION gives ATTRIBUTED_TO).
     */
    @Transactional
    public RelationDto createRelation(long documentId, @Nullable String type, long fromSpanId, long toSpanId) {
        LayerContext c = layers.own(documentId);
        if (fromSpanId == toSpanId) {
            throw new InvalidInputException("A span cannot be linked to itself.");
        }
        return store.link(c, type, ownSpanIn(c, fromSpanId), ownSpanIn(c, toSpanId), "create");
    }

    @Transactional
    public RelationDto deleteRelation(long relationId) {
        Relation r = relations.findById(relationId)
                .orElseThrow(() -> new NotFoundException("Relation " + relationId + " not found."));
        LayerContext c;
        try {
            c = layers.own(r.getDocumentId());
        } catch (NotFoundException e) {
            throw new NotFoundException("Relation " + relationId + " not found.");
        }
        if (r.getAnnotatorId() != c.layer().id()) {
            throw new NotFoundException("Relation " + relationId + " not found.");
        }
        return store.unlink(c, r, "delete");
    }

    /** One of the caller's spans in the layer {@code c}, for undo. */
    Span ownSpanIn(LayerContext c, long spanId) {
        Span s = spans.findById(spanId).orElse(null);
        if (s == null || s.getDocumentId() != c.documentId() || s.getAnnotatorId() != c.layer().id()) {
            throw new InvalidInputException("Span " + spanId + " is not one of your spans in this document.");
        }
        return s;
    }

    private Editing edit(long spanId, @Nullable Long expectedVersion) {
        Span span = spans.findById(spanId).orElseThrow(() -> LayerReader.spanNotFound(spanId));
        LayerContext c;
        try {
            c = layers.own(span.getDocumentId());
        } catch (NotFoundException e) {
            // a stranger learns no more than about an id that does not exist
            throw LayerReader.spanNotFound(spanId);
        }
        if (span.getAnnotatorId() != c.layer().id()) {
            throw new NotFoundException("Span " + spanId + " not found.");
        }
        if (expectedVersion != null && expectedVersion != span.getVersion()) {
            throw new ConflictException("This span was changed elsewhere in the meantime (now version "
                    + span.getVersion() + "); the current state is shown, please try again.");
        }
        return new Editing(span, c, LabelRules.toDto(span, c.schema(), c.layer().username()));
    }

    private record Editing(Span span, LayerContext layer, SpanDto before) {
    }
}
