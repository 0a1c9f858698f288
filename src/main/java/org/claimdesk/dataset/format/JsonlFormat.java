package org.claimdesk.dataset.format;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.dataset.ExportContext;
import org.claimdesk.dataset.ExportDocument;
import org.claimdesk.dataset.ExportRelation;
import org.claimdesk.dataset.ExportReview;
import org.claimdesk.dataset.ExportSpan;
import org.claimdesk.dataset.FormatReader;
import org.claimdesk.dataset.BaseFormat;
import org.claimdesk.dataset.FormatWriter;
import org.claimdesk.dataset.ImportedDocument;
import org.claimdesk.dataset.ImportedDocument.ImportedRelation;
import org.claimdesk.dataset.ImportedDocument.ImportedSpan;
import org.claimdesk.review.EvidenceItem;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * ClaimDesk's own JSONL: one document layer a line with text, spans (code points), relations and
 * verdicts. Reading takes the same lines, or just {@code text} with optional {@code id},
 * {@code title}, {@code sourceUrl}, {@code meta} and {@code spans}, to import a corpus.
 */
@Component
public class JsonlFormat extends BaseFormat {
    public JsonlFormat() {
        super("jsonl", "ClaimDesk JSONL", "codepoint", true, true);
    }

    @Override
    public FormatWriter writer(ExportContext context) {
        return (doc, files) -> {
            Writer out = files.file(doc.split().fileName() + ".jsonl");
            try (JsonGenerator g = Json.generator(out)) {
                write(g, doc);
            }
            out.write('\n');
        };
    }

    private static void write(JsonGenerator g, ExportDocument doc) {
        g.writeStartObject();
        g.writeStringProperty("id", doc.key());
        g.writeStringProperty("title", doc.title());
        Json.stringOrSkip(g, "sourceUrl", doc.sourceUrl());
        Json.stringOrSkip(g, "publisher", doc.publisher());
        Json.stringOrSkip(g, "publishedOn", doc.publishedOn());
        g.writeStringProperty("split", doc.split().fileName());
        g.writeStringProperty("layer", doc.layer());
        g.writeStringProperty("offsetUnit", "codepoint");
        g.writeStringProperty("text", doc.text());
        g.writeArrayPropertyStart("spans");
        for (ExportSpan s : doc.spans()) {
            g.writeStartObject();
            g.writeStringProperty("id", s.id());
            g.writeStringProperty("label", s.label());
            g.writeNumberProperty("start", s.start());
            g.writeNumberProperty("end", s.end());
            if (s.fragments().size() > 1) {
                g.writeArrayPropertyStart("fragments");
                for (Fragment f : s.fragments()) {
                    g.writeStartArray();
                    g.writeNumber(f.start());
                    g.writeNumber(f.end());
                    g.writeEndArray();
                }
                g.writeEndArray();
            }
            g.writeStringProperty("text", s.text());
            g.writeStringProperty("annotator", s.annotator());
            Json.stringOrSkip(g, "note", s.note());
            Json.stringOrSkip(g, "source", s.source());
            if (!s.attributes().isEmpty()) {
                g.writeObjectPropertyStart("attributes");
                for (Map.Entry<String, String> a : s.attributes().entrySet()) {
                    g.writeStringProperty(a.getKey(), a.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("relations");
        for (ExportRelation r : doc.relations()) {
            g.writeStartObject();
            g.writeStringProperty("id", r.id());
            g.writeStringProperty("type", r.type());
            g.writeStringProperty("from", r.from());
            g.writeStringProperty("to", r.to());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!doc.reviews().isEmpty()) {
            g.writeArrayPropertyStart("reviews");
            for (ExportReview r : doc.reviews()) {
                g.writeStartObject();
                g.writeStringProperty("span", r.span());
                g.writeStringProperty("verdict", r.verdict());
                g.writeStringProperty("reviewer", r.reviewer());
                g.writeStringProperty("at", r.at().toString());
                g.writeArrayPropertyStart("evidence");
                for (EvidenceItem e : r.evidence()) {
                    g.writeStartObject();
                    Json.stringOrSkip(g, "url", e.url());
                    Json.stringOrSkip(g, "quote", e.quote());
                    Json.stringOrSkip(g, "note", e.note());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    @Override
    public FormatReader reader() {
        return JsonLines.reader(JsonlFormat::parse, ".jsonl", ".ndjson");
    }

    static ImportedDocument parse(String file, int line, JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("each line must be a JSON object with a \"text\" field");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isString()) {
            throw new IllegalArgumentException("\"text\" is missing or not a string");
        }
        String unit = node.path("offsetUnit").asString("codepoint");
        List<ImportedSpan> spans = new ArrayList<>();
        int index = 0;
        for (JsonNode s : node.path("spans")) {
            index++;
            String label = s.path("label").asString(null);
            if (label == null) {
                throw new IllegalArgumentException("span " + index + " has no \"label\"");
            }
            List<Fragment> fragments = new ArrayList<>();
            if (s.has("fragments")) {
                for (JsonNode f : s.get("fragments")) {
                    fragments.add(new Fragment(integer(f.get(0), index), integer(f.get(1), index)));
                }
            } else {
                fragments.add(new Fragment(integer(s.get("start"), index), integer(s.get("end"), index)));
            }
            String id = s.has("id") ? s.get("id").asString() : "#" + index;
            spans.add(new ImportedSpan(id, label, fragments, s.path("text").asString(null), s.path("note").asString(null),
                    s.path("score").asDouble(1), attributes(s.path("attributes"), index)));
        }
        List<ImportedRelation> relations = new ArrayList<>();
        for (JsonNode r : node.path("relations")) {
            String type = r.path("type").asString(null);
            if (type == null || !r.has("from") || !r.has("to")) {
                throw new IllegalArgumentException("a relation needs \"type\", \"from\" and \"to\"");
            }
            relations.add(new ImportedRelation(type, r.get("from").asString(), r.get("to").asString()));
        }
        JsonNode meta = node.get("meta");
        // a line with "model" holds that model's predictions: suggestions, not a person's annotations
        String model = node.path("model").asString(null);
        return new ImportedDocument(file, line, node.path("id").asString(null), node.path("title").asString(null),
                text.asString(), null, node.path("sourceUrl").asString(null),
                meta == null || meta.isNull() ? null : meta.toString(), unit, spans, relations,
                model == null || model.isBlank() ? null : ImportedDocument.MODEL + model);
    }

    private static Map<String, String> attributes(JsonNode node, int span) {
        if (node.isMissingNode() || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("span " + span + ": \"attributes\" must be an object of names to values");
        }
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, JsonNode> a : node.properties()) {
            if (!a.getValue().isValueNode() || a.getValue().isNull()) {
                throw new IllegalArgumentException("span " + span + ": attribute \"" + a.getKey() + "\" needs a value");
            }
            out.put(a.getKey(), a.getValue().asString());
        }
        return out;
    }

    private static int integer(JsonNode n, int span) {
        if (n == null || !n.canConvertToInt()) {
            throw new IllegalArgumentException("span " + span + " needs whole-number \"start\" and \"end\"");
        }
        return n.asInt();
    }
}
