package org.claimdesk.project;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.claimdesk.base.ConflictException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.base.TextRules;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.UserService;
import org.claimdesk.security.UserSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works in a project, with which role: OWNERs (and administrators) add people, change roles
 * and remove members. A project always keeps an owner, and the gold layer's account is never a
 * member. A removed member's layer stays in the project, for curators, read-only: its annotator
 * can no longer open the project.
 */
@Service
public class ProjectMembers {
    private final ProjectMemberRepository members;
    private final ProjectRepository projects;
    private final ProjectAccess access;
    private final UserService users;
    private final CurrentUser currentUser;

    ProjectMembers(ProjectMemberRepository members, ProjectRepository projects, ProjectAccess access, UserService users,
                   CurrentUser currentUser) {
        this.members = members;
        this.projects = projects;
        this.access = access;
        this.users = users;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<MemberSummary> list(long projectId) {
        if (!currentUser.isAdmin()) {
            access.require(projectId, ProjectRole.VIEWER);
        }
        List<ProjectMember> rows = members.findByProjectId(projectId);
        Map<Long, UserSummary> byId = users.byIds(rows.stream().map(ProjectMember::getUserId).toList());
        return rows.stream().map(m -> summary(byId.get(m.getUserId()), m.getRole()))
                .sorted(Comparator.comparing(MemberSummary::username)).toList();
    }

    /** Adds a person or, if they are a member, changes their role. */
    @Transactional
    public MemberSummary set(long projectId, @Nullable String username, @Nullable ProjectRole role) {
        ProjectRole r = requireRole(role);
        requireOwner(projectId);
        UserSummary user = person(username);
        return assign(projectId, user, members.findByProjectIdAndUserId(projectId, user.id())
                .orElseGet(() -> new ProjectMember(projectId, user.id(), r)), r);
    }

    /** Changes the role of someone who is a member already (404 otherwise). */
    @Transactional
    public MemberSummary changeRole(long projectId, @Nullable String username, @Nullable ProjectRole role) {
        ProjectRole r = requireRole(role);
        requireOwner(projectId);
        UserSummary user = person(username);
        return assign(projectId, user, members.findByProjectIdAndUserId(projectId, user.id())
                .orElseThrow(() -> new NotFoundException(user.username() + " is not a member of this project.")), r);
    }

    private MemberSummary assign(long projectId, UserSummary user, ProjectMember member, ProjectRole role) {
        keepAnOwner(projectId, member, role, user.username() + " becomes " + role);
        member.setRole(role);
        members.save(member);
        return summary(user, role);
    }

    /** Removes a member; their layer stays, read-only, for curators. */
    @Transactional
    public void remove(long projectId, @Nullable String username) {
        requireOwner(projectId);
        UserSummary user = person(username);
        ProjectMember member = members.findByProjectIdAndUserId(projectId, user.id())
                .orElseThrow(() -> new NotFoundException(user.username() + " is not a member of this project."));
        keepAnOwner(projectId, member, null, user.username() + " leaves");
        members.delete(member);
    }

    /** People whose name or display name contains {@code text}, for adding one (owners only). */
    @Transactional(readOnly = true)
    public List<UserSummary> candidates(long projectId, String text, int limit) {
        requireOwner(projectId);
        return users.search(text, limit);
    }

    private void requireOwner(long projectId) {
        if (!currentUser.isAdmin()) {
            access.require(projectId, ProjectRole.OWNER);
        } else if (!projects.existsById(projectId)) {
            throw new NotFoundException("Project " + projectId + " not found.");
        }
    }

    private void keepAnOwner(long projectId, ProjectMember member, @Nullable ProjectRole newRole, String change) {
        boolean losesOwner = member.getRole() == ProjectRole.OWNER && newRole != ProjectRole.OWNER;
        if (losesOwner && member.getId() != null && members.findByProjectId(projectId).stream()
                .filter(m -> m.getRole() == ProjectRole.OWNER).count() == 1) {
            throw new ConflictException("A project needs an owner: make another member OWNER before " + change + ".");
        }
    }

    private UserSummary person(@Nullable String username) {
        String name = username == null ? "" : username.strip();
        if (name.equals(UserService.GOLD)) {
            throw new InvalidInputException("username", "'gold' is ClaimDesk's own account for the gold layer; it cannot be a member.");
        }
        return users.findPerson(name)
                .orElseThrow(() -> new InvalidInputException("username", "No user " + TextRules.quote(username) + "."));
    }

    private static ProjectRole requireRole(@Nullable ProjectRole role) {
        if (role == null) {
            throw new InvalidInputException("role", "Role must be one of OWNER, CURATOR, ANNOTATOR, VIEWER.");
        }
        return role;
    }

    private static MemberSummary summary(UserSummary u, ProjectRole role) {
        return new MemberSummary(u.id(), u.username(), u.displayName(), role);
    }
}
