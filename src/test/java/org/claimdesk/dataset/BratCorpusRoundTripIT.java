package org.claimdesk.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.claimdesk.support.ApiClient;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.Team;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A real brat corpus, with events, comes in whole and goes back out as the same annotations:
 * the same T lines (label, fragments, text), E lines (trigger and roles, a repeated role
 * included), R lines, attributes (A and M lines) and notes, compared as sets because ids are renumbered. Offsets are compared
 * exactly where the file had LF line ends; with CRLF, ClaimDesk's text has LF, so there the
 * covered text of each fragment must match instead.
 */
@ClaimDeskTest
class BratCorpusRoundTripIT {
    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;

    @Test
    void a_brat_corpus_with_events_comes_in_whole_and_goes_back_out_as_the_same_lines() throws IOException {
        Team team = testUsers.team().owner("owner").create();
        ApiClient owner = new ApiClient(port, team.name("owner"), TestUsers.PASSWORD);
        String p = "/api/projects/" + team.project();

        JsonNode report = owner.upload(p + "/import?format=brat&addLabels=true&annotator=gold", "corpus.zip",
                BratAttributionCorpus.zip()).json();
        assertThat(report.path("problems")).as(report.toString()).isEmpty();
        assertThat(report.path("documentsCreated").asInt()).isEqualTo(BratAttributionCorpus.DOCUMENTS);
        List<String> added = new ArrayList<>();
        report.path("labelsAdded").forEach(n -> added.add(n.asString()));
        assertThat(added).as("each name once").doesNotHaveDuplicates()
                .contains("Source", "Cue", "Content", "Attribution", "Coref");

        ApiClient.BinaryResponse export = owner.download(p + "/export?format=brat&layer=gold&split=none");
        assertThat(export.status()).isEqualTo(200);
        Map<String, String> files = unzip(export.body());
        assertThat(files.get("annotation.conf")).contains("[events]", "Attribution\tContent*:<ENTITY>",
                "Factuality\tArg:<ENTITY>, Value:Asserted|Hedged", "Nested\tArg:<ENTITY>\n");
        for (BratAttributionCorpus.Document doc : BratAttributionCorpus.documents()) {
            String ann = files.entrySet().stream().filter(e -> e.getKey().endsWith("/" + doc.name() + ".ann"))
                    .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError("no " + doc.name()));
            boolean exact = !doc.text().contains("\r");
            assertThat(canonical(String.join("\n", doc.annotations()), exact)).as(doc.name())
                    .isEqualTo(canonical(ann, exact));
        }
    }

    @Test
    void a_spans_attributes_are_in_the_api_and_come_back_with_it_when_its_deletion_is_undone() {
        Team team = testUsers.team().owner("owner").create();
        ApiClient owner = new ApiClient(port, team.name("owner"), TestUsers.PASSWORD);
        String p = "/api/projects/" + team.project();
        JsonNode report = owner.upload(p + "/import?format=brat&addLabels=true&annotator=" + team.name("owner"),
                "corpus.zip", BratAttributionCorpus.zip()).json();
        assertThat(report.path("problems")).as(report.toString()).isEmpty();
        long doc = owner.get(p + "/documents").json().get(0).path("id").asLong();
        JsonNode content = contentSpan(owner, doc);
        assertThat(content.path("attributes").path("Factuality").asString()).isIn("Asserted", "Hedged");

        assertThat(owner.delete("/api/spans/" + content.path("id").asLong()).status()).isEqualTo(204);
        assertThat(contentSpan(owner, doc)).isNull();
        assertThat(owner.post("/api/documents/" + doc + "/undo", "").status()).isEqualTo(200);
        assertThat(contentSpan(owner, doc).path("attributes")).isEqualTo(content.path("attributes"));
    }

    private static JsonNode contentSpan(ApiClient api, long doc) {
        for (JsonNode s : api.get("/api/documents/" + doc + "/annotations").json().path("spans")) {
            if (s.path("label").asString().equals("Content") && s.has("attributes")) {
                return s;
            }
        }
        return null;
    }

    @Test
    void without_add_labels_each_unknown_name_is_one_problem_that_says_how_to_fix_it() {
        Team team = testUsers.team().owner("owner").create();
        ApiClient owner = new ApiClient(port, team.name("owner"), TestUsers.PASSWORD);
        JsonNode report = owner.upload("/api/projects/" + team.project() + "/import?format=brat", "corpus.zip",
                BratAttributionCorpus.zip()).json();
        List<String> problems = new ArrayList<>();
        report.path("problems").forEach(n -> problems.add(n.path("reason").asString()));
        assertThat(problems).hasSize(5).allSatisfy(reason -> assertThat(reason)
                .contains("documents that use it were left out", "addLabels=true", "map="));
        assertThat(problems.getFirst()).contains("'Attribution'", String.valueOf(BratAttributionCorpus.DOCUMENTS));
        assertThat(report.path("documentsCreated").asInt()).isZero();
    }

    /**
     * An .ann as a set of lines that do not depend on ids: each span as its label and fragments
     * (or fragment texts), each event, relation and note with its spans written out that way.
     */
    static TreeSet<String> canonical(String ann, boolean exactOffsets) {
        Map<String, String> spans = new HashMap<>();
        List<String[]> rest = new ArrayList<>();
        for (String line : ann.split("\n")) {
            String[] cols = line.split("\t");
            if (line.startsWith("T")) {
                String[] head = cols[1].split(" ", 2);
                String where = exactOffsets ? String.join(";", new TreeSet<>(List.of(head[1].split(";")))) : "";
                spans.put(cols[0], head[0] + "[" + where + "]" + cols[2]);
            } else if (!line.isBlank()) {
                rest.add(cols);
            }
        }
        TreeSet<String> out = new TreeSet<>(spans.values());
        for (String[] cols : rest) {
            switch (cols[0].charAt(0)) {
                case 'E' -> {
                    String[] args = cols[1].split(" ");
                    TreeSet<String> roles = new TreeSet<>();
                    for (int i = 1; i < args.length; i++) {
                        String role = args[i].substring(0, args[i].indexOf(':')).replaceAll("\\d+$", "");
                        roles.add(role + "=" + spans.get(args[i].substring(args[i].indexOf(':') + 1)));
                    }
                    out.add("E " + spans.get(args[0].substring(args[0].indexOf(':') + 1)) + " " + roles);
                }
                case 'R' -> {
                    String[] args = cols[1].split(" ");
                    out.add("R " + args[0] + " " + spans.get(args[1].substring(5)) + " " + spans.get(args[2].substring(5)));
                }
                case '#' -> out.add("# " + spans.get(cols[1].split(" ")[1]) + " " + cols[2]);
                case 'A', 'M' -> {
                    // brat's M is the older name of A; a binary attribute has no value
                    String[] args = cols[1].split(" ");
                    out.add("A " + args[0] + " " + spans.get(args[1]) + (args.length > 2 ? " " + args[2] : ""));
                }
                default -> out.add(String.join("\t", cols));
            }
        }
        return out;
    }

    @Test
    void an_annotation_conf_in_the_upload_defines_a_new_projects_schema_and_leaves_one_in_use_alone() throws IOException {
        Team team = testUsers.team().owner("owner").create();
        ApiClient owner = new ApiClient(port, team.name("owner"), TestUsers.PASSWORD);
        String p = "/api/projects/" + team.project();
        byte[] upload = withConf(BratAttributionCorpus.zip(), """
                [entities]
                Source
                Cue
                Content
                [relations]
                Coref\tArg1:Source, Arg2:Source
                [events]
                Attribution\tSource+:Source, Cue:Cue, Content:Content|Source
                """);

        JsonNode report = owner.upload(p + "/import?format=brat&annotator=gold", "corpus.zip", upload).json();
        assertThat(report.path("problems")).as(report.toString()).isEmpty();
        assertThat(report.path("documentsCreated").asInt()).isEqualTo(BratAttributionCorpus.DOCUMENTS);
        assertThat(report.path("notes").toString()).contains("schema now comes from annotation.conf");
        JsonNode schema = owner.get(p + "/schema").json();
        assertThat(schema.get("labels")).extracting(l -> l.get("name").asString() + ":" + l.get("role").asString())
                .containsExactly("Source:source", "Cue:cue", "Content:claim", "Attribution:attribution");
        assertThat(schema.get("events").get(0).get("trigger").asString()).isEqualTo("Attribution");

        JsonNode again = owner.upload(p + "/import?format=brat&annotator=gold", "more.zip", upload).json();
        assertThat(again.path("notes").toString()).contains("annotation.conf was not applied: the project has spans");
    }

    private static byte[] withConf(byte[] zip, String conf) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             var z = new java.util.zip.ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                z.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(z);
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry("annotation.conf"));
            z.write(conf.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
