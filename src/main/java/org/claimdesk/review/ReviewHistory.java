package org.claimdesk.review;

import org.claimdesk.review.event.ReviewChange;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends every verdict and comment change to review's own append-only table, review_event.
 * It listens inside the writing transaction on purpose: the history row commits or rolls back
 * with the change it records, as annotation's history does.
 */
@Component
class ReviewHistory {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReviewHistory(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventListener
    void on(ReviewChange change) {
        jdbc.sql("""
                        insert into review_event (document_id, actor_id, action, entity, entity_id, before_state, after_state)
                        values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
                .params(change.documentId(), change.actorId(), change.action(), change.entity(), change.entityId(),
                        toJson(change.before()), toJson(change.after()))
                .update();
    }

    private @Nullable String toJson(@Nullable Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
