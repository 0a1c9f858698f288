package org.claimdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import org.claimdesk.base.ForbiddenException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

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
        // one request asks several times (access checks, the layer, the history): look up once
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = key(auth.getName());
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof UserSummary known) {
            return known;
        }
        UserSummary user = users.findByUsername(auth.getName()).map(UserSummary::of)
                .orElseThrow(() -> new ForbiddenException("Unknown user '" + auth.getName() + "'."));
        if (request != null) {
            request.setAttribute(key, user, RequestAttributes.SCOPE_REQUEST);
        }
        return user;
    }

    /** The signed-in user as the authentication found them, so the request need not look them up again. */
    static void remember(HttpServletRequest request, UserSummary user) {
        request.setAttribute(key(user.username()), user);
    }

    private static String key(String username) {
        return CurrentUser.class.getName() + ":" + username;
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
