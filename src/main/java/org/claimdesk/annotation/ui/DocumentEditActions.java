package org.claimdesk.annotation.ui;

import java.util.function.Function;
import java.util.List;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.RelationDto;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.base.ui.Edits;
import org.claimdesk.base.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * What the reviewer does to the open layer, from the editor and from the side panel, and how the
 * editor and the panels follow what was stored. The view builds one per loaded layer and keeps
 * only routing and layout.
 */
final class DocumentEditActions implements SpanEditor.Handler, SpanDetailsPanel.Actions, LayerState.Listener {

    /** What the actions need of the view around them. */
    interface Host {
        /** An undo or redo took or put back a step: what depends on the layer (suggestions) looks again. */
        default void stepReplayed() {
        }

        /** False while the layer is finished or the role does not allow annotating. */
        boolean editable();

        /** Why {@link #editable()} is false, as a sentence. */
        String whyReadOnly();

        /** Reads the layer again and rebuilds the view: after a stale edit. */
        void reload();

        /** Undo, redo and finish follow the layer's state. */
        void updateButtons();
    }

    private final SpanEditor editor;
    private final Host host;
    private final LayerState state;
    private final LayerEditing editing;
    private @Nullable SpanDetailsPanel details;
    private @Nullable SpanListPanel list;
    /** Set while a span the browser drew is being stored: its promise answer paints it, not an upsert. */
    private boolean confirming;

    DocumentEditActions(SpanEditor editor, Host host, Function<LayerState.Listener, LayerState> state,
                        Function<LayerState, LayerEditing> editing) {
        this.editor = editor;
        this.host = host;
        this.state = state.apply(this);
        this.editing = editing.apply(this.state);
    }

    void attachPanels(SpanDetailsPanel details, SpanListPanel list) {
        this.details = details;
        this.list = list;
        list.setSpans(state.spans());
    }

    LayerState state() {
        return state;
    }

    boolean canUndo() {
        return editing.canUndo();
    }

    boolean canRedo() {
        return editing.canRedo();
    }

    // ---- SpanEditor.Handler: edits from the browser ----

    @Override
    public @Nullable SpanDto createSpan(String label, List<Fragment> fragments) {
        // The details panel is not built here: the editor selects the new span once this answer
        // arrives, which asks for it, so the answer that confirms the span stays small and quick.
        SpanDto[] created = new SpanDto[1];
        confirming = true;
        try {
            attempt(() -> created[0] = editing.create(label, fragments));
        } finally {
            confirming = false;
        }
        return created[0];
    }

    @Override
    public void addFragment(long spanId, Fragment fragment) {
        attempt(() -> editing.addFragment(spanId, fragment));
    }

    @Override
    public void changeLabel(long spanId, String label) {
        attempt(() -> editing.relabel(spanId, label));
    }

    @Override
    public void deleteSpan(long spanId) {
        attempt(() -> editing.delete(spanId));
    }

    @Override
    public void createRelation(long fromSpanId, long toSpanId) {
        attempt(() -> editing.link(fromSpanId, toSpanId));
    }

    @Override
    public void spanSelected(@Nullable Long spanId) {
        refreshDetails(spanId);
        SpanDto span = spanId == null ? null : state.span(spanId);
        if (span != null && list != null) {
            list.select(span);
        }
    }

    /** Something beside these actions wrote to the layer (an accepted suggestion): Ctrl+Z undoes it. */
    void editedBeside() {
        editing.edited();
        host.updateButtons();
    }

    @Override
    public void undo() {
        if (editing.canUndo() && host.editable()) {
            attempt(editing::undo);
            host.stepReplayed();
        }
    }

    @Override
    public void redo() {
        if (editing.canRedo() && host.editable()) {
            attempt(editing::redo);
            host.stepReplayed();
        }
    }

    @Override
    public void reportError(String message) {
        Notifications.error(message);
    }

    // ---- SpanDetailsPanel.Actions ----

    @Override
    public void relabel(long spanId, String label) {
        changeLabel(spanId, label);
    }

    @Override
    public void saveNote(long spanId, String note) {
        if (attempt(() -> editing.note(spanId, note))) {
            Notifications.info("Note saved.");
        }
    }

    @Override
    public void delete(long spanId) {
        deleteSpan(spanId);
    }

    @Override
    public void startLink(long spanId) {
        editor.startLink(spanId);
    }

    @Override
    public void unlink(long relationId) {
        attempt(() -> editing.unlink(relationId));
    }

    @Override
    public void show(long spanId) {
        editor.selectSpan(spanId, true);
        refreshDetails(spanId);
    }

    // ---- LayerState.Listener: keep the browser and the panels in step ----

    @Override
    public void spanChanged(SpanDto span) {
        if (!confirming) {
            editor.showSpan(span);
        }
        afterChange();
    }

    @Override
    public void spanRemoved(long spanId) {
        editor.removeSpan(spanId);
        afterChange();
    }

    @Override
    public void relationChanged(RelationDto relation) {
        editor.showRelation(relation);
        afterChange();
    }

    @Override
    public void relationRemoved(long relationId) {
        editor.removeRelation(relationId);
        afterChange();
    }

    private void afterChange() {
        if (list != null) {
            list.setSpans(state.spans());
        }
        refreshDetails(details == null ? null : details.spanId());
        host.updateButtons();
    }

    private void refreshDetails(@Nullable Long spanId) {
        if (details == null) {
            return;
        }
        SpanDto span = spanId == null ? null : state.span(spanId);
        details.show(span, span == null ? List.of() : state.relationsOf(span.id()), state::span);
    }

    /** Runs an edit under the UI's one error policy; a stale item reloads the layer. */
    private boolean attempt(Runnable edit) {
        if (!host.editable()) {
            Notifications.error(host.whyReadOnly());
            return false;
        }
        boolean done = Edits.attempt(edit, host::reload);
        if (done) {
            host.updateButtons();
        }
        return done;
    }
}
