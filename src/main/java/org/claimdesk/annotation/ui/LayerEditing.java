package org.claimdesk.annotation.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.annotation.AnnotationService;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.RelationDto;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SpanOrigin;
import org.claimdesk.annotation.SpanSnapshot;
import org.jspecify.annotations.Nullable;

/**
 * Applies the user's edits to their layer through the service, mirrors the results into the
 * layer state and the editor, and keeps undo and redo stacks of the user's own changes.
 *
 * Undoing a deletion creates the span anew with a new id; {@link #spanIds} and
 * {@link #relationIds} remember which id an older one became so that older commands still find
 * their span.
 */
class LayerEditing {
    private static final int MAX_UNDO = 200;

    private final AnnotationService service;
    private final LayerState state;
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final Map<Long, Long> spanIds = new HashMap<>();
    private final Map<Long, Long> relationIds = new HashMap<>();

    LayerEditing(AnnotationService service, LayerState state) {
        this.service = service;
        this.state = state;
    }

    SpanDto create(long documentId, String label, List<Fragment> fragments) {
        SpanDto span = service.createSpan(documentId, label, fragments, SpanOrigin.MANUAL);
        state.putSpan(span);
        push(new Create(span.id()));
        return span;
    }

    void relabel(long spanId, String label) {
        SpanDto before = state.span(spanId);
        if (before == null || before.label().equals(label)) {
            return;
        }
        state.putSpan(service.changeLabel(spanId, label, before.version()));
        push(new Relabel(spanId, before.label(), label));
    }

    void note(long spanId, @Nullable String note) {
        SpanDto before = state.span(spanId);
        if (before == null) {
            return;
        }
        state.putSpan(service.setNote(spanId, note, before.version()));
        push(new Note(spanId, before.note(), note));
    }

    void addFragment(long spanId, Fragment fragment) {
        SpanDto before = state.span(spanId);
        if (before == null) {
            return;
        }
        List<Fragment> after = new java.util.ArrayList<>(before.fragments());
        after.add(fragment);
        SpanDto span = service.setFragments(spanId, after, before.version());
        state.putSpan(span);
        push(new Reshape(spanId, before.fragments(), span.fragments()));
    }

    void delete(long spanId) {
        SpanDto before = state.span(spanId);
        SpanSnapshot snapshot = service.deleteSpan(spanId, before == null ? null : before.version());
        state.removeSpan(snapshot);
        push(new Delete(snapshot));
    }

    void link(long documentId, long from, long to) {
        RelationDto r = service.createRelation(documentId, null, from, to);
        state.putRelation(r);
        push(new Link(r));
    }

    void unlink(long relationId) {
        RelationDto r = service.deleteRelation(relationId);
        state.removeRelation(r.id());
        push(new Unlink(r));
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Undoes the last change; a change that can no longer be undone is dropped and rethrown. */
    void undo() {
        Command c = undo.pop();
        c.undo();
        redo.push(c);
    }

    void redo() {
        Command c = redo.pop();
        c.redo();
        undo.push(c);
    }

    private void push(Command c) {
        undo.push(c);
        if (undo.size() > MAX_UNDO) {
            undo.removeLast();
        }
        redo.clear();
    }

    private long span(long id) {
        Long next;
        while ((next = spanIds.get(id)) != null) {
            id = next;
        }
        return id;
    }

    private long relation(long id) {
        Long next;
        while ((next = relationIds.get(id)) != null) {
            id = next;
        }
        return id;
    }

    private SpanSnapshot deleteNow(long originalId) {
        long id = span(originalId);
        SpanDto current = state.span(id);
        SpanSnapshot snapshot = service.deleteSpan(id, current == null ? null : current.version());
        state.removeSpan(snapshot);
        return snapshot;
    }

    private void restore(SpanSnapshot snapshot) {
        Map<Long, Long> ends = new HashMap<>();
        for (RelationDto r : snapshot.relations()) {
            ends.put(r.from(), span(r.from()));
            ends.put(r.to(), span(r.to()));
        }
        AnnotationService.RestoredSpan back = service.restoreSpan(snapshot, ends);
        spanIds.put(snapshot.span().id(), back.span().id());
        state.putSpan(back.span());
        back.relations().forEach((oldId, r) -> {
            relationIds.put(oldId, r.id());
            state.putRelation(r);
        });
    }

    private interface Command {
        void undo();

        void redo();
    }

    private final class Create implements Command {
        private final long spanId;
        private @Nullable SpanSnapshot deleted;

        Create(long spanId) {
            this.spanId = spanId;
        }

        public void undo() {
            deleted = deleteNow(spanId);
        }

        public void redo() {
            if (deleted != null) {
                restore(deleted);
            }
        }
    }

    private final class Delete implements Command {
        private SpanSnapshot snapshot;

        Delete(SpanSnapshot snapshot) {
            this.snapshot = snapshot;
        }

        public void undo() {
            restore(snapshot);
        }

        public void redo() {
            snapshot = deleteNow(snapshot.span().id());
        }
    }

    private final class Relabel implements Command {
        private final long spanId;
        private final String from;
        private final String to;

        Relabel(long spanId, String from, String to) {
            this.spanId = spanId;
            this.from = from;
            this.to = to;
        }

        public void undo() {
            state.putSpan(service.changeLabel(span(spanId), from, null));
        }

        public void redo() {
            state.putSpan(service.changeLabel(span(spanId), to, null));
        }
    }

    private final class Note implements Command {
        private final long spanId;
        private final @Nullable String from;
        private final @Nullable String to;

        Note(long spanId, @Nullable String from, @Nullable String to) {
            this.spanId = spanId;
            this.from = from;
            this.to = to;
        }

        public void undo() {
            state.putSpan(service.setNote(span(spanId), from, null));
        }

        public void redo() {
            state.putSpan(service.setNote(span(spanId), to, null));
        }
    }

    private final class Reshape implements Command {
        private final long spanId;
        private final List<Fragment> from;
        private final List<Fragment> to;

        Reshape(long spanId, List<Fragment> from, List<Fragment> to) {
            this.spanId = spanId;
            this.from = from;
            this.to = to;
        }

        public void undo() {
            state.putSpan(service.setFragments(span(spanId), from, null));
        }

        public void redo() {
            state.putSpan(service.setFragments(span(spanId), to, null));
        }
    }

    /** Creating a link; undone by deleting it, redone by creating it anew. */
    private final class Link implements Command {
        private final RelationDto relation;

        Link(RelationDto relation) {
            this.relation = relation;
        }

        public void undo() {
            RelationDto gone = service.deleteRelation(relation(relation.id()));
            state.removeRelation(gone.id());
        }

        public void redo() {
            recreate(relation);
        }
    }

    private final class Unlink implements Command {
        private final RelationDto relation;

        Unlink(RelationDto relation) {
            this.relation = relation;
        }

        public void undo() {
            recreate(relation);
        }

        public void redo() {
            RelationDto gone = service.deleteRelation(relation(relation.id()));
            state.removeRelation(gone.id());
        }
    }

    private void recreate(RelationDto old) {
        RelationDto r = service.createRelation(old.documentId(), old.type(), span(old.from()), span(old.to()));
        relationIds.put(old.id(), r.id());
        state.putRelation(r);
    }
}
