package org.claimdesk.dataset.format;

import org.claimdesk.document.TextOffsets;
import java.util.HashMap;
import java.util.Objects;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.dataset.ExportContext;
import org.claimdesk.dataset.ExportDocument;
import org.claimdesk.dataset.ExportRelation;
import org.claimdesk.dataset.ExportSpan;
import org.claimdesk.dataset.FormatReader;
import org.claimdesk.dataset.BaseFormat;
import org.claimdesk.dataset.FormatWriter;
import org.claimdesk.dataset.ImportSource;
import org.claimdesk.dataset.ImportedDocument;
import org.claimdesk.dataset.ImportedDocument.ImportedRelation;
import org.claimdesk.dataset.ImportedDocument.ImportedSpan;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * W3C Web Annotation JSON-LD: an AnnotationCollection per file whose page holds one annotation per
 * span (a tagging body with the label; a target per fragment with a TextPositionSelector in code
 * points and a TextQuoteSelector) and one per relation (a linking body, the two span annotations as
 * targets). The target source is the document's URL, else {@code urn:claimdesk:document:<id>}.
 * Reading matches documents of the project by that source and checks each position against its
 * quote.
 */
@Component
public class W3cFormat extends BaseFormat {
    public W3cFormat() {
        super("w3c", "W3C Web Annotation JSON-LD", "codepoint", true, true);
    }

    static final String URN = "urn:claimdesk:document:";
    private static final int CONTEXT = 32;

    @Override
    public FormatWriter writer(ExportContext ctx) {
        JsonArrayFiles arrays = new JsonArrayFiles("{\"@context\":\"http://www.w3.org/ns/anno.jsonld\","
                + "\"type\":\"AnnotationCollection\",\"label\":" + Json.MAPPER.writeValueAsString(ctx.projectName())
                + ",\"first\":{\"type\":\"AnnotationPage\",\"items\":[\n", "\n]}}\n");
        return (doc, files) -> {
            String name = doc.split().fileName() + ".jsonld";
            arrays.touch(files, name);
            String source = doc.sourceUrl() != null ? doc.sourceUrl() : URN + doc.key();
            String idBase = URN + doc.key() + "#" + doc.layer() + "/";
            TextOffsets text = new TextOffsets(doc.text());
            for (ExportSpan s : doc.spans()) {
                Writer out = arrays.nextItem(files, name);
                try (JsonGenerator g = Json.generator(out)) {
                    span(g, text, s, source, idBase);
                }
            }
            for (ExportRelation r : doc.relations()) {
                Writer out = arrays.nextItem(files, name);
                try (JsonGenerator g = Json.generator(out)) {
                    g.writeStartObject();
                    g.writeStringProperty("id", idBase + r.id());
                    g.writeStringProperty("type", "Annotation");
                    g.writeStringProperty("motivation", "linking");
                    g.writeObjectPropertyStart("body");
                    g.writeStringProperty("type", "TextualBody");
                    g.writeStringProperty("purpose", "tagging");
                    g.writeStringProperty("value", r.type());
                    g.writeEndObject();
                    g.writeArrayPropertyStart("target");
                    g.writeString(idBase + r.from());
                    g.writeString(idBase + r.to());
                    g.writeEndArray();
                    g.writeEndObject();
                }
            }
        };
    }

    private static void span(JsonGenerator g, TextOffsets text, ExportSpan s, String source, String idBase) {
        g.writeStartObject();
        g.writeStringProperty("id", idBase + s.id());
        g.writeStringProperty("type", "Annotation");
        g.writeStringProperty("motivation", "tagging");
        g.writeObjectPropertyStart("creator");
        g.writeStringProperty("type", "Person");
        g.writeStringProperty("nickname", s.annotator());
        g.writeEndObject();
        g.writeArrayPropertyStart("body");
        body(g, "tagging", s.label());
        if (s.note() != null) {
            body(g, "commenting", s.note());
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("target");
        for (Fragment f : s.fragments()) {
            g.writeStartObject();
            g.writeStringProperty("source", source);
            g.writeArrayPropertyStart("selector");
            g.writeStartObject();
            g.writeStringProperty("type", "TextPositionSelector");
            g.writeNumberProperty("start", f.start());
            g.writeNumberProperty("end", f.end());
            g.writeEndObject();
            g.writeStartObject();
            g.writeStringProperty("type", "TextQuoteSelector");
            g.writeStringProperty("exact", text.substring(f.start(), f.end()));
            g.writeStringProperty("prefix", text.substring(Math.max(0, f.start() - CONTEXT), f.start()));
            g.writeStringProperty("suffix", text.substring(f.end(), Math.min(text.lengthInCodePoints(), f.end() + CONTEXT)));
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void body(JsonGenerator g, String purpose, String value) {
        g.writeStartObject();
        g.writeStringProperty("type", "TextualBody");
        g.writeStringProperty("purpose", purpose);
        g.writeStringProperty("value", value);
        g.writeEndObject();
    }

    @Override
    public FormatReader reader() {
        return (source, sink) -> {
            for (ImportSource.ImportFile file : source.files()) {
                if (!file.name().endsWith(".jsonld") && !file.name().endsWith(".json")) {
                    continue;
                }
                JsonNode root;
                try (InputStream in = file.open()) {
                    root = Json.MAPPER.readTree(in);
                } catch (JacksonException e) {
                    sink.problem(file.name(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                            "not valid JSON: " + e.getOriginalMessage());
                    continue;
                }
                try {
                    parse(file.name(), root).forEach(sink::document);
                } catch (IllegalArgumentException e) {
                    sink.problem(file.name(), 0, e.getMessage());
                }
            }
        };
    }

    /** One imported document per target source, holding the annotations on it. */
    static List<ImportedDocument> parse(String file, JsonNode root) {
        List<JsonNode> items = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(items::add);
        } else if (root.path("type").asString("").equals("Annotation")) {
            items.add(root);
        } else {
            for (JsonNode page = root.path("first"); page.isObject(); page = page.path("next")) {
                page.path("items").forEach(items::add);
            }
            root.path("items").forEach(items::add);
        }
        Map<String, List<ImportedSpan>> spans = new LinkedHashMap<>();
        Map<String, List<ImportedRelation>> relations = new LinkedHashMap<>();
        Map<String, String> sourceOfSpan = new HashMap<>();
        for (JsonNode a : items) {
            String id = a.path("id").asString(null);
            List<JsonNode> bodies = new ArrayList<>();
            if (a.path("body").isArray()) {
                a.path("body").forEach(bodies::add);
            } else if (a.has("body")) {
                bodies.add(a.path("body"));
            }
            String label = bodies.stream().filter(b -> b.path("purpose").asString("tagging").equals("tagging"))
                    .map(b -> b.path("value").asString(null)).filter(Objects::nonNull).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("annotation " + id + " has no tagging body"));
            String note = bodies.stream().filter(b -> b.path("purpose").asString("").equals("commenting"))
                    .map(b -> b.path("value").asString(null)).findFirst().orElse(null);
            List<JsonNode> targets = new ArrayList<>();
            if (a.path("target").isArray()) {
                a.path("target").forEach(targets::add);
            } else {
                targets.add(a.path("target"));
            }
            if (a.path("motivation").asString("").equals("linking") || targets.stream().allMatch(JsonNode::isString)) {
                if (targets.size() != 2) {
                    throw new IllegalArgumentException("linking annotation " + id + " needs two targets");
                }
                String src = sourceOfSpan.get(targets.get(0).asString());
                if (src != null) {
                    relations.computeIfAbsent(src, k -> new ArrayList<>()).add(
                            new ImportedRelation(label, targets.get(0).asString(), targets.get(1).asString()));
                }
                continue;
            }
            List<Fragment> fragments = new ArrayList<>();
            StringBuilder exact = new StringBuilder();
            String source = null;
            for (JsonNode t : targets) {
                source = t.path("source").asString(null);
                JsonNode position = null;
                JsonNode quote = null;
                for (JsonNode sel : t.path("selector").isArray() ? t.path("selector") : Json.MAPPER.createArrayNode().add(t.path("selector"))) {
                    switch (sel.path("type").asString("")) {
                        case "TextPositionSelector" -> position = sel;
                        case "TextQuoteSelector" -> quote = sel;
                        default -> { }
                    }
                }
                if (source == null || position == null) {
                    throw new IllegalArgumentException("annotation " + id + " needs a target source and a TextPositionSelector");
                }
                fragments.add(new Fragment(position.path("start").asInt(), position.path("end").asInt()));
                if (quote != null) {
                    exact.append(quote.path("exact").asString(""));
                }
            }
            sourceOfSpan.put(id, source);
            spans.computeIfAbsent(source, k -> new ArrayList<>()).add(new ImportedSpan(id, label, fragments,
                    exact.isEmpty() ? null : exact.toString(), note));
        }
        List<ImportedDocument> out = new ArrayList<>();
        spans.forEach((source, list) -> out.add(new ImportedDocument(file, 0, null, null, null, source, null, null,
                "codepoint", list, relations.getOrDefault(source, List.of()))));
        return out;
    }
}
