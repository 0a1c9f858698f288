package org.claimdesk.security;

import org.claimdesk.base.ForbiddenException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in for the current request or UI access, as a database user. */
@Component
public class CurrentUser {
    private final UserRepository users;

    CurrentUser(UserRepository users) {
        this.users = users;
    }

    public UserSummary require() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
            throw new ForbiddenException("Please sign in.");
        }
        return users.findByUsername(auth.getName()).map(UserSummary::of)
                .orElseThrow(() -> new ForbiddenException("Unknown user '" + auth.getName() + "'."));
    }

    public long id() {
        return require().id();
    }

    public boolean isAdmin() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }
}
