package org.claimdesk.annotation.ui;

import java.util.ArrayList;
import java.util.List;
import org.claimdesk.annotation.OwnLayerEditing;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.LayerUndo;
import org.claimdesk.annotation.RelationDto;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SpanOrigin;
import org.claimdesk.annotation.SpanSnapshot;
import org.jspecify.annotations.Nullable;

/**
 * Applies the user's edits to their layer through the service and mirrors the results into the
 * layer state and the editor. Undo and redo come from the event log ({@link LayerUndo}), so they
 * reach back past a reload; this class only remembers whether there is something to undo.
 */
class LayerEditing {
    private final OwnLayerEditing service;
    private final LayerUndo history;
    private final LayerState state;
    private final long documentId;
    private LayerUndo.Availability availability;

    LayerEditing(OwnLayerEditing service, LayerUndo history, LayerState state, long documentId) {
        this.service = service;
        this.history = history;
        this.state = state;
        this.documentId = documentId;
        this.availability = history.availability(documentId);
    }

    SpanDto create(String label, List<Fragment> fragments) {
        SpanDto span = service.createSpan(documentId, label, fragments, SpanOrigin.MANUAL);
        state.putSpan(span);
        edited();
        return span;
    }

    void relabel(long spanId, String label) {
        SpanDto before = state.span(spanId);
        if (before == null || before.label().equals(label)) {
            return;
        }
        state.putSpan(service.changeLabel(spanId, label, before.version()));
        edited();
    }

    void note(long spanId, @Nullable String note) {
        SpanDto before = state.span(spanId);
        if (before == null) {
            return;
        }
        state.putSpan(service.setNote(spanId, note, before.version()));
        edited();
    }

    void addFragment(long spanId, Fragment fragment) {
        SpanDto before = state.span(spanId);
        if (before == null) {
            return;
        }
        List<Fragment> after = new ArrayList<>(before.fragments());
        after.add(fragment);
        SpanDto span = service.setFragments(spanId, after, before.version());
        state.putSpan(span);
        edited();
    }

    void delete(long spanId) {
        SpanDto before = state.span(spanId);
        SpanSnapshot snapshot = service.deleteSpan(spanId, before == null ? null : before.version());
        state.removeSpan(snapshot);
        edited();
    }

    void link(long from, long to) {
        RelationDto r = service.createRelation(documentId, null, from, to);
        state.putRelation(r);
        edited();
    }

    void unlink(long relationId) {
        RelationDto r = service.deleteRelation(relationId);
        state.removeRelation(r.id());
        edited();
    }

    boolean canUndo() {
        return availability.canUndo();
    }

    boolean canRedo() {
        return availability.canRedo();
    }

    void undo() {
        show(history.undo(documentId));
    }

    void redo() {
        show(history.redo(documentId));
    }

    /** A change made beside these actions (an accepted suggestion) is the step to undo next. */
    void edited() {
        availability = new LayerUndo.Availability(true, false);
    }

    private void show(LayerUndo.Changes changes) {
        changes.removedRelations().forEach(state::removeRelation);
        changes.removedSpans().forEach(state::removeSpan);
        changes.spans().forEach(state::putSpan);
        changes.relations().forEach(state::putRelation);
        availability = changes.next();
    }
}
