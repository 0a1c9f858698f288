package org.claimdesk.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.document.TextMapping;
import org.claimdesk.project.LabelSchema;
import org.junit.jupiter.api.Test;

class ImportedLayerInputTest {
    private static final String TEXT = "Ana said 👩‍👩‍👧 won.";
    private final List<String> problems = new ArrayList<>();
    private final ImportSink sink = new ImportSink() {
        @Override
        public void document(ImportedDocument document) {
        }

        @Override
        public void problem(String file, int line, String reason) {
            problems.add(file + ":" + line + " " + reason);
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    private static ImportedDocument doc(List<ImportedDocument.ImportedSpan> spans,
                                        List<ImportedDocument.ImportedRelation> relations) {
        return new ImportedDocument("a.ann", 3, null, null, TEXT, null, null, null, "codepoint", spans, relations);
    }

    private static ImportedDocument.ImportedSpan span(String id, String label, int start, int end, String covers) {
        return new ImportedDocument.ImportedSpan(id, label, List.of(new Fragment(start, end)), covers, null);
    }

    private ImportedLayerInput read(ImportedDocument doc, Map<String, String> labelMap) {
        return ImportedLayerInput.of(doc, TEXT, TextMapping.of(TEXT), LabelSchema.factCheck(),
                new ImportOptions(null, null, labelMap, false), sink);
    }

    @Test
    void spans_and_links_pass_with_the_label_map_applied_and_unknown_names_collected_by_kind() {
        ImportedLayerInput input = read(doc(
                List.of(span("T1", "SPEAKER", 0, 3, "Ana"), span("T2", "CLAIM", 9, 18, "👩‍👩‍👧 won"),
                        span("T3", "PLACE", 4, 8, null)),
                List.of(new ImportedDocument.ImportedRelation("ATTRIBUTED_TO", "T2", "T1"),
                        new ImportedDocument.ImportedRelation("LOCATED_IN", "T2", "T3"),
                        new ImportedDocument.ImportedRelation("Agent", "T2", "T1", true))),
                Map.of("SPEAKER", "ATTRIBUTION"));

        assertThat(input.spans()).extracting(s -> s.key() + "=" + s.label())
                .containsExactly("T1=ATTRIBUTION", "T2=CLAIM", "T3=PLACE");
        assertThat(input.relations()).hasSize(3);
        assertThat(input.missingSpans()).containsExactly("PLACE");
        assertThat(input.missingRelations()).containsExactly("LOCATED_IN");
        assertThat(input.missingRoles()).containsExactly("Agent");
        assertThat(input.lacksNames()).isTrue();
        assertThat(input.missingNames()).containsExactly("Agent", "LOCATED_IN", "PLACE");
        assertThat(problems).isEmpty();
    }

    @Test
    void a_span_mapped_to_nothing_takes_its_links_along_and_a_link_to_a_missing_span_is_reported() {
        ImportedLayerInput input = read(doc(
                List.of(span("T1", "NOISE", 0, 3, null), span("T2", "CLAIM", 9, 18, null)),
                List.of(new ImportedDocument.ImportedRelation("ATTRIBUTED_TO", "T2", "T1"),
                        new ImportedDocument.ImportedRelation("ATTRIBUTED_TO", "T2", "T9"))),
                Map.of("NOISE", ""));

        assertThat(input.spans()).extracting(s -> s.key()).containsExactly("T2");
        assertThat(input.relations()).isEmpty();
        assertThat(input.lacksNames()).isFalse();
        assertThat(problems).singleElement().asString().startsWith("a.ann:3 ").contains("'T9'", "not in the file");
    }

    @Test
    void a_covered_text_that_differs_from_what_the_offsets_cover_is_refused_by_span() {
        ImportedDocument wrong = doc(List.of(span(null, "CLAIM", 9, 18, "the family won")), List.of());

        assertThatThrownBy(() -> read(wrong, Map.of())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("span #1 says it covers \"the family won\"")
                .hasMessageContaining("\"👩‍👩‍👧 won\"");
    }
}
