package org.claimdesk.project;

import org.claimdesk.base.NotFoundException;
import org.claimdesk.security.UserService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who a command without the web server (export, suggest) acts as: a named member, or by default
 * the project's first owner. The command then passes the same role checks as over the API.
 */
@Component
public class CommandLineMember {
    private final ProjectService projects;
    private final UserService users;

    CommandLineMember(ProjectService projects, UserService users) {
        this.projects = projects;
        this.users = users;
    }

    /** Signs in as {@code as} (or the first owner) and returns the id of the project named or numbered {@code projectRef}. */
    public long signIn(@Nullable String as, String projectRef) {
        String username = as;
        if (username == null) {
            username = projects.firstOwnerOf(projectRef).orElseThrow(() -> new NotFoundException(
                    "Project '" + projectRef + "' not found, or it has no owner; name a member with --as."));
        }
        String name = username;
        users.findByUsername(name).orElseThrow(() -> new NotFoundException("No user '" + name + "'."));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                name, null, AuthorityUtils.createAuthorityList("ROLE_USER")));
        for (ProjectSummary p : projects.myProjects()) {
            if (p.name().equalsIgnoreCase(projectRef) || String.valueOf(p.id()).equals(projectRef)) {
                return p.id();
            }
        }
        throw new NotFoundException("Project '" + projectRef + "' not found among the projects of the user acting.");
    }
}
