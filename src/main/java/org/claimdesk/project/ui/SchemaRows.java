package org.claimdesk.project.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimdesk.project.SchemaDocument;
import org.jspecify.annotations.Nullable;

/** The schema page's editable rows, and what the page says about a schema. */
final class SchemaRows {
    private static final List<String> COLORS = List.of("#7b61ff", "#00897b", "#f4511e", "#6d4c41", "#c0ca33");

    private SchemaRows() {
    }

    static final class LabelRow {
        @Nullable Long id;
        String name = "";
        String color = "#7b61ff";
        String shortcut = "";
        String description = "";
        String role = "";

        static LabelRow of(SchemaDocument.LabelItem l) {
            LabelRow r = new LabelRow();
            r.id = l.id();
            r.name = Objects.requireNonNullElse(l.name(), "");
            r.color = Objects.requireNonNullElse(l.color(), r.color);
            r.shortcut = Objects.requireNonNullElse(l.shortcut(), "");
            r.description = Objects.requireNonNullElse(l.description(), "");
            r.role = Objects.requireNonNullElse(l.role(), "");
            return r;
        }

        static LabelRow fresh(int index) {
            LabelRow r = new LabelRow();
            r.name = "LABEL" + (index + 1);
            r.color = COLORS.get(index % COLORS.size());
            return r;
        }

        SchemaDocument.LabelItem toItem() {
            return new SchemaDocument.LabelItem(id, name, color, blankToNull(shortcut), blankToNull(description),
                    blankToNull(role));
        }
    }

    static final class RelationRow {
        @Nullable Long id;
        String name = "";
        String from = "";
        String to = "";
        String role = "";
        @Nullable String color;

        static RelationRow of(SchemaDocument.RelationItem r) {
            RelationRow row = new RelationRow();
            row.id = r.id();
            row.name = Objects.requireNonNullElse(r.name(), "");
            row.from = String.join(", ", SchemaDocument.orEmpty(r.from()));
            row.to = String.join(", ", SchemaDocument.orEmpty(r.to()));
            row.role = Objects.requireNonNullElse(r.role(), "");
            row.color = r.color();
            return row;
        }

        static RelationRow fresh() {
            RelationRow r = new RelationRow();
            r.name = "LINK";
            return r;
        }

        SchemaDocument.RelationItem toItem() {
            return new SchemaDocument.RelationItem(id, name, names(from), names(to), blankToNull(role), color);
        }
    }

    /** "CLAIM, ATTRIBUTION" as a list; empty means any label. */
    static List<String> names(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String describe(SchemaDocument.EventItem e) {
        String roles = SchemaDocument.orEmpty(e.roles()).stream()
                .map(r -> r.name() + (SchemaDocument.orEmpty(r.labels()).isEmpty() ? "" : " → "
                        + String.join("|", r.labels())) + (r.role() == null ? "" : " (" + r.role() + ")"))
                .collect(Collectors.joining(", "));
        return (e.trigger() == null ? "Any trigger" : e.trigger()) + ": " + roles;
    }

    /** Which fact-check features this schema lacks, in words a project owner acts on. */
    static String whatIsMissing(SchemaDocument doc) {
        Set<String> roles = Stream.concat(Stream.concat(
                        SchemaDocument.orEmpty(doc.labels()).stream().map(SchemaDocument.LabelItem::role),
                        SchemaDocument.orEmpty(doc.relations()).stream().map(SchemaDocument.RelationItem::role)),
                        SchemaDocument.orEmpty(doc.events()).stream()
                                .flatMap(e -> SchemaDocument.orEmpty(e.roles()).stream()).map(SchemaDocument.RoleItem::role))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        if (!roles.contains("claim")) {
            return "No label or event role has the claim role: the claims table, verdicts, provenance and the"
                    + " ClaimReview and CSV exports stay empty for this project.";
        }
        if (!roles.contains("attributed-to") && !roles.contains("source") && !roles.contains("attribution")) {
            return "Claims have no sources: give a relation the attributed-to role, or an event role the source role.";
        }
        if (!roles.contains("denies") && !roles.contains("denial")) {
            return "Every fact-check feature works; denials are not counted (no denial or denies role).";
        }
        return "Every fact-check feature works on this schema: claims, sources, denials, verdicts and provenance.";
    }

    private static @Nullable String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
