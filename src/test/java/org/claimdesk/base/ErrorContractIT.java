package org.claimdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.claimdesk.support.ApiClient;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * One error contract at the REST boundary: bad text or a number of the wrong kind is a 400
 * problem whose detail and {@code errors[0].field} name the field, with no SQL, and nothing changes.
 */
@ClaimDeskTest
class ErrorContractIT {
    private static final String NUL = "\\u0000";

    @LocalServerPort
    int port;

    ApiClient admin;
    ApiClient alice;
    long project;
    long document;
    long span;

    @BeforeEach
    void aProjectWithADocumentAndAClaim() {
        admin = new ApiClient(port, "admin", TestUsers.ADMIN_PASSWORD);
        String name = TestUsers.unique("alice");
        assertThat(admin.post("/api/admin/users", """
                {"username":"%s","password":"%s"}""".formatted(name, TestUsers.PASSWORD)).status()).isEqualTo(201);
        alice = new ApiClient(port, name, TestUsers.PASSWORD);
        project = alice.post("/api/projects", "{\"name\":\"%s\"}".formatted(TestUsers.unique("contract"))).json().get("id").asLong();
        document = alice.post("/api/projects/" + project + "/documents", """
                {"title":"Envoy","text":"The envoy said the talks had failed."}""").json().get("id").asLong();
        span = alice.post("/api/documents/" + document + "/spans", """
                {"label":"CLAIM","start":17,"end":35}""").json().get("id").asLong();
    }

    @Test
    void a_nul_anywhere_a_person_types_is_a_400_naming_the_field_and_stores_nothing() {
        Map<String, ApiClient.Response> answers = new LinkedHashMap<>();
        answers.put("project name", alice.post("/api/projects", "{\"name\":\"a" + NUL + "b\"}"));
        answers.put("title", alice.post("/api/projects/" + project + "/documents", """
                {"title":"T%s","text":"Some text."}""".formatted(NUL)));
        answers.put("note", alice.patch("/api/spans/" + span, "{\"label\":\"DENIAL\",\"note\":\"n" + NUL + "\"}"));
        answers.put("evidence quote", alice.put("/api/spans/" + span + "/review", """
                {"verdict":"false","evidence":[{"url":"https://example.org/","quote":"q%s"}]}""".formatted(NUL)));
        answers.put("display name", admin.post("/api/admin/users", """
                {"username":"%s","password":"%s","displayName":"D%s"}""".formatted(TestUsers.unique("dn"), TestUsers.PASSWORD, NUL)));
        answers.put("token name", alice.post("/api/tokens", "{\"name\":\"t" + NUL + "\"}"));
        answers.put("salt", alice.get("/api/projects/" + project + "/export?format=jsonl&salt=s%00"));
        answers.forEach((field, r) -> {
            assertThat(r.status()).as(field).isEqualTo(400);
            assertThat(r.contentType()).as(field).startsWith("application/problem+json");
            String detail = r.json().get("detail").asString();
            assertThat(detail).as(field).containsIgnoringCase(field).contains("U+0000").doesNotContainIgnoringCase("sql")
                    .doesNotContain("0x00");
            assertThat(r.json().get("errors").get(0).get("field").asString()).as(field).isEqualTo(field);
        });
        JsonNode stored = alice.get("/api/documents/" + document + "/annotations").json();
        assertThat(stored.toString()).as("the refused PATCH changed nothing").contains("\"CLAIM\"").doesNotContain("DENIAL");
    }

    @Test
    void offsets_and_ids_are_integers_not_numbers_that_get_truncated() {
        for (String body : new String[] {"{\"label\":\"CLAIM\",\"start\":4.9,\"end\":12.7}",
                "{\"label\":\"CLAIM\",\"start\":\"0\",\"end\":3}", "[{\"label\":\"CLAIM\",\"start\":0,\"end\":true}]"}) {
            ApiClient.Response r = alice.post("/api/documents/" + document + "/spans", body);
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(r.json().get("detail").asString()).as(body).contains("integers");
        }
        ApiClient.Response link = alice.post("/api/documents/" + document + "/relations",
                "{\"from\":" + span + ",\"to\":" + span + ".5}");
        assertThat(link.status()).isEqualTo(400);
        assertThat(alice.get("/api/documents/" + document + "/annotations").json().get("spans").size()).isEqualTo(1);
    }

    @Test
    void control_and_bidi_override_characters_are_refused_in_names_but_rtl_text_is_content() {
        for (String name : new String[] {"bell\\u0007", "esc\\u001b[0m", "two\\nlines", "\\u202Efdp.exe"}) {
            ApiClient.Response r = alice.post("/api/projects", "{\"name\":\"" + name + "\"}");
            assertThat(r.status()).as(name).isEqualTo(400);
            assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("project name");
        }
        assertThat(alice.post("/api/projects/" + project + "/documents", """
                {"title":"שלום","text":"\\u202Bשלום\\u202C עולם"}""").status()).isEqualTo(201);
    }

    @Test
    void a_refusal_quotes_a_short_prefix_of_a_huge_value_not_the_value() {
        String huge = "L".repeat(1_000_000);
        ApiClient.Response r = alice.post("/api/documents/" + document + "/spans", """
                {"label":"%s","start":0,"end":3}""".formatted(huge));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().length()).isLessThan(2_000);
    }
}
