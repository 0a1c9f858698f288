package org.claimdesk.security.web;

import java.net.URI;
import org.claimdesk.security.UserService;
import org.claimdesk.security.UserSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AdminUserController {
    private final UserService users;

    AdminUserController(UserService users) {
        this.users = users;
    }

    /** ADMIN only; the service refuses everybody else. */
    @PostMapping("/api/admin/users")
    ResponseEntity<UserSummary> create(@RequestBody NewUser body) {
        UserSummary u = users.createUser(body.username(), body.password(), body.displayName(),
                Boolean.TRUE.equals(body.admin()));
        return ResponseEntity.created(URI.create("/api/admin/users/" + u.id())).body(u);
    }

    record NewUser(@Nullable String username, @Nullable String password, @Nullable String displayName,
                   @Nullable Boolean admin) {
    }
}
