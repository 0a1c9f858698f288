package org.claimdesk.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.claimdesk.base.InvalidInputException;
import org.junit.jupiter.api.Test;

class SchemaFilesTest {
    private static final String CONF = """
            # PARC-style attribution\r
            [entities]\r
            Source
            Cue
            Content
            [relations]
            Coref\tArg1:Source, Arg2:Source
            <OVERLAP>\tArg1:Content, Arg2:Content, <OVL-TYPE>:<ANY>
            [events]
            Attribution\tSource+:Source, Cue:Cue, Content?:Content|Source, Source2?:Source
            [attributes]
            Negated\tArg:<EVENT>
            """;

    @Test
    void an_annotation_conf_gives_labels_relations_and_events_with_guessed_roles() {
        SchemaDocument doc = SchemaFiles.fromBratConf(CONF);
        assertThat(doc.labels()).extracting(l -> l.name() + ":" + l.role())
                .containsExactly("Source:source", "Cue:cue", "Content:claim", "Attribution:attribution");
        assertThat(doc.relations()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Coref");
            assertThat(r.from()).containsExactly("Source");
            assertThat(r.to()).containsExactly("Source");
        });
        assertThat(doc.events()).singleElement().satisfies(e -> {
            assertThat(e.trigger()).isEqualTo("Attribution");
            // Source2 is brat's second Source argument: the same role
            assertThat(e.roles()).extracting(r -> r.name() + "=" + String.join("|", r.labels()) + ":" + r.role())
                    .containsExactly("Source=Source:source", "Cue=Cue:cue", "Content=Content|Source:claim");
        });
    }

    @Test
    void the_conf_becomes_a_valid_plan_for_an_empty_project() {
        SchemaPlan plan = SchemaPlan.of(LabelSchema.factCheck(), SchemaFiles.fromBratConf(CONF));
        assertThat(plan.labels()).extracting(LabelDefinition::name)
                .containsExactly("Source", "Cue", "Content", "Attribution", "Coref", "Source", "Cue", "Content");
    }

    @Test
    void a_label_studio_config_gives_labels_with_colours_and_keys_and_relations() {
        SchemaDocument doc = SchemaFiles.fromLabelStudio("""
                <View>
                  <Labels name="label" toName="text">
                    <Label value="AFIRMACIÓN" background="#e8590c" hotkey="1"/>
                    <Label value="Speaker" background="red" hotkey="r"/>
                  </Labels>
                  <Text name="text" value="$text"/>
                  <Relations><Relation value="said_by"/></Relations>
                </View>""");
        assertThat(doc.labels()).extracting(l -> l.name() + ":" + l.color() + ":" + l.shortcut() + ":" + l.role())
                .containsExactly("AFIRMACIÓN:#e8590c:1:null", "Speaker:null:null:source");
        assertThat(doc.relations()).extracting(r -> r.name() + ":" + r.role()).containsExactly("said_by:attributed-to");
    }

    @Test
    void a_doctype_is_refused_so_no_entity_is_ever_expanded() {
        assertThatThrownBy(() -> SchemaFiles.fromLabelStudio("""
                <!DOCTYPE v [<!ENTITY x SYSTEM "file:///etc/passwd">]><View><Label value="&x;"/></View>"""))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not well-formed");
        assertThatThrownBy(() -> SchemaFiles.fromBratConf("Source\n[entities]\n"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("before any [section]");
    }
}
