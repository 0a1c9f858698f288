package org.claimdesk.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.claimdesk.support.ApiClient;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.Team;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A token-tagged dataset exported from one project (CoNLL IOB2, BIOES, Hugging Face) and imported
 * into a new one gives the same tags back: the second export is the first, file for file.
 */
@ClaimDeskTest
class TokenFormatsRoundTripIT {
    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;

    @ParameterizedTest
    @ValueSource(strings = {"conll", "bioes", "hf"})
    void an_exported_token_dataset_imported_into_a_new_project_exports_the_same_tags(String format) throws IOException {
        Team first = testUsers.team().owner("owner").create();
        ApiClient owner = new ApiClient(port, first.name("owner"), TestUsers.PASSWORD);
        JsonNode seeded = owner.upload("/api/projects/" + first.project() + "/import?format=brat&addLabels=true&annotator=gold",
                "corpus.zip", BratAttributionCorpus.zip()).json();
        assertThat(seeded.path("problems")).as(seeded.toString()).isEmpty();
        Map<String, String> exported = unzip(owner.download("/api/projects/" + first.project()
                + "/export?format=" + format + "&layer=gold&split=none").body());

        long second = owner.post("/api/projects", "{\"name\":\"" + TestUsers.unique("again") + "\"}").json().get("id").asLong();
        JsonNode report = owner.upload("/api/projects/" + second + "/import?format=" + format
                + "&addLabels=true&annotator=gold", "dataset.zip", zip(exported)).json();
        assertThat(report.path("problems")).as(report.toString()).isEmpty();
        assertThat(report.path("documentsCreated").asInt()).isEqualTo(BratAttributionCorpus.DOCUMENTS);
        Map<String, String> again = unzip(owner.download("/api/projects/" + second
                + "/export?format=" + format + "&layer=gold&split=none").body());

        // the tag set may shrink (a label whose every span was flattened away is not added), so
        // what must come back is each token with its tag, not the header or the tag ids
        List<String> before = tagged(exported);
        List<String> after = tagged(again);
        int differ = 0;
        while (differ < Math.min(before.size(), after.size()) && before.get(differ).equals(after.get(differ))) {
            differ++;
        }
        assertThat(differ).as("first difference at line %d: %s", differ,
                        before.subList(Math.max(0, differ - 3), Math.min(before.size(), differ + 3)) + " became "
                                + after.subList(Math.max(0, differ - 3), Math.min(after.size(), differ + 3)))
                .isEqualTo(before.size()).isEqualTo(after.size()).isGreaterThan(1000);
    }

    /**
     * Every character of every token with its entity label, and where an entity starts: the tags
     * as the text carries them. Token boundaries are left out on purpose: the text comes back as
     * the tokens joined by one space, and the tokenizer cuts "over.”" and "over. ”" differently.
     */
    private static List<String> tagged(Map<String, String> files) {
        List<String> out = new ArrayList<>();
        String names = files.get("label_names.json");
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (names != null && f.getKey().endsWith(".jsonl")) {
                JsonNode tagNames = JsonMapper.builder().build().readTree(names);
                for (String line : f.getValue().split("\n")) {
                    JsonNode sentence = JsonMapper.builder().build().readTree(line);
                    for (int i = 0; i < sentence.path("tokens").size(); i++) {
                        characters(sentence.path("tokens").get(i).asString(),
                                tagNames.get(sentence.path("ner_tags").get(i).asInt()).asString(), out);
                    }
                }
            } else if (f.getKey().endsWith(".conll")) {
                for (String line : f.getValue().split("\n")) {
                    String[] cols = line.split(" ");
                    if (!line.startsWith("#") && !line.startsWith("-DOCSTART-") && cols.length == 4) {
                        characters(cols[0], cols[3], out);
                    }
                }
            }
        }
        return out;
    }

    private static void characters(String token, String tag, List<String> out) {
        String label = tag.equals("O") ? "O" : tag.substring(2);
        boolean starts = tag.startsWith("B-") || tag.startsWith("S-");
        for (int i = 0; i < token.length(); i = token.offsetByCodePoints(i, 1)) {
            out.add(token.codePointAt(i) + " " + label + (starts && i == 0 ? " start" : ""));
        }
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }
}
