package org.claimdesk.security;

import org.claimdesk.support.Team;
import org.claimdesk.document.AnnotationState;
import org.claimdesk.review.ReviewService;
import org.claimdesk.annotation.LayerProgress;
import org.claimdesk.project.ProjectService;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.claimdesk.annotation.OwnLayerEditing;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SpanOrigin;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.NewDocument;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.support.ApiClient;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every REST endpoint, called as the project's OWNER, CURATOR, ANNOTATOR and VIEWER and as a user
 * who is not a member, against the status each must get. A non-member learns nothing (404); a
 * member whose role is too weak gets 403; an item of someone else's layer is not found.
 */
@ClaimDeskTest
class AuthorizationMatrixIT {
    static final List<String> ROLES = List.of("owner", "curator", "annotator", "viewer", "outsider");
    static final String TEXT = "Officials said the talks go on. Moscow denied it.";

    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    DocumentService documents;
    @Autowired
    OwnLayerEditing annotations;

    final Map<String, String> users = new LinkedHashMap<>();
    long project;
    long document;
    long quiet;

    /** One call: what to send as a given user, and the statuses expected for the five users in order. */
    record Row(String what, Function<String, ApiClient.Response> call, int... expected) {
    }

    @Test
    void every_endpoint_answers_each_role_as_it_must() {
        for (String role : ROLES) {
            users.put(role, testUsers.newUser(role).username());
        }
        project = testUsers.newProject(users.get("owner"), users.get("curator"), ProjectRole.CURATOR,
                users.get("annotator"), ProjectRole.ANNOTATOR, users.get("viewer"), ProjectRole.VIEWER);
        TestUsers.signIn(users.get("owner"));
        document = documents.importDocument(project, NewDocument.of("Matrix", TEXT, null)).id();
        quiet = documents.importDocument(project, NewDocument.of("Quiet", TEXT + " Nothing else.", null)).id();
        String extra = testUsers.newUser("extra").username();
        String p = "/api/projects/" + project;
        String d = "/api/documents/" + document;

        List<Row> rows = List.of(
                new Row("list projects", u -> api(u).get("/api/projects"), 200, 200, 200, 200, 200),
                new Row("members", u -> api(u).get(p + "/members"), 200, 200, 200, 200, 404),
                new Row("add a member", u -> api(u).post(p + "/members",
                        "{\"username\":\"" + extra + "\",\"role\":\"VIEWER\"}"), 201, 403, 403, 403, 404),
                new Row("change a member's role", u -> api(u).patch(p + "/members/" + extra, "{\"role\":\"ANNOTATOR\"}"),
                        200, 403, 403, 403, 404),
                new Row("remove a member", u -> api(u).delete(p + "/members/" + extra), 204, 403, 403, 403, 404),
                new Row("rating scale", u -> api(u).get(p + "/rating-scale"), 200, 200, 200, 200, 404),
                new Row("set rating scale", u -> api(u).put(p + "/rating-scale", "[\"true\",\"mostly true\",\"mixed\","
                        + "\"mostly false\",\"false\",\"unverifiable\"]"), 200, 403, 403, 403, 404),
                new Row("schema", u -> api(u).get(p + "/schema"), 200, 200, 200, 200, 404),
                new Row("replace the schema", u -> api(u).put(p + "/schema",
                        api(users.get("owner")).get(p + "/schema").body()), 200, 403, 403, 403, 404),
                new Row("import a document", u -> api(u).post(p + "/documents",
                        "{\"text\":\"A new text by " + u + " " + System.nanoTime() + ".\"}"), 201, 201, 403, 403, 404),
                new Row("list documents", u -> api(u).get(p + "/documents"), 200, 200, 200, 200, 404),
                new Row("a document", u -> api(u).get(d), 200, 200, 200, 200, 404),
                new Row("own layer", u -> api(u).get(d + "/annotations"), 200, 200, 200, 200, 404),
                new Row("suggestions", u -> api(u).get(d + "/suggestions"), 200, 200, 200, 200, 404),
                new Row("reject a suggestion", u -> api(u).post("/api/suggestions/" + firstSuggestion(d) + "/reject", ""),
                        204, 204, 204, 403, 404),
                new Row("suggestion status", u -> api(u).get(p + "/suggestions/status"), 200, 200, 200, 403, 404),
                new Row("train suggestions", u -> api(u).post(p + "/suggestions/train", ""), 202, 202, 403, 403, 404),
                new Row("suggestion mode", u -> api(u).put(p + "/suggestions/mode", "{\"mode\":\"auto\"}"),
                        200, 403, 403, 403, 404),
                new Row("import predictions", u -> api(u).upload(p + "/suggestions/import?model=matrix", "p.jsonl",
                        ("{\"text\":\"" + TEXT + "\",\"spans\":[{\"label\":\"CLAIM\",\"start\":15,\"end\":30}]}\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), 200, 200, 403, 403, 404),
                new Row("tag a span", u -> api(u).post(d + "/spans", "{\"label\":\"CLAIM\",\"start\":15,\"end\":30}"),
                        201, 201, 201, 403, 404),
                new Row("relabel the annotator's span", u -> api(u).patch("/api/spans/" + annotatorSpan().id(),
                        "{\"label\":\"DENIAL\"}"), 404, 404, 200, 403, 404),
                new Row("delete the annotator's span", u -> api(u).delete("/api/spans/" + annotatorSpan().id()),
                        404, 404, 204, 403, 404),
                new Row("link the annotator's spans", u -> {
                    SpanDto claim = annotatorSpan();
                    SpanDto source = annotatorSpan("ATTRIBUTION", 0, 14);
                    return api(u).post(d + "/relations", "{\"from\":" + claim.id() + ",\"to\":" + source.id() + "}");
                }, 400, 400, 201, 403, 404),
                new Row("delete the annotator's relation", u -> api(u).delete("/api/relations/" + annotatorRelation()),
                        404, 404, 204, 403, 404),
                new Row("undo with nothing to undo", u -> api(u).post("/api/documents/" + quiet + "/undo", ""),
                        400, 400, 400, 403, 404),
                new Row("redo with nothing to redo", u -> api(u).post("/api/documents/" + quiet + "/redo", ""),
                        400, 400, 400, 403, 404),
                new Row("document as JSONL", u -> api(u).get(d + "/export.jsonl"), 200, 200, 200, 200, 404),
                new Row("verdicts on a claim", u -> api(u).get("/api/spans/" + annotatorSpan().id() + "/reviews"),
                        200, 200, 200, 200, 404),
                new Row("give a verdict", u -> api(u).put("/api/spans/" + annotatorSpan().id() + "/review",
                        "{\"verdict\":\"false\",\"evidence\":[]}"), 200, 200, 200, 403, 404),
                new Row("agreement", u -> api(u).get(p + "/agreement"), 200, 200, 403, 403, 404),
                new Row("agreement as CSV", u -> api(u).get(p + "/agreement.csv"), 200, 200, 403, 403, 404),
                new Row("formats", u -> api(u).get("/api/formats"), 200, 200, 200, 200, 200),
                new Row("export the gold layer", u -> download(u, p + "/export?format=jsonl"), 200, 200, 403, 403, 404),
                new Row("import a file", u -> api(u).upload(p + "/import", "x.txt",
                        ("Imported by " + u + " " + System.nanoTime()).getBytes(StandardCharsets.UTF_8)),
                        200, 200, 403, 403, 404),
                new Row("add a user", u -> api(u).post("/api/admin/users",
                        "{\"username\":\"never-" + u + "\",\"password\":\"12345678\"}"), 403, 403, 403, 403, 403),
                new Row("own API tokens", u -> api(u).get("/api/tokens"), 200, 200, 200, 200, 200));

        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            for (int i = 0; i < ROLES.size(); i++) {
                ApiClient.Response r = row.call().apply(users.get(ROLES.get(i)));
                if (r.status() != row.expected()[i]) {
                    wrong.add(row.what() + " as " + ROLES.get(i) + ": " + r.status() + " instead of " + row.expected()[i]
                            + " " + r.body());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Autowired
    ProjectService projects;
    @Autowired
    LayerProgress progress;
    @Autowired
    ReviewService reviews;

    /**
     * A blind project where the first annotator has rated a claim and marked the document finished:
     * the second annotator sees nothing of the first's work, the first cannot write any more, and
     * curators still can (an import into the finished layer runs).
     */
    @Test
    void in_a_blind_project_no_annotator_reaches_anothers_work_and_a_finished_layer_refuses_its_annotator() {
        Team team = testUsers.team().owner("owner").curators("curator").annotators("a1", "a2").viewers("viewer")
                .create();
        projects.setBlind(team.project(), true);
        long doc = documents.importDocument(team.project(), NewDocument.of("Blind", TEXT, null)).id();
        team.signInAs("a1");
        SpanDto claim = annotations.createSpan(doc, "CLAIM", List.of(new Fragment(15, 30)), SpanOrigin.MANUAL);
        reviews.review(claim.id(), "false", List.of(), null);
        progress.setMyState(doc, AnnotationState.FINISHED);
        TestUsers.signOut();
        List<String> people = List.of("owner", "curator", "a1", "a2", "viewer");
        String p = "/api/projects/" + team.project();
        String d = "/api/documents/" + doc;
        List<Row> rows = List.of(
                new Row("verdicts on a1's claim", u -> api(u).get("/api/spans/" + claim.id() + "/reviews"),
                        200, 200, 200, 404, 404),
                new Row("give a verdict on a1's claim", u -> api(u).put("/api/spans/" + claim.id() + "/review",
                        "{\"verdict\":\"true\",\"evidence\":[]}"), 200, 200, 200, 404, 404),
                new Row("relabel a1's span", u -> api(u).patch("/api/spans/" + claim.id(), "{\"note\":\"x\"}"),
                        404, 404, 409, 404, 403),
                new Row("tag a span", u -> api(u).post(d + "/spans", "{\"label\":\"CLAIM\",\"start\":0,\"end\":9}"),
                        201, 201, 409, 201, 403),
                new Row("tag spans in bulk", u -> api(u).post(d + "/spans", "[{\"label\":\"CLAIM\",\"start\":0,\"end\":9}]"),
                        201, 201, 409, 201, 403),
                new Row("undo", u -> api(u).post(d + "/undo", ""), 200, 200, 409, 200, 403),
                new Row("export a1's layer", u -> download(u, p + "/export?format=jsonl&layer=" + team.name("a1")),
                        200, 200, 200, 403, 403),
                new Row("import into a1's finished layer", u -> api(u).upload(p + "/import?format=txt&annotator="
                        + team.name("a1"), "x.txt", ("Curated " + u + " " + System.nanoTime()).getBytes(StandardCharsets.UTF_8)),
                        200, 200, 403, 403, 403));
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            for (int i = 0; i < people.size(); i++) {
                ApiClient.Response r = row.call().apply(team.name(people.get(i)));
                if (r.status() != row.expected()[i]) {
                    wrong.add(row.what() + " as " + people.get(i) + ": " + r.status() + " instead of " + row.expected()[i]
                            + " " + r.body());
                }
            }
        }
        assertThat(wrong).isEmpty();
        String line = "{\"text\":" + "\"" + TEXT + "\",\"spans\":[{\"label\":\"DENIAL\",\"start\":32,\"end\":49}]}\n";
        ApiClient.Response report = api(team.name("curator")).upload(p + "/import?annotator=" + team.name("a1"), "a1.jsonl",
                line.getBytes(StandardCharsets.UTF_8));
        assertThat(report.json().path("spans").asInt()).as(report.body()).isEqualTo(1);
        assertThat(report.json().path("notes")).as("the report names the finished layer's document")
                .singleElement().satisfies(n -> assertThat(n.path("reason").asString()).contains("marked finished"));
    }

    /** The first suggestion of the document as its owner sees them. */
    private long firstSuggestion(String documentPath) {
        return api(users.get("owner")).get(documentPath + "/suggestions").json().get("spans").get(0).get("id").asLong();
    }

    private ApiClient api(String username) {
        return new ApiClient(port, username, TestUsers.PASSWORD);
    }

    private ApiClient.Response download(String username, String path) {
        ApiClient.BinaryResponse r = api(username).download(path);
        return new ApiClient.Response(r.status(), r.contentType(), r.contentType().contains("json")
                ? new String(r.body(), StandardCharsets.UTF_8) : "", null);
    }

    private SpanDto annotatorSpan() {
        return annotatorSpan("CLAIM", 15, 30);
    }

    private SpanDto annotatorSpan(String label, int start, int end) {
        TestUsers.signIn(users.get("annotator"));
        try {
            return annotations.createSpan(document, label, List.of(new Fragment(start, end)), SpanOrigin.MANUAL);
        } finally {
            TestUsers.signOut();
        }
    }

    private long annotatorRelation() {
        SpanDto claim = annotatorSpan();
        SpanDto source = annotatorSpan("ATTRIBUTION", 0, 14);
        TestUsers.signIn(users.get("annotator"));
        try {
            return annotations.createRelation(document, null, claim.id(), source.id()).id();
        } finally {
            TestUsers.signOut();
        }
    }
}
