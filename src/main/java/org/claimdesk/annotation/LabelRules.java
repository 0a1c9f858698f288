package org.claimdesk.annotation;

import java.util.List;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.TextRules;
import org.claimdesk.project.LabelDefinition;
import org.claimdesk.project.LabelSchema;
import org.jspecify.annotations.Nullable;

/** What the project schema allows: a span label by name, a relation type between two labels. */
final class LabelRules {
    private LabelRules() {
    }

    static LabelDefinition spanLabel(LabelSchema schema, @Nullable String label) {
        return schema.span(label == null ? "" : label).orElseThrow(() -> new InvalidInputException(
                "Label " + TextRules.quote(label) + " is not a span label of this project; it has "
                        + schema.spanLabels().stream().map(LabelDefinition::name).toList() + "."));
    }

    /**
     * The relation type to link two labels with. Without a type, the schema's only relation type
     * allowed between the two labels is used (CLAIM -> ATTRIBUTION gives ATTRIBUTED_TO).
     */
    static LabelDefinition relationType(LabelSchema schema, @Nullable String type, String fromLabel, String toLabel) {
        if (type != null && !type.isBlank()) {
            LabelDefinition def = schema.relation(type).orElseThrow(() -> new InvalidInputException(
                    "Relation type '" + type + "' is not in this project's schema; it has "
                            + schema.relationLabels().stream().map(LabelDefinition::name).toList() + "."));
            if (!def.allows(fromLabel, toLabel)) {
                throw new InvalidInputException(def.name() + " links " + ends(def.sourceLabels()) + " -> "
                        + ends(def.targetLabels()) + ", not " + fromLabel + " -> " + toLabel + ".");
            }
            return def;
        }
        List<LabelDefinition> candidates = schema.relationsBetween(fromLabel, toLabel);
        if (candidates.size() != 1) {
            throw new InvalidInputException(candidates.isEmpty()
                    ? "No relation type links " + fromLabel + " -> " + toLabel + " in this project."
                    : "Several relation types link " + fromLabel + " -> " + toLabel + "; choose one.");
        }
        return candidates.getFirst();
    }

    private static String ends(List<String> labels) {
        return labels.isEmpty() ? "any label" : String.join("|", labels);
    }

    static String labelName(LabelSchema schema, long labelId) {
        return schema.byId(labelId).map(LabelDefinition::name).orElse("?");
    }

    static SpanDto toDto(Span s, LabelSchema schema, String annotator) {
        return new SpanDto(s.getId(), s.getDocumentId(), labelName(schema, s.getLabelId()), s.getStartCp(),
                s.getEndCp(), s.fragments(), s.getCoveredText(), s.getNote(), annotator, s.getOrigin(),
                s.getVersion(), s.getAttributes());
    }

    static RelationDto toDto(Relation r, LabelSchema schema) {
        return new RelationDto(r.getId(), r.getDocumentId(), labelName(schema, r.getLabelId()),
                r.getSourceSpanId(), r.getTargetSpanId(), r.getVersion());
    }
}
