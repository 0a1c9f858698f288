package org.claimdesk.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * A schema PUT checked as a whole against the schema it replaces, before anything is written:
 * the labels in their new order (ids kept for known items), the ones to delete, and which of
 * those hand their spans or links to another. Relation ends and event triggers may name a span
 * label by its new name or by the old name of a label renamed in the same body.
 */
record SchemaPlan(List<LabelDefinition> labels, List<LabelDefinition> deleted, Map<Long, String> merges,
                  String guidelines) {
    static final int GUIDELINES_MAX = 200_000;
    private static final List<String> COLORS = List.of("#7b61ff", "#00897b", "#f4511e", "#6d4c41", "#c0ca33",
            "#5e35b1", "#039be5", "#e53935");

    static SchemaPlan of(LabelSchema current, SchemaDocument body) {
        List<LabelDefinition> spans = spanLabels(current, SchemaDocument.orEmpty(body.labels()));
        Map<String, String> renamed = new HashMap<>();
        for (LabelDefinition s : spans) {
            if (s.id() != null) {
                current.byId(s.id()).filter(old -> !old.name().equals(s.name()))
                        .ifPresent(old -> renamed.put(old.name(), s.name()));
            }
        }
        Set<String> spanNames = new LinkedHashSet<>(spans.stream().map(LabelDefinition::name).toList());
        Ends ends = new Ends(spanNames, renamed);
        List<LabelDefinition> links = new ArrayList<>(relations(current, SchemaDocument.orEmpty(body.relations()), ends));
        links.addAll(eventRoles(current, SchemaDocument.orEmpty(body.events()), ends));
        Set<String> linkNames = new LinkedHashSet<>();
        Set<Long> ids = new LinkedHashSet<>();
        for (LabelDefinition l : links) {
            if (!linkNames.add(l.name())) {
                throw invalid("relations", "Relation types and event roles share one namespace; "
                        + TextRules.quote(l.name()) + " is there twice.");
            }
        }
        List<LabelDefinition> all = new ArrayList<>(spans);
        all.addAll(links);
        for (LabelDefinition l : all) {
            if (l.id() != null && !ids.add(l.id())) {
                throw invalid("labels", "Item id " + l.id() + " is in the schema twice.");
            }
        }
        List<LabelDefinition> deleted = current.labels().stream().filter(l -> !ids.contains(l.id())).toList();
        Map<Long, String> merges = merges(deleted, body.mergeInto(), spanNames, linkNames);
        String guidelines = body.guidelines() == null ? "" : TextRules.freeText("guidelines", body.guidelines(), GUIDELINES_MAX);
        return new SchemaPlan(all, deleted, merges, guidelines);
    }

    private static List<LabelDefinition> spanLabels(LabelSchema current, List<SchemaDocument.LabelItem> items) {
        if (items.isEmpty()) {
            throw invalid("labels", "A schema needs at least one span label.");
        }
        List<LabelDefinition> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        Map<String, String> keys = new HashMap<>();
        for (SchemaDocument.LabelItem item : items) {
            Long id = known(current, item.id(), LabelKind.SPAN, "labels");
            String name = name("labels", item.name());
            if (!names.add(name)) {
                throw invalid("labels", "Span label " + TextRules.quote(name) + " is there twice.");
            }
            String key = shortcut(item.shortcut(), name);
            if (key != null && keys.putIfAbsent(key.toLowerCase(Locale.ROOT), name) != null) {
                throw invalid("labels", "Key " + TextRules.quote(key) + " is taken by both "
                        + keys.get(key.toLowerCase(Locale.ROOT)) + " and " + name + ".");
            }
            out.add(new LabelDefinition(id, name, LabelKind.SPAN, color(item.color(), out.size()), key, List.of(),
                    List.of(), description(item.description()), role(item.role(), LabelKind.SPAN, name)));
        }
        return out;
    }

    private static List<LabelDefinition> relations(LabelSchema current, List<SchemaDocument.RelationItem> items, Ends ends) {
        List<LabelDefinition> out = new ArrayList<>();
        for (SchemaDocument.RelationItem item : items) {
            Long id = known(current, item.id(), LabelKind.RELATION, "relations");
            String name = name("relations", item.name());
            String color = item.color() != null ? color(item.color(), 0)
                    : id != null ? current.byId(id).orElseThrow().color() : "#757575";
            out.add(new LabelDefinition(id, name, LabelKind.RELATION, color, null,
                    ends.resolve(item.from(), name), ends.resolve(item.to(), name), null,
                    role(item.role(), LabelKind.RELATION, name)));
        }
        return out;
    }

    /** An event role used by several events is one link type whose sources are their triggers. */
    private static List<LabelDefinition> eventRoles(LabelSchema current, List<SchemaDocument.EventItem> events, Ends ends) {
        Map<String, LabelDefinition> byName = new LinkedHashMap<>();
        for (SchemaDocument.EventItem event : events) {
            String trigger = event.trigger() == null || event.trigger().isBlank() ? null
                    : ends.resolve(List.of(event.trigger()), "event " + event.name()).getFirst();
            if (trigger != null && event.name() != null && !event.name().equals(trigger)
                    && !event.name().equals(event.trigger())) {
                throw invalid("events", "An event is named by its trigger label, as in brat: "
                        + TextRules.quote(event.name()) + " has the trigger " + TextRules.quote(trigger) + ".");
            }
            for (SchemaDocument.RoleItem item : SchemaDocument.orEmpty(event.roles())) {
                Long id = known(current, item.id(), LabelKind.ROLE, "events");
                String name = name("events", item.name());
                FactRole role = role(item.role(), LabelKind.ROLE, name);
                List<String> targets = ends.resolve(item.labels(), name);
                LabelDefinition seen = byName.get(name);
                boolean otherId = seen != null && id != null && seen.id() != null && !id.equals(seen.id());
                if (seen != null && (otherId || seen.role() != role)) {
                    throw invalid("events", "Role " + TextRules.quote(name) + " is in several events with a different id or role.");
                }
                List<String> sources = merged(seen == null ? null : seen.sourceLabels(), trigger == null ? List.of() : List.of(trigger));
                List<String> allTargets = merged(seen == null ? null : seen.targetLabels(), targets);
                byName.put(name, new LabelDefinition(seen != null && seen.id() != null ? seen.id() : id, name,
                        LabelKind.ROLE, id != null ? current.byId(id).orElseThrow().color() : "#495057", null,
                        sources, allTargets, null, role));
            }
        }
        return List.copyOf(byName.values());
    }

    /** Ends of one link type over several events: "any" (empty) wins over a list. */
    private static List<String> merged(@Nullable List<String> before, List<String> more) {
        if (before == null) {
            return more;
        }
        if (before.isEmpty() || more.isEmpty()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>(before);
        out.addAll(more);
        return List.copyOf(out);
    }

    private static Map<Long, String> merges(List<LabelDefinition> deleted, @Nullable Map<String, String> mergeInto,
                                            Set<String> spanNames, Set<String> linkNames) {
        Map<Long, String> out = new HashMap<>();
        if (mergeInto == null) {
            return out;
        }
        for (Map.Entry<String, String> e : mergeInto.entrySet()) {
            LabelDefinition gone = deleted.stream()
                    .filter(d -> String.valueOf(d.id()).equals(e.getKey()) || d.name().equals(e.getKey()))
                    .findFirst().orElseThrow(() -> invalid("mergeInto", TextRules.quote(e.getKey())
                            + " is not an item this schema deletes."));
            Set<String> sameKind = gone.kind() == LabelKind.SPAN ? spanNames : linkNames;
            if (e.getValue() == null || !sameKind.contains(e.getValue())) {
                throw invalid("mergeInto", gone.name() + " can only be merged into a "
                        + (gone.kind() == LabelKind.SPAN ? "span label" : "relation type or role")
                        + " of the new schema; " + TextRules.quote(e.getValue()) + " is not one.");
            }
            out.put(gone.id(), e.getValue());
        }
        return out;
    }

    private static @Nullable Long known(LabelSchema current, @Nullable Long id, LabelKind kind, String field) {
        if (id == null) {
            return null;
        }
        LabelDefinition old = current.byId(id).orElseThrow(() -> invalid(field, "Item id " + id + " is not in this project's schema."));
        boolean sameFamily = (old.kind() == LabelKind.SPAN) == (kind == LabelKind.SPAN)
                && (kind == LabelKind.SPAN || old.kind() == kind);
        if (!sameFamily) {
            throw invalid(field, "Item id " + id + " is a " + old.kind().name().toLowerCase(Locale.ROOT)
                    + ", not a " + kind.name().toLowerCase(Locale.ROOT) + "; an item keeps its kind.");
        }
        return id;
    }

    static String name(String field, @Nullable String raw) {
        String name = raw == null ? "" : raw.strip();
        if (!name.matches("[\\p{L}\\p{N}_.:-][\\p{L}\\p{N}_.: -]{0,63}")) {
            throw invalid(field, TextRules.quote(name) + " cannot be a name: use 1 to 64 letters, digits, spaces, _ . : or -.");
        }
        return name;
    }

    private static @Nullable String shortcut(@Nullable String raw, String label) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (raw.codePointCount(0, raw.length()) != 1 || !Character.isLetterOrDigit(raw.codePointAt(0))) {
            throw invalid("labels", "The key of " + label + " must be one letter or digit; got " + TextRules.quote(raw) + ".");
        }
        if (ReservedKeys.isReserved(raw)) {
            throw invalid("labels", "Key " + TextRules.quote(raw) + " of " + label + " is the editor's own (reserved: "
                    + String.join(" ", ReservedKeys.CHARACTERS) + ").");
        }
        return raw;
    }

    private static String color(@Nullable String raw, int index) {
        if (raw == null || raw.isBlank()) {
            return COLORS.get(index % COLORS.size());
        }
        if (!raw.matches("#[0-9a-fA-F]{6}")) {
            throw invalid("labels", "A colour is #rrggbb; got " + TextRules.quote(raw) + ".");
        }
        return raw.toLowerCase(Locale.ROOT);
    }

    private static @Nullable String description(@Nullable String raw) {
        return raw == null || raw.isBlank() ? null : TextRules.freeText("description", raw.strip(), 2000);
    }

    private static @Nullable FactRole role(@Nullable String raw, LabelKind kind, String name) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        FactRole role = FactRole.fromJson(raw).orElseThrow(() -> invalid("role", TextRules.quote(raw)
                + " is not a role; roles are claim, attribution, source, cue, denial, attributed-to, denies."));
        if (!role.fits(kind)) {
            throw invalid("role", name + " cannot have the role " + role.json() + ": "
                    + (kind == LabelKind.RELATION ? "relation types take attributed-to or denies."
                    : "span labels and event roles take claim, attribution, source, cue or denial."));
        }
        return role;
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(field, message);
    }

    /** Span label names as relation ends and triggers may give them. */
    private record Ends(Set<String> names, Map<String, String> renamed) {
        List<String> resolve(@Nullable List<String> given, String owner) {
            if (given == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String g : given) {
                String name = names.contains(g) ? g : renamed.get(g);
                if (name == null) {
                    throw invalid("relations", owner + " names " + TextRules.quote(g)
                            + ", which is not a span label of this schema.");
                }
                out.add(name);
            }
            return out;
        }
    }
}
