package org.claimdesk.annotation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.claimdesk.project.ProjectAccess;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of a project or a document as a timeline, newest first, optionally of one person,
 * read from the append-only event log and paged in the database. In a blind project an annotator
 * or viewer sees only their own events.
 */
@Service
public class ActivityService {
    private static final String SELECT = """
            select e.id, e.at, u.username, e.action, e.entity, e.entity_id, e.document_id, d.title,
              concat_ws(' · ',
                coalesce(e.after_state->>'label', e.after_state->>'type', e.before_state->>'label', e.before_state->>'type'),
                coalesce(e.after_state->>'verdict', e.before_state->>'verdict'),
                'suggested by ' || (e.after_state->>'suggestedBy'),
                left(coalesce(e.after_state->>'text', e.before_state->>'text'), 120))
            """;
    private static final String FROM = """
            from annotation_event e
            join document d on d.id = e.document_id
            left join app_user u on u.id = e.actor_id
            where d.project_id = :project
              and (:document = 0 or e.document_id = :document)
              and (:actor = '' or u.username = :actor)
              and (:entityId = 0 or (e.entity = :entity and e.entity_id = :entityId))
              and (:self = 0 or e.actor_id = :self)
            """;

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final CurrentUser currentUser;

    ActivityService(JdbcClient jdbc, ProjectAccess access, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** 0, or the caller's id when a blind project shows them only their own events. */
    private long onlyMine(long projectId) {
        return access.require(projectId, ProjectRole.VIEWER).seesOthersWork() ? 0L : currentUser.id();
    }

    /**
     * {@code documentId} 0 means the whole project; {@code actor} null means everybody. No cap on
     * {@code limit}: the project's timeline asks for offset + page to merge it with review's.
     */
    @Transactional(readOnly = true)
    public List<ActivityEntry> timeline(long projectId, long documentId, @Nullable String actor, int offset, int limit) {
        long self = onlyMine(projectId);
        return jdbc.sql(SELECT + FROM + " order by e.id desc limit :limit offset :offset")
                .param("self", self).param("project", projectId).param("document", documentId).param("actor", actor == null ? "" : actor)
                .param("entity", "").param("entityId", 0L)
                .param("limit", limit).param("offset", offset)
                .query(ActivityService::entry).list();
    }

    /** The full history of one item ("span", "relation", "review"), oldest first. */
    @Transactional(readOnly = true)
    public List<ActivityEntry> historyOf(long projectId, String entity, long entityId) {
        long self = onlyMine(projectId);
        return jdbc.sql(SELECT + FROM + " order by e.id asc limit 500")
                .param("self", self).param("project", projectId).param("document", 0L).param("actor", "")
                .param("entity", entity).param("entityId", entityId)
                .query(ActivityService::entry).list();
    }

    private static ActivityEntry entry(ResultSet rs, int row) throws SQLException {
        return new ActivityEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getString(8), rs.getString(9));
    }

    @Transactional(readOnly = true)
    public long count(long projectId, long documentId, @Nullable String actor) {
        long self = onlyMine(projectId);
        return jdbc.sql("select count(*) " + FROM)
                .param("self", self).param("project", projectId).param("document", documentId).param("actor", actor == null ? "" : actor)
                .param("entity", "").param("entityId", 0L)
                .query(Long.class).single();
    }
}
