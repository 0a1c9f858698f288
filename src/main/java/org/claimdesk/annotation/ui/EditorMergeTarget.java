package org.claimdesk.annotation.ui;

import org.claimdesk.annotation.RelationDto;
import org.claimdesk.annotation.SpanDto;
import org.jspecify.annotations.Nullable;

/** The open layer and the editor, as the live merge sees them. */
record EditorMergeTarget(LayerState state, SpanEditor editor, Runnable reloadLayer) implements LiveLayerMerge.Target {
    @Override
    public @Nullable SpanDto span(long id) {
        return state.span(id);
    }

    @Override
    public @Nullable RelationDto relation(long id) {
        return state.relation(id);
    }

    @Override
    public void putSpan(SpanDto span) {
        state.putSpan(span);
    }

    @Override
    public void removeSpan(long id) {
        state.removeSpan(id);
    }

    @Override
    public void putRelation(RelationDto relation) {
        state.putRelation(relation);
    }

    @Override
    public void removeRelation(long id) {
        state.removeRelation(id);
    }

    @Override
    public void showOtherSpan(SpanDto span) {
        editor.showOtherSpan(span);
    }

    @Override
    public void removeOtherSpan(long id) {
        editor.removeSpan(id);
    }

    @Override
    public void reload() {
        reloadLayer.run();
    }
}
