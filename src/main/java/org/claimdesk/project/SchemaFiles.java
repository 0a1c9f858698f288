package org.claimdesk.project;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.claimdesk.base.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Schemas written for other tools, read as a schema document without ids: brat's
 * {@code annotation.conf} ([entities], [relations], [events]) and a Label Studio labeling config
 * ({@code <Labels>} and {@code <Relations>}). Fact-check roles are guessed from the usual names
 * (Content or Claim, Source, Cue, Attribution, Denial, attributed_to, denies) and can be changed
 * on the schema page afterwards.
 */
public final class SchemaFiles {
    private SchemaFiles() {
    }

    public static SchemaDocument fromBratConf(String conf) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        String section = null;
        for (String raw : conf.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).strip().toLowerCase(Locale.ROOT);
                continue;
            }
            if (section == null) {
                throw new InvalidInputException("file", "annotation.conf: '" + shorten(line) + "' comes before any [section].");
            }
            sections.computeIfAbsent(section, s -> new ArrayList<>()).add(line);
        }
        Set<String> entities = new LinkedHashSet<>();
        for (String line : sections.getOrDefault("entities", List.of())) {
            entities.add(line.replaceFirst("^!", "").split("\\s+")[0]);
        }
        List<SchemaDocument.RelationItem> relations = new ArrayList<>();
        for (String line : sections.getOrDefault("relations", List.of())) {
            if (line.startsWith("<")) {
                continue; // <OVERLAP> rules and macros are brat's own
            }
            String[] parts = line.split("\\s+", 2);
            Map<String, List<String>> args = arguments(parts.length > 1 ? parts[1] : "", false);
            List<List<String>> ends = new ArrayList<>(args.values());
            relations.add(new SchemaDocument.RelationItem(null, parts[0], ends.isEmpty() ? List.of() : ends.get(0),
                    ends.size() < 2 ? List.of() : ends.get(1), guess(parts[0], LabelKind.RELATION), null));
        }
        List<SchemaDocument.EventItem> events = new ArrayList<>();
        for (String line : sections.getOrDefault("events", List.of())) {
            String[] parts = line.replaceFirst("^!", "").split("\\s+", 2);
            entities.add(parts[0]); // an event's trigger is a span of the event's type
            List<SchemaDocument.RoleItem> roles = new ArrayList<>();
            arguments(parts.length > 1 ? parts[1] : "", true).forEach((role, labels) ->
                    roles.add(new SchemaDocument.RoleItem(null, role, labels, guess(role, LabelKind.ROLE))));
            events.add(new SchemaDocument.EventItem(null, parts[0], parts[0], roles));
        }
        if (entities.isEmpty()) {
            throw new InvalidInputException("file", "annotation.conf has no [entities] and no [events].");
        }
        List<SchemaDocument.LabelItem> labels = entities.stream()
                .map(e -> new SchemaDocument.LabelItem(null, e, null, null, null, guess(e, LabelKind.SPAN))).toList();
        return new SchemaDocument(null, labels, relations, events, null, null);
    }

    /**
     * "Arg1:Source|Speaker, Arg2:Content" or "Source+:Source, Cue?:Cue, Source2?:Source": in order,
     * with brat's ? * + dropped and, for event roles, the number of a repeated role (Source2 is Source).
     */
    private static Map<String, List<String>> arguments(String text, boolean eventRoles) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String arg : text.split(",")) {
            String[] kv = arg.strip().split(":", 2);
            if (kv.length < 2 || kv[0].isBlank()) {
                continue;
            }
            String role = kv[0].strip().replaceFirst("[?*+]$", "");
            role = eventRoles ? role.replaceFirst("\\d+$", "") : role;
            List<String> types = Arrays.stream(kv[1].split("\\|")).map(String::strip)
                    .filter(t -> !t.isEmpty() && !t.startsWith("<")).toList();
            out.merge(role, types, (a, b) -> {
                List<String> both = new ArrayList<>(a);
                b.stream().filter(t -> !both.contains(t)).forEach(both::add);
                return both;
            });
        }
        return out;
    }

    public static SchemaDocument fromLabelStudio(String xml) {
        Element root;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            root = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (Exception e) {
            throw new InvalidInputException("file", "The Label Studio config is not well-formed XML: " + shorten(String.valueOf(e.getMessage())));
        }
        List<SchemaDocument.LabelItem> labels = new ArrayList<>();
        NodeList spanLabels = root.getElementsByTagName("Label");
        for (int i = 0; i < spanLabels.getLength(); i++) {
            Element l = (Element) spanLabels.item(i);
            String name = l.getAttribute("value");
            String color = l.getAttribute("background");
            String key = l.getAttribute("hotkey");
            labels.add(new SchemaDocument.LabelItem(null, name, color.matches("#[0-9a-fA-F]{6}") ? color : null,
                    key.length() == 1 && !ReservedKeys.isReserved(key) ? key : null, attr(l, "hint"),
                    guess(name, LabelKind.SPAN)));
        }
        if (labels.isEmpty()) {
            throw new InvalidInputException("file", "The Label Studio config has no <Label value=\"...\"/>.");
        }
        List<SchemaDocument.RelationItem> relations = new ArrayList<>();
        NodeList links = root.getElementsByTagName("Relation");
        for (int i = 0; i < links.getLength(); i++) {
            String name = ((Element) links.item(i)).getAttribute("value");
            relations.add(new SchemaDocument.RelationItem(null, name, List.of(), List.of(),
                    guess(name, LabelKind.RELATION), null));
        }
        return new SchemaDocument(null, labels, relations, List.of(), null, null);
    }

    private static @Nullable String attr(Element e, String name) {
        String v = e.getAttribute(name);
        return v.isBlank() ? null : v;
    }

    /** The fact-check role a label of this name usually has, if any. */
    static @Nullable String guess(String name, LabelKind kind) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        FactRole role = switch (kind) {
            case SPAN, ROLE -> switch (n) {
                case "claim", "content" -> FactRole.CLAIM;
                case "source", "speaker" -> FactRole.SOURCE;
                case "cue" -> FactRole.CUE;
                case "attribution" -> kind == LabelKind.SPAN ? FactRole.ATTRIBUTION : null;
                case "denial" -> FactRole.DENIAL;
                default -> null;
            };
            case RELATION -> switch (n) {
                case "attributedto", "saidby" -> FactRole.ATTRIBUTED_TO;
                case "denies" -> FactRole.DENIES;
                default -> null;
            };
        };
        return role == null ? null : role.json();
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /**
     * A schema file as ClaimDesk writes it (GET /api/projects/{id}/schema), perhaps from another
     * project: its ids are ignored and items are matched by name.
     */
    static SchemaDocument fromJson(String text) {
        try {
            return tools.jackson.databind.json.JsonMapper.builder().build().readValue(text, SchemaDocument.class);
        } catch (tools.jackson.core.JacksonException e) {
            throw new InvalidInputException("This is not a ClaimDesk schema file (JSON with labels, relations, events): "
                    + e.getOriginalMessage());
        }
    }
}
