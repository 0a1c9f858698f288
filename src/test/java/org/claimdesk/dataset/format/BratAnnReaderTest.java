package org.claimdesk.dataset.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.claimdesk.dataset.ImportedDocument;
import org.junit.jupiter.api.Test;

class BratAnnReaderTest {
    private static final String TEXT = "Officials said the talks failed.";
    private static final String ANN = """
            T1\tSource 0 9\tOfficials
            T2\tCue 10 14\tsaid
            T3\tContent 15 31\tthe talks failed
            T4\tAttribution 10 14\tsaid
            E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3
            A1\tNegated T3
            M2\tConfidence T3 Low
            A3\tReported E1 Indirect
            N1\tReference T1 Wikipedia:534366\tofficials
            """;

    @Test
    void attributes_binary_and_valued_stay_on_their_span_and_an_events_go_to_its_trigger() {
        ImportedDocument doc = BratAnnReader.parse("a.ann", ANN, "a.txt", TEXT);
        Map<String, Map<String, String>> byId = new java.util.HashMap<>();
        doc.spans().forEach(s -> byId.put(s.id(), s.attributes()));
        assertThat(byId.get("T3")).isEqualTo(Map.of("Confidence", "Low", "Negated", "true"));
        assertThat(byId.get("T4")).isEqualTo(Map.of("Reported", "Indirect"));
        assertThat(byId.get("T1")).isEmpty();
        assertThat(doc.relations()).hasSize(3).allMatch(ImportedDocument.ImportedRelation::role);
    }

    @Test
    void an_unknown_line_type_is_refused_with_its_line_number() {
        assertThatThrownBy(() -> BratAnnReader.parse("a.ann", "T1\tSource 0 9\tOfficials\nQ1\tx", "a.txt", TEXT))
                .hasMessageStartingWith("2: unknown annotation type 'Q'");
    }

    @Test
    void an_attribute_naming_a_span_the_file_lacks_is_refused_with_its_line_number() {
        assertThatThrownBy(() -> BratAnnReader.parse("a.ann", "T1\tSource 0 9\tOfficials\nA1\tNegated T1\nA2\tNegated T7",
                "a.txt", TEXT))
                .hasMessage("3: an attribute names T7, which is not a span or event of this file");
    }
}
