package org.claimdesk.annotation.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimdesk.support.ApiClient;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The REST API over real HTTP: offsets in code points, role checks, clear 400s. */
@ClaimDeskTest
class RestApiIT {
    // Python: text = "👩‍💻 Moscow and Washington ...": text[4:10] == "Moscow"
    private static final String TEXT = "👩‍💻 Moscow and Washington are in negotiations, Krutskikh told Russian news agencies. שלום 漢字";

    @LocalServerPort
    int port;

    ApiClient admin;
    ApiClient alice;
    ApiClient mallory;
    String aliceName;
    String malloryName;

    @BeforeEach
    void users() {
        admin = new ApiClient(port, "admin", TestUsers.ADMIN_PASSWORD);
        aliceName = TestUsers.unique("alice");
        malloryName = TestUsers.unique("mallory");
        for (String name : new String[] {aliceName, malloryName}) {
            assertThat(admin.post("/api/admin/users", """
                    {"username":"%s","password":"%s","displayName":"%s"}""".formatted(name, TestUsers.PASSWORD, name))
                    .status()).isEqualTo(201);
        }
        alice = new ApiClient(port, aliceName, TestUsers.PASSWORD);
        mallory = new ApiClient(port, malloryName, TestUsers.PASSWORD);
    }

    @Test
    void health_is_public_and_up() {
        ApiClient anonymous = new ApiClient(port, null, null);
        ApiClient.Response r = anonymous.get("/actuator/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.get("/api/projects").status()).isEqualTo(401);
    }

    @Test
    void an_unknown_api_path_is_a_404_problem_never_the_ui_page() {
        for (String path : new String[] {"/api/nope", "/api/projects/1/", "/api/documents/1/nothing/here"}) {
            ApiClient.Response r = alice.get(path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.contentType()).as(path).startsWith("application/problem+json");
            assertThat(r.json().get("detail").asString()).as(path).contains("no API endpoint");
        }
        assertThat(alice.delete("/api/nope").status()).isEqualTo(404);
        // known endpoints still answer as before
        assertThat(alice.get("/api/projects").status()).isEqualTo(200);
    }

    @Test
    void a_request_of_the_wrong_shape_gets_a_problem_that_says_what_to_send() {
        long project = alice.post("/api/projects", "{\"name\":\"%s\"}".formatted(TestUsers.unique("shape")))
                .json().get("id").asLong();
        ApiClient.Response plain = alice.send("/api/projects", "text/plain", "name=x");
        assertThat(plain.status()).isEqualTo(415);
        assertThat(plain.contentType()).startsWith("application/problem+json");
        assertThat(plain.json().get("detail").asString()).contains("application/json");

        ApiClient.Response notMultipart = alice.post("/api/projects/" + project + "/import?format=jsonl", "{}");
        assertThat(notMultipart.status()).isEqualTo(400);
        assertThat(notMultipart.contentType()).startsWith("application/problem+json");
        assertThat(notMultipart.json().get("detail").asString()).contains("'file'");
    }

    @Test
    void an_array_of_spans_is_stored_whole_in_order_or_not_at_all() {
        long project = created(alice.post("/api/projects", "{\"name\":\"" + TestUsers.unique("bulk") + "\"}")).get("id").asLong();
        long docId = created(alice.post("/api/projects/" + project + "/documents",
                "{\"title\":\"Bulk\",\"text\":\"" + TEXT + "\"}")).get("id").asLong();

        ApiClient.Response bad = alice.post("/api/documents/" + docId + "/spans", """
                [{"label":"CLAIM","start":4,"end":10},{"label":"CLAIM","start":15,"end":25},{"label":"NOPE","start":0,"end":2}]""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("detail").asString()).startsWith("Span at index 2:");
        ApiClient.Response shape = alice.post("/api/documents/" + docId + "/spans", "[{\"label\":\"CLAIM\",\"start\":4}, 7]");
        assertThat(shape.status()).isEqualTo(400);
        assertThat(alice.get("/api/documents/" + docId + "/annotations").json().get("spans")).isEmpty();

        ApiClient.Response ok = alice.post("/api/documents/" + docId + "/spans", """
                [{"label":"ATTRIBUTION","start":47,"end":83},{"label":"CLAIM","start":4,"end":45},
                 {"label":"CLAIM","fragments":[[4,10],[26,45]]}]""");
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.json()).hasSize(3);
        assertThat(ok.json().get(0).get("text").asString()).isEqualTo("Krutskikh told Russian news agencies");
        assertThat(ok.json().get(1).get("text").asString()).isEqualTo("Moscow and Washington are in negotiations");
        assertThat(alice.get("/api/documents/" + docId + "/annotations").json().get("spans")).hasSize(3);
        // one history event per span, and an undo takes the whole request back
        ApiClient.Response undone = alice.post("/api/documents/" + docId + "/undo", "");
        assertThat(undone.status()).isEqualTo(200);
        assertThat(undone.json().get("removedSpans")).hasSize(3);
    }

    @Test
    void an_array_of_links_is_checked_whole_then_stored_in_order_as_one_undo_step() {
        long project = created(alice.post("/api/projects", "{\"name\":\"" + TestUsers.unique("links") + "\"}")).get("id").asLong();
        long docId = created(alice.post("/api/projects/" + project + "/documents",
                "{\"title\":\"Links\",\"text\":\"" + TEXT + "\"}")).get("id").asLong();
        JsonNode spans = alice.post("/api/documents/" + docId + "/spans", """
                [{"label":"CLAIM","start":4,"end":45},{"label":"ATTRIBUTION","start":47,"end":83},
                 {"label":"CLAIM","start":58,"end":64}]""").json();
        long claim = spans.get(0).get("id").asLong();
        long source = spans.get(1).get("id").asLong();
        long other = spans.get(2).get("id").asLong();
        String path = "/api/documents/" + docId + "/relations";

        ApiClient.Response self = alice.post(path, "[{\"from\":%d,\"to\":%d},{\"from\":%d,\"to\":%d}]"
                .formatted(claim, source, other, other));
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.json().get("detail").asString()).startsWith("Relation at index 1:").contains("itself");
        ApiClient.Response twice = alice.post(path, "[{\"from\":%d,\"to\":%d},{\"from\":%d,\"to\":%d}]"
                .formatted(claim, source, claim, source));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asString()).startsWith("Relation at index 1:");
        ApiClient.Response foreign = alice.post(path, "[{\"from\":%d,\"to\":999999999}]".formatted(claim));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(alice.get("/api/documents/" + docId + "/annotations").json().get("relations")).isEmpty();

        ApiClient.Response ok = alice.post(path, "[{\"from\":%d,\"to\":%d},{\"type\":\"ATTRIBUTED_TO\",\"from\":%d,\"to\":%d}]"
                .formatted(claim, source, other, source));
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.json()).hasSize(2);
        assertThat(ok.json().get(0).get("from").asLong()).isEqualTo(claim);
        assertThat(ok.json().get(0).get("type").asString()).isEqualTo("ATTRIBUTED_TO");
        assertThat(ok.json().get(1).get("from").asLong()).isEqualTo(other);
        assertThat(alice.get("/api/documents/" + docId + "/annotations").json().get("relations")).hasSize(2);
        assertThat(mallory.post(path, "[{\"from\":%d,\"to\":%d}]".formatted(other, claim)).status()).isEqualTo(404);

        ApiClient.Response undone = alice.post("/api/documents/" + docId + "/undo", "");
        assertThat(undone.json().get("removedRelations")).hasSize(2);
        assertThat(undone.json().get("removedSpans")).isEmpty();
    }

    @Test
    void a_password_over_bcrypts_72_bytes_and_a_name_differing_only_in_case_are_refused_plainly() {
        String name = TestUsers.unique("case");
        for (String password : new String[] {"p".repeat(73), "😀".repeat(20)}) {
            ApiClient.Response r = admin.post("/api/admin/users", """
                    {"username":"%s","password":"%s","displayName":"x"}""".formatted(name, password));
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().get("detail").asString()).contains("72 bytes");
        }
        assertThat(admin.post("/api/admin/users", """
                {"username":"%s","password":"%s","displayName":"x"}""".formatted(name, "p".repeat(72))).status())
                .isEqualTo(201);
        ApiClient.Response twin = admin.post("/api/admin/users", """
                {"username":"%s","password":"%s","displayName":"x"}""".formatted(name.toUpperCase(), TestUsers.PASSWORD));
        assertThat(twin.status()).isEqualTo(409);
        for (String password : new String[] {"p".repeat(73), "😀".repeat(20)}) {
            ApiClient.Response signIn = new ApiClient(port, name, password).get("/api/projects");
            assertThat(signIn.status()).as("signing in with a password over the limit is a plain refusal").isEqualTo(401);
        }
    }

    @Test
    void a_project_name_differing_only_in_case_or_by_an_invisible_character_is_refused() {
        String name = TestUsers.unique("SecA");
        assertThat(admin.post("/api/projects", "{\"name\":\"" + name + "-1\"}").status()).isEqualTo(201);
        for (String twin : new String[] {name + "-\\u200b1", name.toLowerCase() + "-1", name + "\\u00ad-1"}) {
            ApiClient.Response r = admin.post("/api/projects", "{\"name\":\"" + twin + "\"}");
            assertThat(r.status()).as(twin).isEqualTo(409);
            assertThat(r.json().get("detail").asString()).contains("already exists");
        }
        assertThat(admin.post("/api/projects", "{\"name\":\"" + name + "-2\"}").status()).isEqualTo(201);
    }

    @Test
    void a_pipeline_creates_a_project_a_document_and_spans_in_code_points() {
        long project = created(alice.post("/api/projects", "{\"name\":\"" + TestUsers.unique("API") + "\"}")).get("id").asLong();
        assertThat(alice.get("/api/projects").json().findValuesAsString("name")).hasSize(1);

        JsonNode doc = created(alice.post("/api/projects/" + project + "/documents",
                "{\"title\":\"Talks\",\"text\":\"" + TEXT + "\",\"sourceUrl\":\"https://example.org/talks\"}"));
        long docId = doc.get("id").asLong();
        assertThat(doc.get("length").asInt()).isEqualTo(TEXT.codePointCount(0, TEXT.length()));
        assertThat(alice.get("/api/projects/" + project + "/documents").json().get(0).get("title").asString()).isEqualTo("Talks");

        JsonNode claim = created(alice.post("/api/documents/" + docId + "/spans", "{\"label\":\"CLAIM\",\"start\":4,\"end\":45}"));
        assertThat(claim.get("text").asString()).isEqualTo("Moscow and Washington are in negotiations");
        assertThat(claim.get("fragments").get(0).get(1).asInt()).isEqualTo(45);

        JsonNode split = created(alice.post("/api/documents/" + docId + "/spans",
                "{\"label\":\"CLAIM\",\"fragments\":[[4,10],[26,45]]}"));
        assertThat(split.get("start").asInt()).isEqualTo(4);
        assertThat(split.get("end").asInt()).isEqualTo(45);
        assertThat(split.get("fragments")).hasSize(2);

        JsonNode source = created(alice.post("/api/documents/" + docId + "/spans", "{\"label\":\"ATTRIBUTION\",\"start\":47,\"end\":83}"));
        assertThat(source.get("text").asString()).isEqualTo("Krutskikh told Russian news agencies");
        JsonNode link = created(alice.post("/api/documents/" + docId + "/relations",
                "{\"type\":\"ATTRIBUTED_TO\",\"from\":" + claim.get("id") + ",\"to\":" + source.get("id") + "}"));

        JsonNode layer = alice.get("/api/documents/" + docId + "/annotations").json();
        assertThat(layer.get("spans")).hasSize(3);
        assertThat(layer.get("spans").get(0).get("annotator").asString()).isEqualTo(aliceName);
        assertThat(layer.get("relations").get(0).get("type").asString()).isEqualTo("ATTRIBUTED_TO");

        ApiClient.Response export = alice.get("/api/documents/" + docId + "/export.jsonl");
        assertThat(export.status()).isEqualTo(200);
        JsonNode line = export.json();
        String text = line.get("text").asString();
        JsonNode first = line.get("spans").valueStream().filter(s -> !s.has("fragments")).findFirst().orElseThrow();
        assertThat(text.substring(text.offsetByCodePoints(0, first.get("start").asInt()),
                text.offsetByCodePoints(0, first.get("end").asInt()))).isEqualTo(first.get("text").asString());
        assertThat(line.get("offsetUnit").asString()).isEqualTo("codepoint");
        assertThat(line.get("layer").asString()).as("the dataset export's JSONL shape").isEqualTo(aliceName);
        assertThat(line.get("spans").get(0).get("id").asString()).isEqualTo("T1");
        assertThat(line.get("relations").get(0).get("from").asString()).startsWith("T");

        assertThat(alice.delete("/api/relations/" + link.get("id")).status()).isEqualTo(204);
        assertThat(alice.delete("/api/spans/" + split.get("id")).status()).isEqualTo(204);
        assertThat(alice.get("/api/documents/" + docId + "/annotations").json().get("spans")).hasSize(2);
    }

    @Test
    void bad_spans_get_a_400_problem_and_nothing_is_stored() {
        long docId = newDocument();
        for (String body : new String[] {
                "{\"label\":\"CLAIM\",\"start\":0,\"end\":1}",          // splits the ZWJ sequence
                "{\"label\":\"CLAIM\",\"start\":5,\"end\":500}",        // outside the text
                "{\"label\":\"CLAIM\",\"start\":9,\"end\":9}",          // empty
                "{\"label\":\"OPINION\",\"start\":4,\"end\":10}",       // not in the schema
                "{\"label\":\"CLAIM\"}",                                // no offsets
                "{\"label\":\"CLAIM\",\"fragments\":[[4]]}",            // malformed fragment
                "not json"}) {
            ApiClient.Response r = alice.post("/api/documents/" + docId + "/spans", body);
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(r.contentType()).as(body).startsWith("application/problem+json");
            assertThat(r.json().get("detail").asString()).as(body).isNotBlank();
        }
        assertThat(alice.get("/api/documents/" + docId + "/annotations").json().get("spans")).isEmpty();
    }

    @Test
    void a_span_is_relabelled_with_its_version_and_a_stale_version_gets_409() {
        long docId = newDocument();
        JsonNode span = created(alice.post("/api/documents/" + docId + "/spans", "{\"label\":\"CLAIM\",\"start\":4,\"end\":10}"));
        long version = span.get("version").asLong();
        ApiClient.Response relabelled = alice.patch("/api/spans/" + span.get("id"),
                "{\"label\":\"DENIAL\",\"note\":\"checked\",\"version\":" + version + "}");
        assertThat(relabelled.status()).as(relabelled.body()).isEqualTo(200);
        assertThat(relabelled.json().get("label").asString()).isEqualTo("DENIAL");
        assertThat(relabelled.json().get("version").asLong()).isGreaterThan(version);

        ApiClient.Response stale = alice.patch("/api/spans/" + span.get("id"), "{\"label\":\"CLAIM\",\"version\":" + version + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(alice.patch("/api/spans/" + span.get("id"), "{\"label\":\"OPINION\"}").status()).isEqualTo(400);
        assertThat(alice.patch("/api/spans/" + span.get("id"), "{}").status()).isEqualTo(400);
        JsonNode stored = alice.get("/api/documents/" + docId + "/annotations").json().get("spans").get(0);
        assertThat(stored.get("label").asString()).isEqualTo("DENIAL");
        assertThat(stored.get("note").asString()).isEqualTo("checked");
    }

    @Test
    void a_user_of_another_project_gets_404_and_a_viewer_gets_403() {
        long docId = newDocument();
        assertThat(mallory.get("/api/documents/" + docId).status()).isEqualTo(404);
        assertThat(mallory.get("/api/documents/" + docId + "/annotations").status()).isEqualTo(404);
        assertThat(mallory.post("/api/documents/" + docId + "/spans", "{\"label\":\"CLAIM\",\"start\":4,\"end\":10}").status())
                .isEqualTo(404);
        long project = alice.get("/api/documents/" + docId).json().get("projectId").asLong();
        assertThat(mallory.post("/api/projects/" + project + "/members",
                "{\"username\":\"" + aliceName + "\",\"role\":\"VIEWER\"}").status()).isEqualTo(404);
        assertThat(mallory.post("/api/admin/users", "{\"username\":\"x1\",\"password\":\"12345678\"}").status()).isEqualTo(403);
        assertThat(mallory.get("/api/projects").json()).isEmpty();
    }

    @Test
    void a_stranger_cannot_tell_a_foreign_span_from_one_that_does_not_exist() {
        long docId = newDocument();
        long span = created(alice.post("/api/documents/" + docId + "/spans", "{\"label\":\"CLAIM\",\"start\":4,\"end\":10}"))
                .get("id").asLong();
        long nowhere = 999_999_999L;
        String[][] probes = {
                {"PATCH", "/api/spans/%d", "{\"label\":\"DENIAL\"}"}, {"DELETE", "/api/spans/%d", null},
                {"PUT", "/api/spans/%d/review", "{\"verdict\":\"false\"}"}, {"GET", "/api/spans/%d/reviews", null}};
        for (String[] probe : probes) {
            ApiClient.Response foreign = send(mallory, probe[0], probe[1].formatted(span), probe[2]);
            ApiClient.Response missing = send(mallory, probe[0], probe[1].formatted(nowhere), probe[2]);
            assertThat(foreign.status()).as(probe[0] + " " + probe[1]).isEqualTo(missing.status()).isEqualTo(404);
            assertThat(foreign.json().get("detail").asString().replace(String.valueOf(span), "N"))
                    .as(probe[0] + " " + probe[1])
                    .isEqualTo(missing.json().get("detail").asString().replace(String.valueOf(nowhere), "N"));
        }
    }

    private static ApiClient.Response send(ApiClient client, String method, String path, String body) {
        return switch (method) {
            case "PATCH" -> client.patch(path, body);
            case "PUT" -> client.put(path, body);
            case "DELETE" -> client.delete(path);
            default -> client.get(path);
        };
    }

    @Test
    void owners_add_members_and_viewers_cannot_annotate() {
        long docId = newDocument();
        long project = alice.get("/api/documents/" + docId).json().get("projectId").asLong();
        String viewerName = TestUsers.unique("viewer");
        created(admin.post("/api/admin/users", "{\"username\":\"" + viewerName + "\",\"password\":\"" + TestUsers.PASSWORD + "\"}"));
        created(alice.post("/api/projects/" + project + "/members", "{\"username\":\"" + viewerName + "\",\"role\":\"viewer\"}"));
        ApiClient viewer = new ApiClient(port, viewerName, TestUsers.PASSWORD);
        assertThat(viewer.get("/api/documents/" + docId).status()).isEqualTo(200);
        ApiClient.Response r = viewer.post("/api/documents/" + docId + "/spans", "{\"label\":\"CLAIM\",\"start\":4,\"end\":10}");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(alice.post("/api/projects/" + project + "/members", "{\"username\":\"" + viewerName + "\",\"role\":\"KING\"}")
                .status()).isEqualTo(400);
    }

    @Test
    void the_gold_account_is_never_a_member_and_a_project_always_keeps_an_owner() {
        long project = created(alice.post("/api/projects", "{\"name\":\"" + TestUsers.unique("owners") + "\"}")).get("id").asLong();
        String members = "/api/projects/" + project + "/members";
        ApiClient.Response gold = alice.post(members, "{\"username\":\"gold\",\"role\":\"ANNOTATOR\"}");
        assertThat(gold.status()).isEqualTo(400);
        assertThat(gold.json().get("detail").asString()).contains("gold layer");

        ApiClient.Response demoted = alice.post(members, "{\"username\":\"" + aliceName + "\",\"role\":\"VIEWER\"}");
        assertThat(demoted.status()).isEqualTo(409);
        assertThat(demoted.json().get("detail").asString()).contains("needs an owner");
        assertThat(alice.get(members).json().toString()).contains("\"OWNER\"").doesNotContain("gold");

        ApiClient.Response second = alice.post(members, "{\"username\":\"" + malloryName + "\",\"role\":\"OWNER\"}");
        assertThat(second.status()).isEqualTo(201);
        assertThat(alice.post(members, "{\"username\":\"" + aliceName + "\",\"role\":\"VIEWER\"}").status())
                .as("with another owner, the first may step down").isEqualTo(201);
    }

    @Test
    void an_owner_changes_roles_and_removes_members_but_never_the_last_owner() {
        long project = created(alice.post("/api/projects", "{\"name\":\"" + TestUsers.unique("team") + "\"}")).get("id").asLong();
        String members = "/api/projects/" + project + "/members";
        created(alice.post(members, "{\"username\":\"" + malloryName + "\",\"role\":\"VIEWER\"}"));

        ApiClient.Response promoted = alice.patch(members + "/" + malloryName, "{\"role\":\"CURATOR\"}");
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.json().get("role").asString()).isEqualTo("CURATOR");
        assertThat(alice.patch(members + "/" + aliceName, "{\"role\":\"VIEWER\"}").status()).isEqualTo(409);
        assertThat(alice.delete(members + "/" + aliceName).status()).as("the last owner stays").isEqualTo(409);
        assertThat(alice.patch(members + "/gold", "{\"role\":\"VIEWER\"}").status()).isEqualTo(400);
        assertThat(alice.patch(members + "/nobody-" + System.nanoTime(), "{\"role\":\"VIEWER\"}").status()).isEqualTo(400);
        assertThat(alice.patch(members + "/" + malloryName, "{\"role\":\"KING\"}").status()).isEqualTo(400);

        assertThat(alice.delete(members + "/" + malloryName).status()).isEqualTo(204);
        assertThat(alice.get(members).json().toString()).doesNotContain(malloryName);
        assertThat(alice.patch(members + "/" + malloryName, "{\"role\":\"VIEWER\"}").status())
                .as("not a member any more").isEqualTo(404);
        assertThat(mallory.get(members).status()).as("a removed member no longer opens it").isEqualTo(404);
    }

    private long newDocument() {
        long project = created(alice.post("/api/projects", "{\"name\":\"" + TestUsers.unique("API") + "\"}")).get("id").asLong();
        return created(alice.post("/api/projects/" + project + "/documents", "{\"text\":\"" + TEXT + "\"}")).get("id").asLong();
    }

    private static JsonNode created(ApiClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }
}
