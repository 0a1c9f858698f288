package org.claimdesk.project;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The schemas a project can start from ({@code "template"} on {@code POST /api/projects}). */
public enum SchemaTemplate {
    /** PRODUCT.md's default: claims, attributions and denials with the links between them. */
    FACT_CHECK("fact-check", "Claims, attributions and denials (the default)") {
        @Override
        public LabelSchema schema() {
            return new LabelSchema(List.of(
                    LabelDefinition.span("CLAIM", "#e8590c", "1").withRole(FactRole.CLAIM)
                            .withDescription("What is asserted as fact and can be checked."),
                    LabelDefinition.span("ATTRIBUTION", "#1c7ed6", "2").withRole(FactRole.ATTRIBUTION)
                            .withDescription("Who said it, with the reporting verb: \"Bossert said\"."),
                    LabelDefinition.span("DENIAL", "#c2255c", "3").withRole(FactRole.DENIAL)
                            .withDescription("Words that deny a claim: \"continues to deny\"."),
                    LabelDefinition.relation("ATTRIBUTED_TO", "#1c7ed6", "CLAIM", "ATTRIBUTION")
                            .withRole(FactRole.ATTRIBUTED_TO),
                    LabelDefinition.relation("DENIES", "#c2255c", "DENIAL", "CLAIM").withRole(FactRole.DENIES)));
        }
    },
    /** PARC-style attribution as research corpora annotate it: an Attribution event and its roles. */
    ATTRIBUTION("attribution", "Source, Cue, Content and the Attribution event (PARC style)") {
        @Override
        public LabelSchema schema() {
            return new LabelSchema(List.of(
                    LabelDefinition.span("Source", "#1c7ed6", "1").withRole(FactRole.SOURCE)
                            .withDescription("Who is speaking."),
                    LabelDefinition.span("Cue", "#7048e8", "2").withRole(FactRole.CUE)
                            .withDescription("The reporting words: said, according to, told."),
                    LabelDefinition.span("Content", "#e8590c", "3").withRole(FactRole.CLAIM)
                            .withDescription("What is reported, quoted or paraphrased."),
                    LabelDefinition.span("Attribution", "#2b8a3e", "4").withRole(FactRole.ATTRIBUTION)
                            .withDescription("The event's trigger: the span that ties source, cue and content."),
                    role("Source", "Source", FactRole.SOURCE),
                    role("Cue", "Cue", FactRole.CUE),
                    role("Content", "Content", FactRole.CLAIM)));
        }

        private static LabelDefinition role(String name, String target, FactRole role) {
            return new LabelDefinition(null, name, LabelKind.ROLE, "#495057", null, List.of("Attribution"),
                    List.of(target), null, role);
        }
    },
    /** CoNLL 2003's named entities. */
    NER("ner", "Named entities: PER, ORG, LOC, MISC") {
        @Override
        public LabelSchema schema() {
            return new LabelSchema(List.of(
                    LabelDefinition.span("PER", "#1c7ed6", "1").withDescription("A person."),
                    LabelDefinition.span("ORG", "#2b8a3e", "2").withDescription("An organisation."),
                    LabelDefinition.span("LOC", "#e8590c", "3").withDescription("A place."),
                    LabelDefinition.span("MISC", "#7048e8", "4").withDescription("Any other name.")));
        }
    };

    private final String id;
    private final String title;

    SchemaTemplate(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public abstract LabelSchema schema();

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static Optional<SchemaTemplate> byId(String id) {
        String key = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.id.equals(key)).findFirst();
    }
}
