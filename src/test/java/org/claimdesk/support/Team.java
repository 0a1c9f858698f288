package org.claimdesk.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.security.UserSummary;

/**
 * A project with its people, made for one test: {@code testUsers.team().owner("owner")
 * .annotators("a1", "a2").viewers("v").create().signInAs("a1")}. People are named by the test's
 * short names; their real user names are unique per run ({@link #name(String)}).
 */
public final class Team {
    private final long project;
    private final Map<String, UserSummary> people;

    Team(long project, Map<String, UserSummary> people) {
        this.project = project;
        this.people = Map.copyOf(people);
    }

    public long project() {
        return project;
    }

    public UserSummary user(String shortName) {
        UserSummary user = people.get(shortName);
        if (user == null) {
            throw new IllegalArgumentException("No " + shortName + " in this team: " + people.keySet());
        }
        return user;
    }

    /** The unique user name behind a short name. */
    public String name(String shortName) {
        return user(shortName).username();
    }

    /** Signs in as that person for service calls; returns the team for chaining. */
    public Team signInAs(String shortName) {
        TestUsers.signIn(name(shortName));
        return this;
    }

    /** Collects the people of a team, then creates them and the project. */
    public static final class Builder {
        private final TestUsers users;
        private final Map<String, ProjectRole> roles = new LinkedHashMap<>();
        private String owner = "owner";

        Builder(TestUsers users) {
            this.users = users;
        }

        public Builder owner(String shortName) {
            owner = shortName;
            return this;
        }

        public Builder curators(String... shortNames) {
            return with(ProjectRole.CURATOR, shortNames);
        }

        public Builder annotators(String... shortNames) {
            return with(ProjectRole.ANNOTATOR, shortNames);
        }

        public Builder viewers(String... shortNames) {
            return with(ProjectRole.VIEWER, shortNames);
        }

        private Builder with(ProjectRole role, String... shortNames) {
            for (String n : shortNames) {
                roles.put(n, role);
            }
            return this;
        }

        /** Creates the users and the project, and leaves the owner signed in. */
        public Team create() {
            Map<String, UserSummary> people = new LinkedHashMap<>();
            people.put(owner, users.newUser(owner));
            Object[] members = new Object[roles.size() * 2];
            int i = 0;
            for (Map.Entry<String, ProjectRole> e : roles.entrySet()) {
                UserSummary u = users.newUser(e.getKey());
                people.put(e.getKey(), u);
                members[i++] = u.username();
                members[i++] = e.getValue();
            }
            long project = users.newProject(people.get(owner).username(), members);
            return new Team(project, people);
        }
    }
}
