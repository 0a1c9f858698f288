package org.claimdesk.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A stored schema as the JSON document of the schema API: events grouped by their trigger label. */
final class SchemaDocuments {
    private SchemaDocuments() {
    }

    static SchemaDocument of(LabelSchema schema, long version, String guidelines) {
        List<SchemaDocument.LabelItem> labels = schema.spanLabels().stream()
                .map(l -> new SchemaDocument.LabelItem(l.id(), l.name(), l.color(), l.shortcut(), l.description(),
                        json(l.role())))
                .toList();
        List<SchemaDocument.RelationItem> relations = schema.relationLabels().stream()
                .map(r -> new SchemaDocument.RelationItem(r.id(), r.name(), r.sourceLabels(), r.targetLabels(),
                        json(r.role()), r.color()))
                .toList();
        // a role whose sources are several triggers is listed under each of their events
        Map<String, List<SchemaDocument.RoleItem>> byTrigger = new LinkedHashMap<>();
        for (LabelDefinition role : schema.roleLabels()) {
            SchemaDocument.RoleItem item = new SchemaDocument.RoleItem(role.id(), role.name(), role.targetLabels(),
                    json(role.role()));
            for (String trigger : role.sourceLabels().isEmpty() ? List.of("") : role.sourceLabels()) {
                byTrigger.computeIfAbsent(trigger, t -> new ArrayList<>()).add(item);
            }
        }
        List<SchemaDocument.EventItem> events = new ArrayList<>();
        byTrigger.forEach((trigger, roles) -> events.add(trigger.isEmpty()
                ? new SchemaDocument.EventItem(null, null, null, roles)
                : new SchemaDocument.EventItem(schema.span(trigger).map(LabelDefinition::id).orElse(null), trigger,
                        trigger, roles)));
        return new SchemaDocument(version, labels, relations, events, guidelines, null);
    }

    private static @Nullable String json(@Nullable FactRole role) {
        return role == null ? null : role.json();
    }

    /** A schema read from a file, with the ids, colours, keys and guidelines of same-named items of {@code now}. */
    static SchemaDocument matchedByName(SchemaDocument file, SchemaDocument now, @Nullable Long version) {
        Map<String, SchemaDocument.LabelItem> labels = new LinkedHashMap<>();
        SchemaDocument.orEmpty(now.labels()).forEach(l -> labels.put(l.name(), l));
        Map<String, Long> links = new LinkedHashMap<>();
        SchemaDocument.orEmpty(now.relations()).forEach(r -> links.put(r.name(), r.id()));
        SchemaDocument.orEmpty(now.events()).forEach(e -> SchemaDocument.orEmpty(e.roles()).forEach(r -> links.put(r.name(), r.id())));
        List<SchemaDocument.LabelItem> newLabels = SchemaDocument.orEmpty(file.labels()).stream().map(l -> {
            SchemaDocument.LabelItem old = labels.get(l.name());
            // an id from another project's file means nothing here: an unmatched label is new
            return old == null ? new SchemaDocument.LabelItem(null, l.name(), l.color(), l.shortcut(), l.description(),
                    l.role()) : new SchemaDocument.LabelItem(old.id(), l.name(), or(l.color(), old.color()),
                    or(l.shortcut(), old.shortcut()), or(l.description(), old.description()), or(l.role(), old.role()));
        }).toList();
        List<SchemaDocument.RelationItem> relations = SchemaDocument.orEmpty(file.relations()).stream()
                .map(r -> new SchemaDocument.RelationItem(links.get(r.name()), r.name(), r.from(), r.to(), r.role(), r.color()))
                .toList();
        List<SchemaDocument.EventItem> events = SchemaDocument.orEmpty(file.events()).stream()
                .map(e -> new SchemaDocument.EventItem(null, e.name(), e.trigger(), SchemaDocument.orEmpty(e.roles()).stream()
                        .map(r -> new SchemaDocument.RoleItem(links.get(r.name()), r.name(), r.labels(), r.role())).toList()))
                .toList();
        return new SchemaDocument(version, newLabels, relations, events, now.guidelines(), null);
    }

    private static @Nullable String or(@Nullable String a, @Nullable String b) {
        return a != null ? a : b;
    }
}
