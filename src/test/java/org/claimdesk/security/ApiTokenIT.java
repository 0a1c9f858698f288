package org.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimdesk.support.ApiClient;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Personal API tokens: created once, used as Bearer, stored only as a hash, revoked for good. */
@ClaimDeskTest
class ApiTokenIT {
    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_token_works_as_bearer_until_revoked_and_only_its_hash_is_stored() {
        String alice = testUsers.newUser("alice").username();
        ApiClient basic = new ApiClient(port, alice, TestUsers.PASSWORD);
        ApiClient.Response created = basic.post("/api/tokens", "{\"name\":\"nightly export\"}");
        assertThat(created.status()).isEqualTo(201);
        String secret = created.json().path("secret").asString();
        long id = created.json().path("token").path("id").asLong();
        assertThat(secret).startsWith("cdt_").hasSizeGreaterThan(40);

        ApiClient bearer = ApiClient.withToken(port, secret);
        assertThat(bearer.get("/api/projects").status()).isEqualTo(200);
        JsonNode listed = basic.get("/api/tokens").json().get(0);
        assertThat(listed.path("name").asString()).isEqualTo("nightly export");
        assertThat(listed.path("lastUsedAt").isNull()).isFalse();
        assertThat(listed.toString()).doesNotContain(secret);

        String stored = jdbc.sql("select token_hash || prefix || name from api_token where id = ?").param(id)
                .query(String.class).single();
        assertThat(stored).doesNotContain(secret).contains(ApiTokenService.hash(secret));

        String mallory = testUsers.newUser("mallory").username();
        assertThat(new ApiClient(port, mallory, TestUsers.PASSWORD).delete("/api/tokens/" + id).status()).isEqualTo(404);
        assertThat(bearer.delete("/api/tokens/" + id).status()).isEqualTo(200);
        ApiClient.Response refused = bearer.get("/api/projects");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).contains("API token");
        assertThat(ApiClient.withToken(port, "cdt_not-a-real-token").get("/api/projects").status()).isEqualTo(401);
    }

    @Test
    void a_token_needs_a_name_and_acts_with_its_owners_roles() {
        String bob = testUsers.newUser("bob").username();
        ApiClient basic = new ApiClient(port, bob, TestUsers.PASSWORD);
        assertThat(basic.post("/api/tokens", "{\"name\":\"  \"}").status()).isEqualTo(400);
        String secret = basic.post("/api/tokens", "{\"name\":\"script\"}").json().path("secret").asString();
        assertThat(ApiClient.withToken(port, secret).post("/api/admin/users",
                "{\"username\":\"x-by-token\",\"password\":\"12345678\"}").status()).isEqualTo(403);
    }

    @Test
    void a_token_cannot_mint_tokens_so_none_outlives_its_revocation() {
        String carol = testUsers.newUser("carol").username();
        ApiClient basic = new ApiClient(port, carol, TestUsers.PASSWORD);
        ApiClient bearer = ApiClient.withToken(port, basic.post("/api/tokens", "{\"name\":\"ci\"}").json().path("secret").asString());
        ApiClient.Response minted = bearer.post("/api/tokens", "{\"name\":\"second\"}");
        assertThat(minted.status()).isEqualTo(403);
        assertThat(minted.json().path("detail").asString()).contains("password");
        assertThat(basic.get("/api/tokens").json().size()).isEqualTo(1);
        assertThat(bearer.get("/api/tokens").status()).as("listing stays allowed").isEqualTo(200);
    }
}
