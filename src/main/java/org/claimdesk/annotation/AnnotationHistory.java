package org.claimdesk.annotation;

import java.util.function.Supplier;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends one event per change (spans, relations) to the append-only annotation_event
 * table: the provenance record of who changed what, when, from what to what.
 */
@Component
class AnnotationHistory {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    AnnotationHistory(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Set while an undo or redo step applies its inverse changes, so that the events those changes
     * append name the event they reverse. A thread-local rather than a parameter because the
     * changes go through the same service methods as ordinary edits.
     */
    private static final ThreadLocal<Reversal> REVERSING = new ThreadLocal<>();

    void record(long documentId, long actorId, String action, String entity, long entityId,
                @Nullable Object before, @Nullable Object after) {
        Reversal r = REVERSING.get();
        jdbc.sql("""
                        insert into annotation_event (document_id, actor_id, action, entity, entity_id,
                                                      before_state, after_state, undoes, redoes)
                        values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?)""")
                .params(documentId, actorId, action, entity, entityId, toJson(before), toJson(after),
                        r != null && !r.redo() ? r.eventId() : null,
                        r != null && r.redo() ? r.eventId() : null)
                .update();
    }

    /** One creation event per item, in one statement: what a bulk write appends. */
    void recordCreated(long documentId, long actorId, String action, String entity, List<Long> entityIds,
                       List<?> after) {
        if (entityIds.isEmpty()) {
            return;
        }
        Reversal r = REVERSING.get();
        String[] states = new String[after.size()];
        for (int i = 0; i < states.length; i++) {
            states[i] = toJson(after.get(i));
        }
        jdbc.sql("""
                        insert into annotation_event (document_id, actor_id, action, entity, entity_id, after_state,
                                                      undoes, redoes)
                        select ?, ?, ?, ?, e.id, cast(e.state as jsonb), ?, ?
                        from unnest(?, ?) with ordinality as e(id, state, n) order by e.n""")
                .params(documentId, actorId, action, entity,
                        r != null && !r.redo() ? r.eventId() : null,
                        r != null && r.redo() ? r.eventId() : null,
                        entityIds.toArray(Long[]::new), states)
                .update();
    }

    /** Runs {@code change} so that the events it records say they reverse {@code eventId}. */
    <T> T reversing(long eventId, boolean redo, Supplier<T> change) {
        Reversal outer = REVERSING.get();
        REVERSING.set(new Reversal(eventId, redo));
        try {
            return change.get();
        } finally {
            if (outer == null) {
                REVERSING.remove();
            } else {
                REVERSING.set(outer);
            }
        }
    }

    private record Reversal(long eventId, boolean redo) {
    }

    private @Nullable String toJson(@Nullable Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
