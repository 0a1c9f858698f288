package org.claimdesk.project;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One label of a project's schema. Span labels have a colour, an optional one-character shortcut
 * key and a description shown on hover; link types (relation types and event roles) name the
 * span labels they may connect (empty = any). An event role's source labels are its events'
 * trigger labels. {@code role} is what the label means to the fact-check features.
 */
public record LabelDefinition(@Nullable Long id, String name, LabelKind kind, String color,
                              @Nullable String shortcut, List<String> sourceLabels, List<String> targetLabels,
                              @Nullable String description, @Nullable FactRole role) {

    public LabelDefinition {
        sourceLabels = List.copyOf(sourceLabels);
        targetLabels = List.copyOf(targetLabels);
    }

    public static LabelDefinition span(String name, String color, @Nullable String shortcut) {
        return new LabelDefinition(null, name, LabelKind.SPAN, color, shortcut, List.of(), List.of(), null, null);
    }

    public static LabelDefinition relation(String name, String color, String source, String target) {
        return new LabelDefinition(null, name, LabelKind.RELATION, color, null, List.of(source), List.of(target),
                null, null);
    }

    /** A link type that connects any labels. */
    public static LabelDefinition link(String name, LabelKind kind, String color) {
        return new LabelDefinition(null, name, kind, color, null, List.of(), List.of(), null, null);
    }

    public LabelDefinition withRole(@Nullable FactRole newRole) {
        return new LabelDefinition(id, name, kind, color, shortcut, sourceLabels, targetLabels, description, newRole);
    }

    public LabelDefinition withName(String newName) {
        return new LabelDefinition(id, newName, kind, color, shortcut, sourceLabels, targetLabels, description, role);
    }

    public LabelDefinition withDescription(@Nullable String text) {
        return new LabelDefinition(id, name, kind, color, shortcut, sourceLabels, targetLabels, text, role);
    }

    public boolean allows(String fromLabel, String toLabel) {
        return (sourceLabels.isEmpty() || sourceLabels.contains(fromLabel))
                && (targetLabels.isEmpty() || targetLabels.contains(toLabel));
    }

    public boolean hasRole(FactRole r) {
        return role == r;
    }
}
