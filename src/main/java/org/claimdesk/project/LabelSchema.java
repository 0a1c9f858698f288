package org.claimdesk.project;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;

/**
 * A project's labels in display order: span labels, and link types (relation types and event
 * roles, one namespace of their own, so a link type may be named like a span label).
 */
public record LabelSchema(List<LabelDefinition> labels) {

    /** The default fact-check schema of PRODUCT.md (PARC-style attribution). */
    public static LabelSchema factCheck() {
        return SchemaTemplate.FACT_CHECK.schema();
    }

    /** Names of the span labels with a role. */
    public Set<String> spanLabelsWith(FactRole role) {
        return names(spanLabels(), role);
    }

    /** Names of the relation types and event roles with a role. */
    public Set<String> linkTypesWith(FactRole role) {
        return names(labels.stream().filter(l -> l.kind() != LabelKind.SPAN).toList(), role);
    }

    /** The fact-check roles this schema fills, so a feature can say what it lacks. */
    public Set<FactRole> roles() {
        Set<FactRole> out = EnumSet.noneOf(FactRole.class);
        labels.stream().map(LabelDefinition::role).filter(Objects::nonNull).forEach(out::add);
        return out;
    }

    private static Set<String> names(List<LabelDefinition> defs, FactRole role) {
        return defs.stream().filter(l -> l.hasRole(role)).map(LabelDefinition::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public List<LabelDefinition> spanLabels() {
        return labels.stream().filter(l -> l.kind() == LabelKind.SPAN).toList();
    }

    public List<LabelDefinition> relationLabels() {
        return labels.stream().filter(l -> l.kind() == LabelKind.RELATION).toList();
    }

    public Optional<LabelDefinition> span(String name) {
        return spanLabels().stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** Event roles: links from a trigger span to an argument, named like brat's E-line roles. */
    public List<LabelDefinition> roleLabels() {
        return labels.stream().filter(l -> l.kind() == LabelKind.ROLE).toList();
    }

    /** The type of a link by name: a relation type or an event role (they share one namespace). */
    public Optional<LabelDefinition> relation(String name) {
        return labels.stream().filter(l -> l.kind() != LabelKind.SPAN && l.name().equals(name)).findFirst();
    }

    public Optional<LabelDefinition> byId(long id) {
        return labels.stream().filter(l -> l.id() != null && l.id() == id).findFirst();
    }

    /**
     * The link types allowed from a span with one label to a span with another: relation types,
     * and the event roles whose trigger is the first span's label (linking a trigger to an
     * argument adds that role to the event).
     */
    public List<LabelDefinition> relationsBetween(String fromLabel, String toLabel) {
        return labels.stream().filter(l -> l.kind() != LabelKind.SPAN && l.allows(fromLabel, toLabel)).toList();
    }
}
