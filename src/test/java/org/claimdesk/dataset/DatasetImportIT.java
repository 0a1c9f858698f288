package org.claimdesk.dataset;

import java.util.Arrays;
import java.util.TreeMap;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import java.util.ArrayList;
import org.claimdesk.annotation.LayerReader;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.document.DocumentService;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.support.ApiClient;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Imports of corpora and of annotations made in other tools, and round trips through export. */
@ClaimDeskTest
class DatasetImportIT {
    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    DocumentService documents;
    @Autowired
    LayerReader layers;
    @Autowired
    ProjectService projects;
    @Autowired
    ExportCommand exportCommand;

    String owner;
    long project;
    ApiClient api;

    @BeforeEach
    void emptyProject() {
        owner = testUsers.newUser("owner").username();
        project = testUsers.newProject(owner);
        api = new ApiClient(port, owner, TestUsers.PASSWORD);
    }

    @Test
    void imports_a_zip_of_text_html_and_jsonl_documents_and_matches_them_when_imported_again() throws IOException {
        byte[] zip = zip(Map.of(
                "corpus/a.txt", "First article.\r\nSecond line.",
                "corpus/b.html", "<html><head><title>Page title</title><link rel=canonical href='https://example.org/b'>"
                        + "<script>alert(1)</script></head><body><nav>Home | News</nav><article><h1>Head</h1>"
                        + "<p>One <b>bold</b> claim.</p><ul><li><p>Item</p></li></ul></article><footer>(c)</footer></body></html>",
                "corpus/c.jsonl", "{\"id\":\"c-1\",\"text\":\"Third.\",\"title\":\"C\",\"meta\":{\"lang\":\"en\"}}\n"
                        + "{\"text\":\"Fourth.\"}\n"));
        JsonNode report = api.upload("/api/projects/" + project + "/import", "corpus.zip", zip).json();
        assertThat(report.path("documentsCreated").asInt()).isEqualTo(4);
        assertThat(report.path("problems")).isEmpty();
        TestUsers.signIn(owner);
        List<String> texts = documents.list(project, 0, 10).stream()
                .map(d -> documents.get(d.id()).text()).toList();
        assertThat(texts).contains("First article.\nSecond line.", "Head\n\nOne bold claim.\n\nItem", "Third.", "Fourth.");
        DocumentContent html = documents.list(project, 0, 10).stream().map(d -> documents.get(d.id()))
                .filter(d -> d.text().startsWith("Head")).findFirst().orElseThrow();
        assertThat(html.title()).isEqualTo("Page title");
        assertThat(html.sourceUrl()).isEqualTo("https://example.org/b");

        JsonNode again = api.upload("/api/projects/" + project + "/import", "corpus.zip", zip).json();
        assertThat(again.path("documentsCreated").asInt()).isZero();
        assertThat(again.path("documentsMatched").asInt()).isEqualTo(4);
    }

    @Test
    void brat_offsets_in_a_crlf_text_land_on_the_same_words_after_normalization() throws IOException {
        String text = "Line one.\r\nKrutskikh said \uD83D\uDC69\u200D\uD83D\uDCBB talks are on.";
        int said = text.codePointCount(0, text.indexOf("Krutskikh"));
        int talks = text.codePointCount(0, text.indexOf("talks"));
        byte[] zip = zip(Map.of("doc.txt", text, "doc.ann",
                "T1\tATTRIBUTION " + said + " " + (said + 14) + "\tKrutskikh said\n"
                        + "T2\tCLAIM " + talks + " " + (talks + 13) + "\ttalks are on.\n"
                        + "R1\tATTRIBUTED_TO Arg1:T2 Arg2:T1\n#1\tAnnotatorNotes T2\tfrom the wire\n"));
        JsonNode report = api.upload("/api/projects/" + project + "/import?annotator=gold", "brat.zip", zip).json();
        assertThat(report.path("problems")).isEmpty();
        assertThat(report.path("spans").asInt()).isEqualTo(2);
        assertThat(report.path("relations").asInt()).isEqualTo(1);
        TestUsers.signIn(owner);
        long doc = documents.list(project, 0, 1).getFirst().id();
        assertThat(layers.allLayers(doc)).extracting(SpanDto::text).containsExactly("Krutskikh said", "talks are on.");
        assertThat(layers.allLayers(doc)).extracting(SpanDto::annotator).containsOnly("gold");
        assertThat(layers.allLayers(doc).getLast().note()).isEqualTo("from the wire");
    }

    @Test
    void doccano_utf16_offsets_around_an_emoji_are_converted() {
        String text = "\uD83D\uDE00 Moscow denied it.";
        int start = text.indexOf("Moscow");
        String line = "{\"text\":\"" + text + "\",\"label\":[[" + start + "," + (start + 16) + ",\"DENIAL\"]]}\n";
        JsonNode report = api.upload("/api/projects/" + project + "/import?format=doccano", "d.jsonl",
                line.getBytes(StandardCharsets.UTF_8)).json();
        assertThat(report.path("problems")).isEmpty();
        TestUsers.signIn(owner);
        long doc = documents.list(project, 0, 1).getFirst().id();
        assertThat(layers.layer(doc).spans()).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("Moscow denied it");
            assertThat(s.start()).isEqualTo(2);
        });
    }

    @Test
    void a_label_studio_task_with_several_annotations_fills_each_members_layer_and_predictions_become_suggestions() {
        String member = testUsers.newUser("ann").username();
        TestUsers.signIn(owner);
        projects.setMember(project, member, ProjectRole.ANNOTATOR);
        String tasks = """
                [{"data":{"text":"Officials said the talks failed."},
                  "annotations":[
                    {"completed_by":"%s","result":[{"id":"a","type":"labels","value":{"start":19,"end":31,"labels":["CLAIM"]}}]},
                    {"completed_by":{"email":"stranger@example.org"},"result":[{"id":"b","type":"labels","value":{"start":0,"end":14,"labels":["ATTRIBUTION"]}}]}],
                  "predictions":[{"model_version":"m1","result":[{"id":"p","type":"labels","value":{"start":0,"end":9,"labels":["DENIAL"]}}]}]},
                 {"data":{"text":"Nobody annotated this one."},
                  "predictions":[{"result":[{"id":"q","type":"labels","value":{"start":0,"end":6,"labels":["CLAIM"]}}]}]}]
                """.formatted(member);
        JsonNode report = api.upload("/api/projects/" + project + "/import?format=labelstudio", "tasks.json",
                tasks.getBytes(StandardCharsets.UTF_8)).json();
        assertThat(report.path("problems")).as(report.toString()).isEmpty();
        assertThat(report.path("documentsCreated").asInt()).isEqualTo(2);
        List<String> notes = new ArrayList<>();
        report.path("notes").forEach(n -> notes.add(n.path("reason").asString()));
        assertThat(notes).anyMatch(n -> n.contains(member) && n.contains("went into their layer"))
                .anyMatch(n -> n.contains("'stranger'") && n.contains("not a member"));
        assertThat(report.path("suggestions").asInt()).isEqualTo(2);

        long doc = documents.list(project, 0, 10).stream().filter(d -> d.title().startsWith("Officials"))
                .findFirst().orElseThrow().id();
        TestUsers.signIn(member);
        assertThat(layers.layer(doc).spans()).extracting(SpanDto::label).containsExactly("CLAIM");
        TestUsers.signIn(owner);
        assertThat(layers.layer(doc).spans()).extracting(SpanDto::label).containsExactly("ATTRIBUTION");
        assertThat(layers.otherLayers(doc)).extracting(SpanDto::label).doesNotContain("DENIAL");
        // the model's prediction is a suggestion of engine external:m1, for members who annotate
        JsonNode suggested = new ApiClient(port, member, TestUsers.PASSWORD).get("/api/documents/" + doc + "/suggestions").json();
        assertThat(suggested.get("models").findValuesAsString("engine")).contains("external:m1");
        assertThat(suggested.get("spans")).anySatisfy(x -> {
            assertThat(x.get("label").asString()).isEqualTo("DENIAL");
            assertThat(x.get("text").asString()).isEqualTo("Officials");
        });
    }

    @Test
    void predictions_imported_for_a_model_are_suggestions_with_their_scores_and_unknown_labels_are_named() {
        String text = "Ana Lopez said prices rose.";
        api.upload("/api/projects/" + project + "/import", "doc.jsonl",
                ("{\"id\":\"p1\",\"text\":\"" + text + "\"}\n").getBytes(StandardCharsets.UTF_8));
        String predictions = "{\"text\":\"" + text + "\",\"spans\":[{\"id\":\"c\",\"label\":\"CLAIM\",\"start\":15,"
                + "\"end\":26,\"score\":0.42},{\"id\":\"a\",\"label\":\"ATTRIBUTION\",\"start\":0,\"end\":14},"
                + "{\"id\":\"p\",\"label\":\"PERSON\",\"start\":0,\"end\":9}],"
                + "\"relations\":[{\"type\":\"ATTRIBUTED_TO\",\"from\":\"c\",\"to\":\"a\"}]}\n";
        ApiClient.Response r = api.upload("/api/projects/" + project + "/suggestions/import?model=ner-v2", "p.jsonl",
                predictions.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("suggestions").asInt()).isEqualTo(2);
        assertThat(r.json().path("documentsMatched").asInt()).isEqualTo(1);
        assertThat(r.json().path("notes").toString()).contains("PERSON").contains("ner-v2");
        long doc = documents.list(project, 0, 10).stream().filter(d -> d.title().startsWith("Ana")).findFirst()
                .orElseThrow().id();
        TestUsers.signIn(owner);
        assertThat(layers.layer(doc).spans()).as("predictions are never annotations").isEmpty();
        JsonNode suggested = api.get("/api/documents/" + doc + "/suggestions").json();
        assertThat(suggested.get("spans")).anySatisfy(x -> {
            assertThat(x.get("text").asString()).isEqualTo("prices rose");
            assertThat(x.get("score").asDouble()).isEqualTo(0.42);
        });
        assertThat(suggested.get("relations")).anySatisfy(x -> assertThat(x.get("type").asString()).isEqualTo("ATTRIBUTED_TO"));
        assertThat(api.upload("/api/projects/" + project + "/suggestions/import?model=no%20spaces", "p.jsonl",
                predictions.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(400);
    }

    @Test
    void unknown_labels_are_reported_by_file_and_line_until_mapped_or_added() {
        String lines = "{\"text\":\"Alpha said so.\",\"spans\":[{\"label\":\"PERSON\",\"start\":0,\"end\":5}]}\n"
                + "{not json\n";
        ApiClient.Response first = api.upload("/api/projects/" + project + "/import", "x.jsonl",
                lines.getBytes(StandardCharsets.UTF_8));
        assertThat(first.status()).as(first.body()).isEqualTo(422);
        JsonNode problems = first.json().path("problems");
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).path("line").asInt()).isEqualTo(2);
        assertThat(problems.get(0).path("reason").asString()).contains("not valid JSON");
        // an unknown name is one problem, at the first line that uses it, saying how to go on
        assertThat(problems.get(1).path("file").asString()).isEqualTo("x.jsonl");
        assertThat(problems.get(1).path("line").asInt()).isEqualTo(1);
        assertThat(problems.get(1).path("reason").asString()).contains("no label 'PERSON'", "1 document that uses it",
                "map=PERSON=", "addLabels=true");
        TestUsers.signIn(owner);
        assertThat(documents.count(project)).as("the document with the bad label was not half-imported").isZero();

        JsonNode mapped = api.upload("/api/projects/" + project + "/import?map=PERSON=ATTRIBUTION", "x.jsonl",
                lines.getBytes(StandardCharsets.UTF_8)).json();
        assertThat(mapped.path("documentsCreated").asInt()).isEqualTo(1);
        assertThat(mapped.path("spans").asInt()).isEqualTo(1);

        JsonNode added = api.upload("/api/projects/" + project + "/import?addLabels=true", "y.jsonl",
                "{\"text\":\"Beta said so.\",\"spans\":[{\"label\":\"PERSON\",\"start\":0,\"end\":4}]}\n"
                        .getBytes(StandardCharsets.UTF_8)).json();
        assertThat(added.path("labelsAdded").get(0).asString()).isEqualTo("PERSON");
        assertThat(projects.schema(project).span("PERSON")).isPresent();
    }

    @Test
    void a_task_of_the_wrong_shape_is_that_tasks_problem_in_plain_words_and_the_next_is_imported() {
        String tasks = """
                [{"data":{"text":"Bad task."},"annotations":[{"result":[{"type":"labels","id":"a",
                   "value":{"start":0,"end":3,"labels":[{}]}}]}]},
                 {"data":{"text":"ok"}}]""";
        ApiClient.Response r = api.upload("/api/projects/" + project + "/import?format=labelstudio", "ls.json",
                tasks.getBytes(StandardCharsets.UTF_8));
        assertThat(r.json().path("documentsCreated").asInt()).as(r.body()).isEqualTo(1);
        assertThat(r.json().path("problems")).singleElement().satisfies(p -> assertThat(p.path("reason").asString())
                .startsWith("task 1: ").contains("must be a string").doesNotContain("Node").doesNotContain("java."));
    }

    @Test
    void a_file_with_nothing_readable_is_a_422_that_says_why() {
        ApiClient.Response numbers = api.upload("/api/projects/" + project + "/import?format=labelstudio", "ls.json",
                "[1,2,3]".getBytes(StandardCharsets.UTF_8));
        assertThat(numbers.status()).isEqualTo(422);
        assertThat(numbers.json().path("problems").get(0).path("reason").asString()).contains("task 1 is not a task object");
        ApiClient.Response wrongFile = api.upload("/api/projects/" + project + "/import?format=doccano", "notes.txt",
                "Just text.".getBytes(StandardCharsets.UTF_8));
        assertThat(wrongFile.status()).isEqualTo(422);
        assertThat(wrongFile.json().path("problems").get(0).path("reason").asString()).contains("nothing in it could be read");
    }

    @Test
    void a_relation_to_a_span_that_is_not_there_and_a_label_that_is_null_are_reported_not_dropped() throws IOException {
        byte[] zip = zip(Map.of("doc.txt", "Officials said talks failed.", "doc.ann",
                "T1\tATTRIBUTION 0 14\tOfficials said\nR1\tATTRIBUTED_TO Arg1:T1 Arg2:T9\n"));
        JsonNode brat = api.upload("/api/projects/" + project + "/import", "brat.zip", zip).json();
        assertThat(brat.path("spans").asInt()).isEqualTo(1);
        assertThat(brat.path("problems")).singleElement().satisfies(p -> {
            assertThat(p.path("file").asString()).isEqualTo("doc.ann");
            assertThat(p.path("reason").asString()).contains("'T9'").contains("not in the file");
        });
        String doccano = "{\"text\":\"Moscow denied it.\",\"entities\":[{\"id\":1,\"label\":\"DENIAL\",\"start_offset\":0,"
                + "\"end_offset\":6}],\"relations\":[{\"id\":1,\"from_id\":null,\"to_id\":1,\"type\":\"DENIES\"}]}\n"
                + "{\"text\":\"Kyiv agreed.\",\"entities\":[{\"id\":1,\"label\":null,\"start_offset\":0,\"end_offset\":4}]}\n";
        JsonNode d = api.upload("/api/projects/" + project + "/import?format=doccano", "d.jsonl",
                doccano.getBytes(StandardCharsets.UTF_8)).json();
        assertThat(d.path("problems")).hasSize(2);
        assertThat(d.path("problems").get(0).path("line").asInt()).isEqualTo(1);
        assertThat(d.path("problems").get(0).path("reason").asString()).contains("from_id");
        assertThat(d.path("problems").get(1).path("line").asInt()).isEqualTo(2);
        assertThat(d.path("problems").get(1).path("reason").asString()).contains("label");
    }

    @Test
    void the_report_says_what_is_true_afterwards_and_blames_the_line_that_is_not_utf8() {
        // the label would be added, but the document fails on its second span and is rolled back
        String rolledBack = "{\"text\":\"Gamma said so.\",\"spans\":[{\"label\":\"NEWLABX\",\"start\":0,\"end\":5},"
                + "{\"label\":\"CLAIM\",\"start\":3,\"end\":3}]}\n";
        JsonNode added = api.upload("/api/projects/" + project + "/import?addLabels=true", "z.jsonl",
                rolledBack.getBytes(StandardCharsets.UTF_8)).json();
        assertThat(added.path("documentsCreated").asInt()).isZero();
        assertThat(added.path("labelsAdded")).isEmpty();
        TestUsers.signIn(owner);
        assertThat(projects.schema(project).span("NEWLABX")).isEmpty();

        byte[] line1 = "{\"text\":\"Delta said so.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] line2 = "{\"text\":\"Caf\u00e9.\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] both = new byte[line1.length + line2.length];
        System.arraycopy(line1, 0, both, 0, line1.length);
        System.arraycopy(line2, 0, both, line1.length, line2.length);
        JsonNode mixed = api.upload("/api/projects/" + project + "/import", "mixed.jsonl", both).json();
        assertThat(mixed.path("documentsCreated").asInt()).isEqualTo(1);
        assertThat(mixed.path("problems")).singleElement().satisfies(p -> {
            assertThat(p.path("line").asInt()).isEqualTo(2);
            assertThat(p.path("reason").asString()).contains("line 2 is not UTF-8");
        });
    }

    @Test
    void refuses_text_that_is_not_utf8_and_a_zip_bomb() throws IOException {
        byte[] latin1 = "Caf\u00e9 au lait.".getBytes(StandardCharsets.ISO_8859_1);
        JsonNode report = api.upload("/api/projects/" + project + "/import", "latin1.txt", latin1).json();
        assertThat(report.path("problems").get(0).path("reason").asString()).contains("is not UTF-8");

        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bomb)) {
            z.putNextEntry(new ZipEntry("big.txt"));
            byte[] zeros = new byte[1 << 20];
            Arrays.fill(zeros, (byte) 'a');
            for (int i = 0; i < 50; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        ApiClient.Response refused = api.upload("/api/projects/" + project + "/import", "bomb.zip", bomb.toByteArray());
        assertThat(refused.body()).contains("zip bomb");
        TestUsers.signIn(owner);
        assertThat(documents.count(project)).isZero();
    }

    @Test
    void jsonl_brat_and_label_studio_exports_come_back_identical_after_an_import_into_a_new_project() throws IOException {
        byte[] seed = zip(Map.of("seed.jsonl", String.join("\n",
                "{\"id\":\"doc-1\",\"title\":\"One\",\"text\":\"Krutskikh said the talks \uD83D\uDC69\u200D\uD83D\uDCBB are on.\\nMoscow denied it.\","
                        + "\"spans\":[{\"id\":\"a\",\"label\":\"ATTRIBUTION\",\"start\":0,\"end\":14},"
                        + "{\"id\":\"c\",\"label\":\"CLAIM\",\"start\":15,\"end\":33,\"note\":\"q\"},"
                        + "{\"id\":\"d\",\"label\":\"DENIAL\",\"start\":34,\"end\":50}],"
                        + "\"relations\":[{\"type\":\"ATTRIBUTED_TO\",\"from\":\"c\",\"to\":\"a\"},{\"type\":\"DENIES\",\"from\":\"d\",\"to\":\"c\"}]}",
                "{\"id\":\"doc-2\",\"title\":\"Two\",\"text\":\"\u6771\u4eac officials told Reuters it can\u2019t.\","
                        + "\"spans\":[{\"id\":\"x\",\"label\":\"CLAIM\",\"fragments\":[[0,2],[26,35]]}]}")));
        JsonNode seeded = api.upload("/api/projects/" + project + "/import?annotator=gold", "seed.zip", seed).json();
        assertThat(seeded.path("problems")).isEmpty();
        assertThat(seeded.path("spans").asInt()).isEqualTo(4);

        for (String format : List.of("jsonl", "brat", "labelstudio")) {
            byte[] first = api.download("/api/projects/" + project + "/export?format=" + format).body();
            TestUsers.signIn(owner);
            long copy = projects.create(TestUsers.unique("copy-" + format)).id();
            JsonNode report = api.upload("/api/projects/" + copy + "/import?annotator=gold&format=" + format,
                    "export.zip", first).json();
            assertThat(report.path("problems")).as(format).isEmpty();
            byte[] second = api.download("/api/projects/" + copy + "/export?format=" + format).body();
            Map<String, String> a = DatasetExportIT.unzip(first);
            Map<String, String> b = DatasetExportIT.unzip(second);
            a.remove("README.md");
            b.remove("README.md");
            assertThat(b).as(format + " round trip").isEqualTo(a);
        }
    }

    @Test
    void the_export_command_writes_the_files_into_a_directory_without_the_web_server(@TempDir Path tmp) throws IOException {
        api.upload("/api/projects/" + project + "/import?annotator=gold", "x.jsonl",
                "{\"id\":\"k\",\"text\":\"Alpha said so.\",\"spans\":[{\"label\":\"CLAIM\",\"start\":0,\"end\":5}]}\n"
                        .getBytes(StandardCharsets.UTF_8));
        String projectName = projects.firstOwnerOf(String.valueOf(project)).isPresent()
                ? String.valueOf(project) : "?";
        Path out = tmp.resolve("conll-export");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Map<String, String> options = new LinkedHashMap<>(Map.of("project", projectName, "format", "conll",
                "out", out.toString(), "split", "none"));
        int code = exportCommand.run(options, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        assertThat(code).as(stderr.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(Files.readString(out.resolve("all.conll"))).contains("Alpha _ _ B-CLAIM");
        assertThat(out.resolve("README.md")).exists();
        assertThat(out.resolveSibling("conll-export.partial")).doesNotExist();

        options.put("format", "docx");
        options.put("out", tmp.resolve("other").toString());
        assertThat(exportCommand.run(options, new PrintStream(stdout), new PrintStream(stderr))).isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("Unknown export format 'docx'");
    }

    static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : new TreeMap<>(files).entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
