package org.claimdesk.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.claimdesk.annotation.LayerImport;
import org.claimdesk.annotation.LayerImport.ImportRelation;
import org.claimdesk.annotation.LayerImport.ImportSpan;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.NewDocument;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.security.UserService;
import org.claimdesk.support.ApiClient;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Exports of a project's gold layer over the REST API, from the real database. */
@ClaimDeskTest
class DatasetExportIT {
    static final String TALKS = "Krutskikh said: \u201cThe talks \uD83D\uDC69\u200D\uD83D\uDCBB are under way.\u201d\r\n"
            + "Moscow denied it. \u6771\u4eac officials told Reuters: \u201cIt can\u2019t.\u201d";

    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    DocumentService documents;
    @Autowired
    LayerImport annotations;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    String owner;
    String annotator;
    long project;
    ApiClient api;

    @BeforeEach
    void projectWithGold() {
        owner = testUsers.newUser("owner").username();
        annotator = testUsers.newUser("annotator").username();
        project = testUsers.newProject(owner, annotator, ProjectRole.ANNOTATOR);
        for (int i = 0; i < 6; i++) {
            addGoldDocument("talks-" + i, i == 0 ? TALKS : TALKS + " Copy " + i + ".");
        }
        api = new ApiClient(port, owner, TestUsers.PASSWORD);
    }

    /** A document (CRLF in its raw text) with three gold spans and two gold relations. */
    long addGoldDocument(String id, String text) {
        TestUsers.signIn(owner);
        DocumentContent d = documents.importDocument(project, new NewDocument("Talks " + id, text,
                "https://example.org/" + id, "Example Wire", null, id, null));
        String t = d.text();
        annotations.importLayer(d.id(), users.goldLayer().id(), List.of(
                new ImportSpan("a", "ATTRIBUTION", List.of(cp(t, "Krutskikh said")), null),
                new ImportSpan("c", "CLAIM", List.of(cp(t, "The talks \uD83D\uDC69\u200D\uD83D\uDCBB are under way.")), "checked"),
                new ImportSpan("d", "DENIAL", List.of(cp(t, "Moscow denied it")), null)),
                List.of(new ImportRelation("ATTRIBUTED_TO", "c", "a"), new ImportRelation("DENIES", "d", "c")));
        annotations.importLayer(d.id(), users.findByUsername(annotator).orElseThrow().id(), List.of(
                new ImportSpan("x", "CLAIM", List.of(cp(t, "It can\u2019t.")), null)), List.of());
        return d.id();
    }

    static Fragment cp(String text, String part) {
        int at = text.indexOf(part);
        int start = text.codePointCount(0, at);
        return new Fragment(start, start + part.codePointCount(0, part.length()));
    }

    @Test
    void exports_the_gold_layer_in_every_format_as_a_zip_with_a_dataset_card() throws IOException {
        JsonNode formats = api.get("/api/formats").json();
        int writable = 0;
        for (JsonNode f : formats) {
            if (!f.path("canWrite").asBoolean()) {
                continue;
            }
            writable++;
            String id = f.path("id").asString();
            ApiClient.BinaryResponse r = api.download("/api/projects/" + project + "/export?format=" + id);
            assertThat(r.status()).as(id + ": " + new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
            assertThat(r.contentType()).isEqualTo("application/zip");
            assertThat(r.disposition()).contains("-gold-" + id + ".zip");
            Map<String, String> files = unzip(r.body());
            assertThat(files.keySet()).as(id).contains("README.md");
            assertThat(files.get("README.md")).startsWith("---\n").contains("layer `gold`").contains("| train |");
            assertThat(files.size()).as(id + " has data files").isGreaterThan(1);
            assertThat(files.get("README.md").contains("Recogito's text annotator")).as(id + ": the UTF-16 warning")
                    .isEqualTo(id.equals("w3c"));
        }
        assertThat(writable).isEqualTo(11);
    }

    @Test
    void the_jsonl_spans_are_exact_in_code_points_after_crlf_normalization() throws IOException {
        Map<String, String> files = unzip(api.download("/api/projects/" + project + "/export?format=jsonl&split=none").body());
        JsonNode first = JsonMapper.builder().build().readTree(files.get("all.jsonl").lines().findFirst().orElseThrow());
        String text = first.path("text").asString();
        assertThat(text).doesNotContain("\r");
        for (JsonNode s : first.path("spans")) {
            int[] cps = text.codePoints().toArray();
            String covered = new String(cps, s.path("start").asInt(), s.path("end").asInt() - s.path("start").asInt());
            assertThat(covered).isEqualTo(s.path("text").asString());
        }
        assertThat(first.path("spans")).hasSize(3);
        assertThat(first.path("relations")).hasSize(2);
        assertThat(first.path("layer").asString()).isEqualTo("gold");
    }

    @Test
    void the_split_is_the_same_every_time_and_a_new_document_moves_no_old_one() throws IOException {
        String path = "/api/projects/" + project + "/export?format=jsonl";
        byte[] once = api.download(path).body();
        byte[] twice = api.download(path).body();
        assertThat(unzip(twice)).isEqualTo(unzip(once));
        Map<String, String> before = splitOfEach(unzip(once));
        addGoldDocument("talks-new", TALKS + " A new one.");
        Map<String, String> after = splitOfEach(unzip(api.download(path).body()));
        assertThat(after).hasSize(before.size() + 1).containsAllEntriesOf(before);

        for (String key : List.of("talks-0", "a", "\u6771\u4eac-\uD83D\uDC69")) {
            double sql = jdbc.sql("select claimdesk_split_fraction('claimdesk', ?)").param(key).query(Double.class).single();
            assertThat(sql).as(key).isEqualTo(SplitPlan.fraction("claimdesk", key));
        }
    }

    @Test
    void filters_by_label_and_exports_one_annotators_layer() throws IOException {
        Map<String, String> claims = unzip(api.download("/api/projects/" + project
                + "/export?format=csv&labels=CLAIM&split=none").body());
        assertThat(claims.get("all.csv").lines().skip(1)).allSatisfy(l -> assertThat(l).contains(",T1,"));
        Map<String, String> theirs = unzip(api.download("/api/projects/" + project
                + "/export?format=jsonl&split=none&layer=" + annotator).body());
        assertThat(theirs.get("all.jsonl")).contains("\"layer\":\"" + annotator + "\"").doesNotContain("\"layer\":\"gold\"")
                .contains("It can\u2019t.");
    }

    @Test
    void refuses_bad_requests_before_writing_anything() {
        ApiClient.BinaryResponse unknown = api.download("/api/projects/" + project + "/export?format=pdf");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(new String(unknown.body(), StandardCharsets.UTF_8)).contains("Unknown export format 'pdf'").contains("jsonl");
        assertThat(api.download("/api/projects/" + project + "/export?format=jsonl&split=0.5,0.6,0.1").status()).isEqualTo(400);
        assertThat(api.download("/api/projects/" + project + "/export?format=jsonl&layer=nobody").status()).isEqualTo(400);
        ApiClient asAnnotator = new ApiClient(port, annotator, TestUsers.PASSWORD);
        assertThat(asAnnotator.download("/api/projects/" + project + "/export?format=jsonl").status()).isEqualTo(403);
        assertThat(asAnnotator.download("/api/projects/" + project + "/export?format=jsonl&layer=" + annotator).status())
                .isEqualTo(200);
        String outsider = testUsers.newUser("outsider").username();
        assertThat(new ApiClient(port, outsider, TestUsers.PASSWORD)
                .download("/api/projects/" + project + "/export?format=jsonl").status()).isEqualTo(404);
    }

    static Map<String, String> splitOfEach(Map<String, String> files) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonMapper json = JsonMapper.builder().build();
        files.forEach((name, content) -> {
            if (name.endsWith(".jsonl")) {
                content.lines().forEach(l -> out.put(json.readTree(l).path("id").asString(), name));
            }
        });
        return out;
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
