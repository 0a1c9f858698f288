package org.claimdesk.dataset.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.dataset.ImportSink;
import org.claimdesk.dataset.ImportSource;
import org.claimdesk.dataset.ImportedDocument;
import org.junit.jupiter.api.Test;

/** A .txt beside a .conll gives the document its own text, and the spans its offsets. */
class ConllCompanionTextTest {
    private static final String CONLL = """
            -DOCSTART- -X- -X- O

            Zoë NNP B-NP B-PER
            said VBD B-VP O
            : : O O
            “ `` O O
            Talks NNS B-NP O
            failed VBD B-VP O
            . . O O

            Reuters NNP B-NP B-ORG
            denied VBD B-VP O
            it PRP B-NP O
            . . O O
            """;
    // the tokens' own text: a CRLF, two spaces, a quotation the tokens split off, an emoji
    private static final String TEXT = "Zoë said:  “Talks failed.” 👩‍💻\r\nReuters denied it.";

    @Test
    void the_companion_text_is_the_document_and_the_spans_are_in_its_code_points() throws Exception {
        Read read = read(Map.of("news.conll", CONLL, "news.txt", TEXT));
        assertThat(read.problems).isEmpty();
        assertThat(read.documents).hasSize(1);
        ImportedDocument doc = read.documents.getFirst();
        assertThat(doc.text()).isEqualTo(TEXT);
        int reuters = TEXT.codePointCount(0, TEXT.indexOf("Reuters"));
        assertThat(reuters).as("the emoji is 3 code points, CRLF 2").isEqualTo(32);
        assertThat(doc.spans()).extracting(s -> s.label() + s.fragments())
                .containsExactly("PER" + List.of(new Fragment(0, 3)), "ORG" + List.of(new Fragment(reuters, reuters + 7)));
    }

    @Test
    void without_a_companion_the_text_is_rebuilt_from_the_tokens() throws Exception {
        Read read = read(Map.of("news.conll", CONLL));
        assertThat(read.documents.getFirst().text()).isEqualTo("Zoë said : “ Talks failed .\nReuters denied it .");
    }

    @Test
    void a_text_that_is_not_the_tokens_own_is_refused_naming_the_token() throws Exception {
        Read read = read(Map.of("news.conll", CONLL, "news.txt", "Zoë said: “the talks failed.” Reuters denied it."));
        assertThat(read.documents).isEmpty();
        assertThat(read.problems).singleElement().asString()
                .contains("token 5 ('Talks') is not the next word of the companion text", "left out");
    }

    private record Read(List<ImportedDocument> documents, List<String> problems) {
    }

    private static Read read(Map<String, String> files) throws Exception {
        Map<String, String> ordered = new LinkedHashMap<>(files);
        List<ImportSource.ImportFile> list = new ArrayList<>();
        ordered.forEach((name, text) -> list.add(new ImportSource.ImportFile() {
            public String name() {
                return name;
            }

            public long size() {
                return text.getBytes(StandardCharsets.UTF_8).length;
            }

            public InputStream open() {
                return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            }
        }));
        Read read = new Read(new ArrayList<>(), new ArrayList<>());
        new ConllFormat().reader().read(() -> list, new ImportSink() {
            @Override
            public void document(ImportedDocument d) {
                read.documents.add(d);
            }

            @Override
            public void problem(String file, int line, String reason) {
                read.problems.add(file + ":" + line + " " + reason);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        return read;
    }
}
