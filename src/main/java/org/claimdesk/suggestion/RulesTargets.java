package org.claimdesk.suggestion;

import java.util.Optional;
import org.claimdesk.project.FactRole;
import org.claimdesk.project.LabelDefinition;
import org.claimdesk.project.LabelKind;
import org.claimdesk.project.LabelSchema;
import org.jspecify.annotations.Nullable;

/**
 * Where the attribution rules' claims, attributions and denials go in a project's schema, found by
 * fact-check roles: the default schema's CLAIM, ATTRIBUTION, DENIAL and their relations, or an
 * attribution event (a trigger with source, cue and claim roles) as research corpora have it.
 */
record RulesTargets(String claim, @Nullable String attribution, @Nullable String denial,
                    @Nullable String attributedTo, @Nullable String denies, @Nullable Event event) {

    /** An event schema: the trigger label, its argument labels and the role links to them. */
    record Event(String trigger, String contentRole, @Nullable String sourceLabel, @Nullable String sourceRole,
                 @Nullable String cueLabel, @Nullable String cueRole) {
    }

    static Optional<RulesTargets> of(LabelSchema schema) {
        Optional<String> claim = first(schema, LabelKind.SPAN, FactRole.CLAIM);
        if (claim.isEmpty()) {
            return Optional.empty();
        }
        String attribution = first(schema, LabelKind.SPAN, FactRole.ATTRIBUTION)
                .or(() -> first(schema, LabelKind.SPAN, FactRole.SOURCE)).orElse(null);
        Event event = schema.roleLabels().stream().filter(r -> r.hasRole(FactRole.CLAIM)).findFirst()
                .map(content -> {
                    String trigger = content.sourceLabels().isEmpty() ? attribution : content.sourceLabels().getFirst();
                    return trigger == null ? null : new Event(trigger, content.name(),
                            first(schema, LabelKind.SPAN, FactRole.SOURCE).orElse(null),
                            first(schema, LabelKind.ROLE, FactRole.SOURCE).orElse(null),
                            first(schema, LabelKind.SPAN, FactRole.CUE).orElse(null),
                            first(schema, LabelKind.ROLE, FactRole.CUE).orElse(null));
                }).orElse(null);
        return Optional.of(new RulesTargets(claim.get(), attribution,
                first(schema, LabelKind.SPAN, FactRole.DENIAL).orElse(null),
                first(schema, LabelKind.RELATION, FactRole.ATTRIBUTED_TO).orElse(null),
                first(schema, LabelKind.RELATION, FactRole.DENIES).orElse(null), event));
    }

    private static Optional<String> first(LabelSchema schema, LabelKind kind, FactRole role) {
        return schema.labels().stream().filter(l -> l.kind() == kind && l.hasRole(role))
                .map(LabelDefinition::name).findFirst();
    }
}
