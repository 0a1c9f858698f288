package org.claimdesk.annotation.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.annotation.RelationDto;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SpanSnapshot;
import org.jspecify.annotations.Nullable;

/**
 * The annotation view's copy of the user's layer. Every change goes through here, which keeps
 * the browser editor and the side panel in step with what the service stored.
 */
class LayerState {
    interface Listener {
        void spanChanged(SpanDto span);

        void spanRemoved(long spanId);

        void relationChanged(RelationDto relation);

        void relationRemoved(long relationId);
    }

    private final Map<Long, SpanDto> spans = new LinkedHashMap<>();
    private final Map<Long, RelationDto> relations = new LinkedHashMap<>();
    private final Listener listener;

    LayerState(List<SpanDto> spans, List<RelationDto> relations, Listener listener) {
        spans.forEach(s -> this.spans.put(s.id(), s));
        relations.forEach(r -> this.relations.put(r.id(), r));
        this.listener = listener;
    }

    @Nullable SpanDto span(long id) {
        return spans.get(id);
    }

    List<SpanDto> spans() {
        List<SpanDto> list = new ArrayList<>(spans.values());
        list.sort(Comparator.comparingInt(SpanDto::start).thenComparingLong(SpanDto::id));
        return list;
    }

    List<RelationDto> relations() {
        return new ArrayList<>(relations.values());
    }

    List<RelationDto> relationsOf(long spanId) {
        return relations.values().stream().filter(r -> r.from() == spanId || r.to() == spanId).toList();
    }

    void putSpan(SpanDto span) {
        spans.put(span.id(), span);
        listener.spanChanged(span);
    }

    void removeSpan(SpanSnapshot snapshot) {
        for (RelationDto r : snapshot.relations()) {
            removeRelation(r.id());
        }
        spans.remove(snapshot.span().id());
        listener.spanRemoved(snapshot.span().id());
    }

    /** Removes a span that was deleted elsewhere, with its relations. */
    void removeSpan(long spanId) {
        if (spans.containsKey(spanId)) {
            removeSpan(new SpanSnapshot(spans.get(spanId), relationsOf(spanId)));
        }
    }

    @Nullable RelationDto relation(long id) {
        return relations.get(id);
    }

    void putRelation(RelationDto relation) {
        relations.put(relation.id(), relation);
        listener.relationChanged(relation);
    }

    void removeRelation(long relationId) {
        if (relations.remove(relationId) != null) {
            listener.relationRemoved(relationId);
        }
    }
}
