package org.claimdesk.support;

import org.claimdesk.document.DocumentListItem;
import org.claimdesk.document.DocumentService;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.security.UserService;
import org.claimdesk.security.UserSummary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Creates users and projects for a test, and signs in as one of them for service calls. */
@Component
public class TestUsers {
    public static final String ADMIN_PASSWORD = "admin-test-password";
    public static final String PASSWORD = "secret-password-1";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final UserService users;
    private final ProjectService projects;

    public TestUsers(UserService users, ProjectService projects) {
        this.users = users;
        this.projects = projects;
    }

    public static String unique(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + SEQ.incrementAndGet();
    }

    public static void signInAsAdmin() {
        signIn("admin", true);
    }

    public static void signIn(String username) {
        signIn(username, false);
    }

    private static void signIn(String username, boolean admin) {
        var authorities = admin
                ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A project and its people, described by role: see {@link Team}. */
    /** A new person who annotates in the Demo project, and the seed article they open there. */
    public DemoSeat annotatorInDemo(String prefix, DocumentService documents) {
        String username = newUser(prefix).username();
        signInAsAdmin();
        long demo = projects.myProjects().stream().filter(p -> p.name().equals("Demo")).findFirst().orElseThrow().id();
        projects.setMember(demo, username, ProjectRole.ANNOTATOR);
        long seed = documents.list(demo, 0, 10).stream().map(DocumentListItem::id).findFirst().orElseThrow();
        return new DemoSeat(username, seed);
    }

    public record DemoSeat(String username, long seedDocument) {
    }

    public Team.Builder team() {
        return new Team.Builder(this);
    }

    /** A new user with {@link #PASSWORD}; leaves the admin signed in. */
    public UserSummary newUser(String prefix) {
        signInAsAdmin();
        return users.createUser(unique(prefix), PASSWORD, prefix, false);
    }

    /** A new project owned by a new user, with members in the given roles; returns its id. */
    public long newProject(String ownerName, Object... usernamesAndRoles) {
        signIn(ownerName);
        long id = projects.create(unique("project")).id();
        for (int i = 0; i < usernamesAndRoles.length; i += 2) {
            projects.setMember(id, (String) usernamesAndRoles[i], (ProjectRole) usernamesAndRoles[i + 1]);
        }
        return id;
    }
}
