package org.claimdesk.project;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A project's schema as {@code GET/PUT /api/projects/{id}/schema} and the schema file carry it.
 * On a PUT, an item with a known {@code id} is kept or renamed, one without is new, and one left
 * out is deleted; {@code mergeInto} maps a deleted item (by id or old name) to the name of the
 * item that takes over its spans or links. Events are named by their trigger label, as in brat;
 * a trigger of null means roles that any span may have.
 */
public record SchemaDocument(@Nullable Long version, @Nullable List<LabelItem> labels,
                             @Nullable List<RelationItem> relations, @Nullable List<EventItem> events,
                             @Nullable String guidelines, @Nullable Map<String, String> mergeInto) {

    public record LabelItem(@Nullable Long id, @Nullable String name, @Nullable String color,
                            @Nullable String shortcut, @Nullable String description, @Nullable String role) {
    }

    public record RelationItem(@Nullable Long id, @Nullable String name, @Nullable List<String> from,
                               @Nullable List<String> to, @Nullable String role, @Nullable String color) {
    }

    public record EventItem(@Nullable Long id, @Nullable String name, @Nullable String trigger,
                            @Nullable List<RoleItem> roles) {
    }

    public record RoleItem(@Nullable Long id, @Nullable String name, @Nullable List<String> labels,
                           @Nullable String role) {
    }

    public static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }
}
