package org.claimdesk.project;

import org.claimdesk.base.ForbiddenException;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides whether the signed-in user may act in a project. A non-member
 * gets "not found", so project ids cannot be probed; a member whose role is too weak gets
 * "forbidden".
 */
@Component
public class ProjectAccess {
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    ProjectAccess(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /**
     * Returns the caller's project, or throws when they are not a member with at least {@code minimum}.
     * A refusal leaves the caller's transaction usable: a page that asks "may I?" and shows "not
     * available" must not fail later with "rolled back".
     */
    @Transactional(readOnly = true, noRollbackFor = {NotFoundException.class, ForbiddenException.class})
    public ProjectSummary require(long projectId, ProjectRole minimum) {
        long userId = currentUser.id();
        // one statement: every request of every feature passes here (a third of a span's creation in JPA)
        ProjectSummary project = jdbc.sql("""
                        select p.name, p.snap_to_words, p.blind, m.role from project_member m
                        join project p on p.id = m.project_id where m.project_id = ? and m.user_id = ?""")
                .params(projectId, userId)
                .query((rs, n) -> new ProjectSummary(projectId, rs.getString(1), ProjectRole.valueOf(rs.getString(4)),
                        rs.getBoolean(2), rs.getBoolean(3)))
                .optional()
                .orElseThrow(() -> new NotFoundException("Project " + projectId + " not found."));
        if (!project.role().atLeast(minimum)) {
            throw new ForbiddenException("Your role in this project (" + project.role()
                    + ") does not allow this; it needs " + minimum + ".");
        }
        return project;
    }
}
