package org.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.claimdesk.support.ApiClient;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Security headers, session cookie flags, CSRF on the UI and login throttling, seen from outside. */
@ClaimDeskTest
class BrowserFacingSecurityIT {
    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pages_carry_a_content_security_policy_and_refuse_framing_and_sniffing() throws Exception {
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")));
        assertThat(login.statusCode()).isEqualTo(200);
        String csp = login.headers().firstValue("Content-Security-Policy").orElse(login.headers().map().toString());
        assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'")
                .doesNotContain("*");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).isPresent();
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void a_state_changing_request_without_the_csrf_token_is_refused() throws Exception {
        HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")));
        assertThat(post.statusCode()).as(post.headers().map().toString()).isEqualTo(403);
    }

    @Test
    void repeated_wrong_passwords_lock_the_name_out_for_a_while_even_with_the_right_one() {
        String user = testUsers.newUser("guessed").username();
        ApiClient wrong = new ApiClient(port, user, "wrong-password-1");
        for (int i = 0; i < 5; i++) {
            assertThat(wrong.get("/api/projects").status()).isEqualTo(401);
        }
        ApiClient.Response right = new ApiClient(port, user, TestUsers.PASSWORD).get("/api/projects");
        assertThat(right.status()).isEqualTo(401);
        assertThat(right.body()).contains("Too many failed sign-ins");
        String other = testUsers.newUser("unaffected").username();
        assertThat(new ApiClient(port, other, TestUsers.PASSWORD).get("/api/projects").status()).isEqualTo(200);
    }
}
