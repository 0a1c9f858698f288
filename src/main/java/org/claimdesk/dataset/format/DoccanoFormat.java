package org.claimdesk.dataset.format;

import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.dataset.ExportContext;
import org.claimdesk.dataset.ExportRelation;
import org.claimdesk.dataset.ExportSpan;
import org.claimdesk.dataset.FormatReader;
import org.claimdesk.dataset.BaseFormat;
import org.claimdesk.dataset.FormatWriter;
import org.claimdesk.dataset.ImportedDocument;
import org.claimdesk.dataset.ImportedDocument.ImportedRelation;
import org.claimdesk.dataset.ImportedDocument.ImportedSpan;
import org.claimdesk.document.TextOffsets;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * doccano JSONL for sequence labeling with relations: {@code entities} with
 * {@code start_offset}/{@code end_offset} in UTF-16 code units (as doccano counts) and
 * {@code relations}. One entity per fragment. Reading also takes the older
 * {@code "label": [[start, end, "LABEL"], ...]} form.
 */
@Component
public class DoccanoFormat extends BaseFormat {
    public DoccanoFormat() {
        super("doccano", "doccano JSONL", "utf16", true, true);
    }

    @Override
    public FormatWriter writer(ExportContext ctx) {
        return (doc, files) -> {
            Writer out = files.file(doc.split().fileName() + ".jsonl");
            TextOffsets offsets = new TextOffsets(doc.text());
            Map<String, Integer> firstEntity = new HashMap<>();
            try (JsonGenerator g = Json.generator(out)) {
                g.writeStartObject();
                g.writeStringProperty("document", doc.key());
                g.writeStringProperty("text", doc.text());
                g.writeArrayPropertyStart("entities");
                int id = 0;
                for (ExportSpan s : doc.spans()) {
                    for (Fragment f : s.fragments()) {
                        id++;
                        firstEntity.putIfAbsent(s.id(), id);
                        g.writeStartObject();
                        g.writeNumberProperty("id", id);
                        g.writeStringProperty("label", s.label());
                        g.writeNumberProperty("start_offset", offsets.toUtf16(f.start()));
                        g.writeNumberProperty("end_offset", offsets.toUtf16(f.end()));
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
                g.writeArrayPropertyStart("relations");
                int rid = 0;
                for (ExportRelation r : doc.relations()) {
                    g.writeStartObject();
                    g.writeNumberProperty("id", ++rid);
                    g.writeNumberProperty("from_id", firstEntity.get(r.from()));
                    g.writeNumberProperty("to_id", firstEntity.get(r.to()));
                    g.writeStringProperty("type", r.type());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeStringProperty("layer", doc.layer());
                g.writeEndObject();
            }
            out.write('\n');
        };
    }

    @Override
    public FormatReader reader() {
        return JsonLines.reader(DoccanoFormat::parse, ".jsonl", ".json");
    }

    static ImportedDocument parse(String file, int line, JsonNode node) {
        String text = node.path("text").asString(null);
        if (text == null) {
            throw new IllegalArgumentException("\"text\" is missing");
        }
        List<ImportedSpan> spans = new ArrayList<>();
        for (JsonNode e : node.path("entities")) {
            if (!e.path("start_offset").canConvertToInt() || !e.path("end_offset").canConvertToInt() || !e.path("label").isString()) {
                throw new IllegalArgumentException("entity " + e.path("id").asString("?")
                        + " needs a label (a string), start_offset and end_offset");
            }
            spans.add(new ImportedSpan(e.path("id").asString(null), e.get("label").asString(),
                    List.of(new Fragment(e.get("start_offset").asInt(), e.get("end_offset").asInt())), null, null));
        }
        int index = 0;
        for (JsonNode l : node.path("label")) {
            index++;
            if (!l.isArray() || l.size() < 3 || !l.get(0).canConvertToInt() || !l.get(1).canConvertToInt()
                    || !l.get(2).isString()) {
                throw new IllegalArgumentException("label " + index + " is not [start, end, \"LABEL\"]");
            }
            spans.add(new ImportedSpan("label#" + index, l.get(2).asString(),
                    List.of(new Fragment(l.get(0).asInt(), l.get(1).asInt())), null, null));
        }
        List<ImportedRelation> relations = new ArrayList<>();
        for (JsonNode r : node.path("relations")) {
            if (r.path("from_id").isNull() || r.path("to_id").isNull() || r.path("from_id").isMissingNode()
                    || r.path("to_id").isMissingNode() || !r.path("type").isString()) {
                throw new IllegalArgumentException("relation " + r.path("id").asString("?")
                        + " needs from_id and to_id (entity ids) and a type");
            }
            relations.add(new ImportedRelation(r.get("type").asString(), r.get("from_id").asString(), r.get("to_id").asString()));
        }
        return new ImportedDocument(file, line, node.path("document").asString(null), null, text, null, null, null,
                "utf16", spans, relations);
    }
}
