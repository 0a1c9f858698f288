package org.claimdesk.dataset.format;

import org.claimdesk.document.TextOffsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.base.TextRules;
import org.claimdesk.dataset.ExportContext;
import org.claimdesk.dataset.ExportDocument;
import org.claimdesk.dataset.ExportFiles;
import org.claimdesk.dataset.ExportRelation;
import org.claimdesk.dataset.ExportSpan;
import org.claimdesk.dataset.FormatReader;
import org.claimdesk.dataset.BaseFormat;
import org.claimdesk.dataset.FormatWriter;
import org.claimdesk.dataset.ImportSource;
import org.claimdesk.dataset.ImportedDocument;
import org.claimdesk.dataset.ImportedDocument.ImportedRelation;
import org.claimdesk.dataset.ImportedDocument.ImportedSpan;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Label Studio JSON: a task array, each task with {@code data.text} and one annotation whose
 * results are {@code labels} regions (code points) and {@code relation} links; plus a
 * {@code label_config.xml} to create the Label Studio project with. A discontinuous span becomes
 * one region per fragment ("T1", "T1.2", ...) with the relations on its first region. Reading
 * streams the task array, so a large export does not have to fit in memory.
 */
@Component
public class LabelStudioFormat extends BaseFormat {
    public LabelStudioFormat() {
        super("labelstudio", "Label Studio JSON", "codepoint", true, true);
    }

    @Override
    public FormatWriter writer(ExportContext ctx) {
        JsonArrayFiles arrays = new JsonArrayFiles("[\n", "\n]\n");
        return new FormatWriter.Finishing() {
            @Override
            public void write(ExportDocument doc, ExportFiles files) throws IOException {
                Writer out = arrays.nextItem(files, doc.split().fileName() + ".json");
                try (JsonGenerator g = Json.generator(out)) {
                    task(g, doc);
                }
            }

            @Override
            public void finish(ExportFiles files) throws IOException {
                StringBuilder xml = new StringBuilder("<View>\n  <Labels name=\"label\" toName=\"text\">\n");
                ctx.spanLabels().forEach(l -> xml.append("    <Label value=\"").append(l).append("\"/>\n"));
                xml.append("  </Labels>\n  <Relations>\n");
                ctx.relationTypes().forEach(r -> xml.append("    <Relation value=\"").append(r).append("\"/>\n"));
                xml.append("  </Relations>\n  <Text name=\"text\" value=\"$text\"/>\n</View>\n");
                files.file("label_config.xml").write(xml.toString());
            }
        };
    }

    private static void task(JsonGenerator g, ExportDocument doc) {
        g.writeStartObject();
        g.writeObjectPropertyStart("data");
        g.writeStringProperty("text", doc.text());
        g.writeStringProperty("id", doc.key());
        g.writeStringProperty("title", doc.title());
        Json.stringOrSkip(g, "sourceUrl", doc.sourceUrl());
        g.writeEndObject();
        g.writeArrayPropertyStart("annotations");
        g.writeStartObject();
        // Label Studio's importer takes completed_by only as a member id or an object with an email,
        // which ClaimDesk users have not: the annotator's name goes in the annotation's meta
        g.writeObjectPropertyStart("meta");
        g.writeStringProperty("annotator", doc.layer());
        g.writeEndObject();
        g.writeArrayPropertyStart("result");
        TextOffsets text = new TextOffsets(doc.text());
        for (ExportSpan s : doc.spans()) {
            for (int i = 0; i < s.fragments().size(); i++) {
                Fragment f = s.fragments().get(i);
                g.writeStartObject();
                g.writeStringProperty("id", i == 0 ? s.id() : s.id() + "." + (i + 1));
                g.writeStringProperty("from_name", "label");
                g.writeStringProperty("to_name", "text");
                g.writeStringProperty("type", "labels");
                g.writeObjectPropertyStart("value");
                g.writeNumberProperty("start", f.start());
                g.writeNumberProperty("end", f.end());
                g.writeStringProperty("text", text.substring(f.start(), f.end()));
                g.writeArrayPropertyStart("labels");
                g.writeString(s.label());
                g.writeEndArray();
                g.writeEndObject();
                if (s.note() != null && i == 0) {
                    g.writeObjectPropertyStart("meta");
                    g.writeArrayPropertyStart("text");
                    g.writeString(s.note());
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
        }
        for (ExportRelation r : doc.relations()) {
            g.writeStartObject();
            g.writeStringProperty("from_id", r.from());
            g.writeStringProperty("to_id", r.to());
            g.writeStringProperty("type", "relation");
            g.writeStringProperty("direction", "right");
            g.writeArrayPropertyStart("labels");
            g.writeString(r.type());
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    @Override
    public FormatReader reader() {
        return (source, sink) -> {
            for (ImportSource.ImportFile file : source.files()) {
                if (!file.name().endsWith(".json")) {
                    continue;
                }
                try (InputStream in = file.open(); JsonParser p = Json.MAPPER.createParser(in)) {
                    JsonToken t = p.nextToken();
                    if (t != JsonToken.START_ARRAY) {
                        sink.problem(file.name(), 1, "a Label Studio export is a JSON array of tasks");
                        continue;
                    }
                    int index = 0;
                    for (JsonToken next = p.nextToken(); next != null && next != JsonToken.END_ARRAY && !sink.cancelled();
                         next = p.nextToken()) {
                        index++;
                        int line = p.currentLocation().getLineNr();
                        if (next != JsonToken.START_OBJECT) {
                            sink.problem(file.name(), line, "task " + index + " is not a task object {\"data\": {\"text\"}}");
                            p.skipChildren();
                            continue;
                        }
                        JsonNode task = Json.ONE_AT_A_TIME.readValue(p);
                        try {
                            List<ImportedDocument> layers = parse(file.name(), line, task);
                            for (ImportedDocument layer : layers) {
                                sink.document(layer);
                            }
                        } catch (IllegalArgumentException | JacksonException e) {
                            // a task of the wrong shape is that task's problem; the next one is still read
                            String reason = e instanceof JacksonException ? "a value has the wrong type for a Label Studio task"
                                    : e.getMessage();
                            sink.problem(file.name(), line, "task " + index + ": " + reason);
                        }
                    }
                } catch (JacksonException e) {
                    sink.problem(file.name(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                            "not valid JSON: " + e.getOriginalMessage());
                }
            }
        };
    }

    /**
     * A task: one document for each of its annotations, naming the person who made it (their
     * layer, if they are a member), or the bare text when nobody annotated it.
     */
    static List<ImportedDocument> parse(String file, int line, JsonNode task) {
        JsonNode data = task.path("data");
        String text = data.path("text").asString(null);
        if (text == null) {
            throw new IllegalArgumentException("no data.text");
        }
        JsonNode annotations = task.path("annotations");
        List<ImportedDocument> out = new ArrayList<>();
        for (JsonNode annotation : annotations) {
            out.add(layer(file, line, data, text, annotation.path("result"), author(annotation), 1));
        }
        // a model's predictions become suggestions, never a person's annotations
        for (JsonNode prediction : task.path("predictions")) {
            out.add(layer(file, line, data, text, prediction.path("result"),
                    ImportedDocument.MODEL + modelName(prediction.path("model_version").asString("")),
                    prediction.path("score").asDouble(1)));
        }
        if (out.isEmpty()) {
            out.add(layer(file, line, data, text, List.of(), null, 1));
        }
        return out;
    }

    /**
     * Who made an annotation: ClaimDesk's own export names them in meta.annotator; Label Studio
     * writes completed_by as a member id (which means nothing here), an object with an email, or
     * a name.
     */
    private static @Nullable String author(JsonNode annotation) {
        String fromMeta = annotation.path("meta").path("annotator").asString(null);
        if (fromMeta != null) {
            return fromMeta;
        }
        JsonNode by = annotation.path("completed_by");
        String email = by.path("email").asString(null);
        if (email != null) {
            return email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
        }
        return by.isString() ? by.asString() : null;
    }

    /** Label Studio's model_version as a model name ClaimDesk takes; "label-studio" when there is none. */
    private static String modelName(String version) {
        String name = version.strip().replaceAll("[^A-Za-z0-9._:/@+-]", "-").replaceAll("^[^A-Za-z0-9]+", "");
        return name.isEmpty() ? "label-studio" : name.substring(0, Math.min(54, name.length()));
    }

    private static ImportedDocument layer(String file, int line, JsonNode data, String text, Iterable<JsonNode> results,
                                          @Nullable String author, double score) {
        List<ImportedSpan> spans = new ArrayList<>();
        List<ImportedRelation> relations = new ArrayList<>();
        for (JsonNode r : results) {
            String type = r.path("type").asString("");
            if (type.equals("relation")) {
                JsonNode labels = r.path("labels");
                if (labels.isEmpty()) {
                    throw new IllegalArgumentException("relation " + r.path("from_id").asString() + " -> "
                            + r.path("to_id").asString() + " has no label");
                }
                relations.add(new ImportedRelation(string(labels.get(0), "the relation's label"),
                        r.path("from_id").asString(null), r.path("to_id").asString(null)));
            } else if (type.equals("labels") || r.path("value").has("labels")) {
                JsonNode v = r.path("value");
                if (!v.path("start").canConvertToInt() || !v.path("end").canConvertToInt() || v.path("labels").isEmpty()) {
                    throw new IllegalArgumentException("region " + r.path("id").asString() + " needs start, end and labels");
                }
                String note = r.path("meta").path("text").path(0).asString(null);
                spans.add(new ImportedSpan(r.path("id").asString(null), string(v.path("labels").get(0), "region "
                        + r.path("id").asString("?") + ": its label"),
                        List.of(new Fragment(v.get("start").asInt(), v.get("end").asInt())),
                        v.path("text").asString(null), note, r.path("score").asDouble(score)));
            }
        }
        return new ImportedDocument(file, line, data.path("id").asString(null), data.path("title").asString(null),
                text, null, data.path("sourceUrl").asString(null), null, "codepoint", mergeFragments(spans), relations,
                author);
    }

    private static String string(JsonNode node, String what) {
        if (!node.isString()) {
            throw new IllegalArgumentException(what + " must be a string, not " + node.getNodeType().name().toLowerCase(
                    Locale.ROOT) + " " + TextRules.quote(node.toString()));
        }
        return node.asString();
    }

    /** Regions "T1.2", "T1.3" are further fragments of region "T1" (as this format writes them). */
    private static List<ImportedSpan> mergeFragments(List<ImportedSpan> regions) {
        List<ImportedSpan> out = new ArrayList<>();
        Map<String, Integer> at = new HashMap<>();
        for (ImportedSpan r : regions) {
            String id = r.id();
            String base = id != null && id.matches(".+\\.\\d+") ? id.substring(0, id.lastIndexOf('.')) : null;
            Integer i = base == null ? null : at.get(base);
            if (i != null && out.get(i).label().equals(r.label())) {
                ImportedSpan b = out.get(i);
                List<Fragment> fragments = new ArrayList<>(b.fragments());
                fragments.addAll(r.fragments());
                out.set(i, new ImportedSpan(b.id(), b.label(), fragments, null, b.note(), b.score()));
            } else {
                if (id != null) {
                    at.put(id, out.size());
                }
                out.add(r);
            }
        }
        return out;
    }
}
