package org.claimdesk.security;

/** What other features need to know about a user. */
public record UserSummary(long id, String username, String displayName, boolean admin) {
    static UserSummary of(AppUser u) {
        return new UserSummary(u.getId(), u.getUsername(), u.getDisplayName(), u.isAdmin());
    }
}
