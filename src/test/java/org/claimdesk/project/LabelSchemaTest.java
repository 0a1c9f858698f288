package org.claimdesk.project;

import org.assertj.core.groups.Tuple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelSchemaTest {
    private final LabelSchema schema = LabelSchema.factCheck();

    @Test
    void default_schema_has_the_three_span_labels_on_keys_one_to_three() {
        assertThat(schema.spanLabels()).extracting(LabelDefinition::name, LabelDefinition::shortcut)
                .containsExactly(Tuple.tuple("CLAIM", "1"),
                        Tuple.tuple("ATTRIBUTION", "2"),
                        Tuple.tuple("DENIAL", "3"));
    }

    @Test
    void relation_types_follow_their_allowed_endpoints() {
        assertThat(schema.relationsBetween("CLAIM", "ATTRIBUTION")).extracting(LabelDefinition::name)
                .containsExactly("ATTRIBUTED_TO");
        assertThat(schema.relationsBetween("DENIAL", "CLAIM")).extracting(LabelDefinition::name)
                .containsExactly("DENIES");
        assertThat(schema.relationsBetween("ATTRIBUTION", "CLAIM")).isEmpty();
    }

    @Test
    void roles_are_ordered_from_owner_to_viewer() {
        assertThat(ProjectRole.OWNER.atLeast(ProjectRole.CURATOR)).isTrue();
        assertThat(ProjectRole.ANNOTATOR.atLeast(ProjectRole.ANNOTATOR)).isTrue();
        assertThat(ProjectRole.VIEWER.atLeast(ProjectRole.ANNOTATOR)).isFalse();
    }
}
