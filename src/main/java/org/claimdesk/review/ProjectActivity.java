package org.claimdesk.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimdesk.annotation.ActivityEntry;
import org.claimdesk.annotation.ActivityService;
import org.claimdesk.project.ProjectAccess;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's whole timeline, newest first: annotation's history of spans and relations merged
 * with review's own history of verdicts and comments. In a blind project an annotator or viewer
 * sees only their own events, in both.
 */
@Service
public class ProjectActivity {
    private static final String SELECT = """
            select e.id, e.at, u.username, e.action, e.entity, e.entity_id, e.document_id, d.title,
              concat_ws(' · ', coalesce(e.after_state->>'verdict', e.before_state->>'verdict'),
                left(coalesce(e.after_state->>'text', e.before_state->>'text'), 120))
            from review_event e
            join document d on d.id = e.document_id
            left join app_user u on u.id = e.actor_id
            where d.project_id = :project
              and (:document = 0 or e.document_id = :document)
              and (:actor = '' or u.username = :actor)
              and (:self = 0 or e.actor_id = :self)
            """;
    private static final Comparator<ActivityEntry> NEWEST_FIRST =
            Comparator.comparing(ActivityEntry::at).thenComparingLong(ActivityEntry::id).reversed();

    private final ActivityService annotationActivity;
    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final CurrentUser currentUser;

    ProjectActivity(ActivityService annotationActivity, JdbcClient jdbc, ProjectAccess access, CurrentUser currentUser) {
        this.annotationActivity = annotationActivity;
        this.jdbc = jdbc;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** {@code documentId} 0 means the whole project; {@code actor} null means everybody. */
    @Transactional(readOnly = true)
    public List<ActivityEntry> timeline(long projectId, long documentId, @Nullable String actor, int offset, int limit) {
        int window = Math.min(limit, 500);
        // the newest offset + window of each history hold the newest offset + window of both
        List<ActivityEntry> merged = new ArrayList<>(annotationActivity.timeline(projectId, documentId, actor, 0,
                offset + window));
        merged.addAll(reviews(projectId, documentId, actor, "order by e.id desc limit " + (offset + window)));
        merged.sort(NEWEST_FIRST);
        return merged.subList(Math.min(offset, merged.size()), Math.min(offset + window, merged.size()));
    }

    @Transactional(readOnly = true)
    public long count(long projectId, long documentId, @Nullable String actor) {
        long reviews = spec("select count(*) from (" + SELECT + ") x", projectId, documentId, actor)
                .query(Long.class).single();
        return annotationActivity.count(projectId, documentId, actor) + reviews;
    }

    /** The history of one verdict or comment, oldest first. */
    @Transactional(readOnly = true)
    public List<ActivityEntry> historyOf(long projectId, String entity, long entityId) {
        return spec(SELECT + " and e.entity = :entity and e.entity_id = :entityId order by e.id asc limit 500",
                projectId, 0, null).param("entity", entity).param("entityId", entityId)
                .query(ProjectActivity::entry).list();
    }

    private List<ActivityEntry> reviews(long projectId, long documentId, @Nullable String actor, String tail) {
        return spec(SELECT + tail, projectId, documentId, actor).query(ProjectActivity::entry).list();
    }

    private JdbcClient.StatementSpec spec(String sql, long projectId, long documentId, @Nullable String actor) {
        long self = access.require(projectId, ProjectRole.VIEWER).seesOthersWork() ? 0L : currentUser.id();
        return jdbc.sql(sql).param("project", projectId).param("document", documentId)
                .param("actor", actor == null ? "" : actor).param("self", self);
    }

    private static ActivityEntry entry(ResultSet rs, int row) throws SQLException {
        return new ActivityEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getString(8), rs.getString(9));
    }
}
