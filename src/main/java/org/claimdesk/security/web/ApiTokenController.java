package org.claimdesk.security.web;

import java.net.URI;
import java.util.List;
import org.claimdesk.security.ApiToken;
import org.claimdesk.security.ApiTokenService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's personal API tokens. */
@RestController
class ApiTokenController {
    private final ApiTokenService tokens;

    ApiTokenController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    record NewToken(@Nullable String name) {
    }

    /** The token itself is in this answer and nowhere else, ever. */
    record CreatedToken(ApiToken token, String secret) {
    }

    @GetMapping("/api/tokens")
    List<ApiToken> mine() {
        return tokens.mine();
    }

    @PostMapping("/api/tokens")
    ResponseEntity<CreatedToken> create(@RequestBody NewToken body) {
        ApiTokenService.Created c = tokens.create(body.name());
        return ResponseEntity.created(URI.create("/api/tokens/" + c.token().id())).body(new CreatedToken(c.token(), c.secret()));
    }

    @DeleteMapping("/api/tokens/{id}")
    ApiToken revoke(@PathVariable long id) {
        return tokens.revoke(id);
    }
}
