package org.claimdesk.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.claimdesk.annotation.AnnotationLayer;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.RelationDto;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SpanOrigin;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.document.TextOffsets;
import org.claimdesk.project.LabelSchema;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectSummary;
import org.junit.jupiter.api.Test;

class EditorDataTest {
    // code points: 👩‍💻 is 3 (woman, ZWJ, laptop), a space, then "Moscow" at 4..10; in UTF-16 at 6..12
    private static final String TEXT = "👩‍💻 Moscow and Washington, said שלום.";

    @Test
    void spans_go_out_as_numbers_in_utf16_units_with_labels_by_schema_index() {
        AnnotationLayer layer = layer(List.of(span(7, "ATTRIBUTION", 1, List.of(new Fragment(4, 10)), null),
                span(8, "CLAIM", 1, List.of(new Fragment(4, 10), new Fragment(15, 25)), "check the date")),
                List.of(new RelationDto(3, 1, "ATTRIBUTED_TO", 8, 7, 0)));
        Map<String, Object> data = EditorData.of(new TextOffsets(TEXT), layer);

        List<?> spans = (List<?>) data.get("spans");
        assertThat((long[]) spans.get(0)).containsExactly(7, 1, 6, 12);
        assertThat((long[]) spans.get(1)).containsExactly(8, 0, 6, 12, 17, 27);
        assertThat(TEXT.substring(17, 27)).isEqualTo("Washington");
        assertThat(data.get("labels")).isEqualTo(List.of("CLAIM", "ATTRIBUTION", "DENIAL"));
        assertThat(data.get("notes")).isEqualTo(Map.of("8", "check the date"));
        assertThat(data.get("types")).isEqualTo(List.of("ATTRIBUTED_TO"));
        assertThat((long[]) ((List<?>) data.get("relations")).getFirst()).containsExactly(3, 0, 8, 7);
        assertThat(data.get("text")).isEqualTo(TEXT);
    }

    @Test
    void the_fingerprint_changes_when_any_item_or_version_changes() {
        List<SpanDto> spans = List.of(span(7, "CLAIM", 1, List.of(new Fragment(4, 10)), null));
        String base = EditorData.fingerprint(layer(spans, List.of()));
        assertThat(EditorData.fingerprint(layer(spans, List.of()))).isEqualTo(base);
        assertThat(EditorData.fingerprint(layer(List.of(span(7, "CLAIM", 2, List.of(new Fragment(4, 10)), null)),
                List.of()))).isNotEqualTo(base);
        assertThat(EditorData.fingerprint(layer(List.of(), List.of()))).isNotEqualTo(base);
        assertThat(EditorData.fingerprint(layer(spans, List.of(new RelationDto(3, 1, "ATTRIBUTED_TO", 7, 7, 0)))))
                .isNotEqualTo(base);
    }

    private static SpanDto span(long id, String label, long version, List<Fragment> fragments, String note) {
        return new SpanDto(id, 1, label, fragments.getFirst().start(), fragments.getLast().end(), fragments, "", note,
                "alice", SpanOrigin.MANUAL, version);
    }

    private static AnnotationLayer layer(List<SpanDto> spans, List<RelationDto> relations) {
        DocumentContent doc = new DocumentContent(1, 1, "Talks", TEXT, "", TEXT.codePointCount(0, TEXT.length()),
                null, null, null);
        return new AnnotationLayer(doc, new ProjectSummary(1, "P", ProjectRole.ANNOTATOR, true, false),
                LabelSchema.factCheck(), 5, "alice", spans, relations);
    }
}
