package org.claimdesk.project;

import org.jspecify.annotations.Nullable;

/**
 * One label of a project's schema. Span labels have a colour and an optional one-character
 * shortcut key; relation labels name the span labels they may connect (null = any).
 */
public record LabelDefinition(@Nullable Long id, String name, LabelKind kind, String color,
                              @Nullable String shortcut, @Nullable String sourceLabel,
                              @Nullable String targetLabel) {

    public static LabelDefinition span(String name, String color, String shortcut) {
        return new LabelDefinition(null, name, LabelKind.SPAN, color, shortcut, null, null);
    }

    public static LabelDefinition relation(String name, String color, String source, String target) {
        return new LabelDefinition(null, name, LabelKind.RELATION, color, null, source, target);
    }

    public boolean allows(String fromLabel, String toLabel) {
        return (sourceLabel == null || sourceLabel.equals(fromLabel))
                && (targetLabel == null || targetLabel.equals(toLabel));
    }
}
