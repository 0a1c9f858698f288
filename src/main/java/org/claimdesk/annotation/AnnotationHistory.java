package org.claimdesk.annotation;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends one event per change (spans, relations, reviews) to the append-only annotation_event
 * table: the provenance record of who changed what, when, from what to what.
 */
@Component
public class AnnotationHistory {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    AnnotationHistory(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void record(long documentId, long actorId, String action, String entity, long entityId,
                @Nullable Object before, @Nullable Object after) {
        jdbc.sql("""
                        insert into annotation_event (document_id, actor_id, action, entity, entity_id, before_state, after_state)
                        values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
                .params(documentId, actorId, action, entity, entityId, toJson(before), toJson(after))
                .update();
    }

    private @Nullable String toJson(@Nullable Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
