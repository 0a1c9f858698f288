package org.claimdesk.project;

import org.claimdesk.base.ForbiddenException;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides whether the signed-in user may act in a project. A non-member
 * gets "not found", so project ids cannot be probed; a member whose role is too weak gets
 * "forbidden".
 */
@Component
public class ProjectAccess {
    private final ProjectMemberRepository members;
    private final ProjectRepository projects;
    private final CurrentUser currentUser;

    ProjectAccess(ProjectMemberRepository members, ProjectRepository projects, CurrentUser currentUser) {
        this.members = members;
        this.projects = projects;
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
        ProjectMember member = members.findByProjectIdAndUserId(projectId, userId)
                .orElseThrow(() -> new NotFoundException("Project " + projectId + " not found."));
        if (!member.getRole().atLeast(minimum)) {
            throw new ForbiddenException("Your role in this project (" + member.getRole()
                    + ") does not allow this; it needs " + minimum + ".");
        }
        Project p = projects.findById(projectId)
                .orElseThrow(() -> new NotFoundException("Project " + projectId + " not found."));
        return p.summary(member.getRole());
    }
}
