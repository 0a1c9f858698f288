package org.claimdesk.dataset;

import java.util.HashSet;
import java.util.Set;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden export files read the way their own tools read them: Python's {@code text[start:end]}
 * (code points) gives each span's text, doccano's offsets cut the same text in UTF-16, spaCy's
 * words and spaces rebuild the text with every span on token boundaries, brat's fragments match
 * their text column, and the CoNLL and Hugging Face tags are valid IOB2 sequences.
 */
class ExportConventionsTest {
    static final Path EXPECTED = FormatGoldenFilesTest.EXPECTED;
    static final JsonMapper JSON = JsonMapper.builder().build();

    static String cut(String text, int start, int end) {
        int[] cps = text.codePoints().toArray();
        return new String(cps, start, end - start);
    }

    static List<JsonNode> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(JSON::readTree).toList();
    }

    static List<Path> files(String format, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(EXPECTED.resolve(format))) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void jsonl_spans_are_python_slices_of_the_text() throws IOException {
        for (Path f : files("jsonl", ".jsonl")) {
            for (JsonNode d : lines(f)) {
                for (JsonNode s : d.path("spans")) {
                    if (!s.has("fragments")) {
                        assertThat(cut(d.path("text").asString(), s.path("start").asInt(), s.path("end").asInt()))
                                .isEqualTo(s.path("text").asString());
                    }
                }
            }
        }
    }

    @Test
    void doccano_offsets_cut_the_text_in_utf16() throws IOException {
        for (Path f : files("doccano", ".jsonl")) {
            for (JsonNode d : lines(f)) {
                String text = d.path("text").asString();
                for (JsonNode e : d.path("entities")) {
                    String piece = text.substring(e.path("start_offset").asInt(), e.path("end_offset").asInt());
                    assertThat(piece).isNotBlank();
                    assertThat(Character.isLowSurrogate(piece.charAt(0))).isFalse();
                }
            }
        }
    }

    @Test
    void spacy_words_and_spaces_rebuild_the_text_and_spans_sit_on_token_boundaries() throws IOException {
        for (Path f : files("spacy", ".jsonl")) {
            for (JsonNode d : lines(f)) {
                StringBuilder rebuilt = new StringBuilder();
                Set<Integer> starts = new HashSet<>();
                Set<Integer> ends = new HashSet<>();
                for (JsonNode t : d.path("tokens")) {
                    rebuilt.append(t.path("text").asString()).append(t.path("ws").asBoolean() ? " " : "");
                    starts.add(t.path("start").asInt());
                    ends.add(t.path("end").asInt());
                }
                assertThat(rebuilt.toString()).isEqualTo(d.path("text").asString());
                for (JsonNode e : d.path("ents")) {
                    assertThat(starts).contains(e.path("start").asInt());
                    assertThat(ends).contains(e.path("end").asInt());
                }
                for (JsonNode e : d.path("spans").path("sc")) {
                    assertThat(starts).contains(e.path("start").asInt());
                    assertThat(ends).contains(e.path("end").asInt());
                }
            }
        }
    }

    @Test
    void brat_fragments_match_their_text_column() throws IOException {
        for (Path ann : files("brat", ".ann")) {
            String text = Files.readString(Path.of(ann.toString().replaceAll("\\.ann$", ".txt")), StandardCharsets.UTF_8);
            for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
                if (!line.startsWith("T")) {
                    continue;
                }
                String[] cols = line.split("\t");
                StringBuilder covered = new StringBuilder();
                for (String part : cols[1].substring(cols[1].indexOf(' ') + 1).split(";")) {
                    String[] se = part.split(" ");
                    covered.append(covered.isEmpty() ? "" : " ").append(cut(text, Integer.parseInt(se[0]), Integer.parseInt(se[1])));
                }
                assertThat(covered.toString()).isEqualTo(cols[2]);
            }
        }
    }

    @Test
    void conll_and_hugging_face_tags_are_valid_iob2() throws IOException {
        for (Path f : files("conll", ".conll")) {
            String previous = "O";
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (line.startsWith("#") || line.startsWith("-DOCSTART-")) {
                    continue;
                }
                if (line.isBlank()) {
                    previous = "O";
                    continue;
                }
                String tag = line.substring(line.lastIndexOf(' ') + 1);
                assertValidIob2(previous, tag, f + ": " + line);
                previous = tag;
            }
        }
        List<String> names = JSON.readValue(EXPECTED.resolve("hf/label_names.json").toFile(),
                JSON.getTypeFactory().constructCollectionType(List.class, String.class));
        for (Path f : files("hf", ".jsonl")) {
            for (JsonNode s : lines(f)) {
                String previous = "O";
                assertThat(s.path("tokens").size()).isEqualTo(s.path("ner_tags").size());
                for (JsonNode id : s.path("ner_tags")) {
                    String tag = names.get(id.asInt());
                    assertValidIob2(previous, tag, f.toString());
                    previous = tag;
                }
            }
        }
    }

    private static void assertValidIob2(String previous, String tag, String where) {
        if (tag.startsWith("I-")) {
            assertThat(previous).as(where).isIn("B-" + tag.substring(2), tag);
        }
    }
}
