package org.claimdesk.dataset.format;

import java.io.IOException;
import org.claimdesk.dataset.ExportDocument;
import java.io.Writer;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.core.JacksonException;
import org.claimdesk.dataset.ImportSource;
import org.claimdesk.dataset.ImportSink;
import org.claimdesk.dataset.FormatReader;
import java.util.ArrayList;
import org.claimdesk.base.TextRules;
import org.claimdesk.dataset.ExportContext;
import org.claimdesk.dataset.ExportFiles;
import org.claimdesk.dataset.BaseFormat;
import org.claimdesk.dataset.FormatWriter;
import org.claimdesk.dataset.TextTokenizer;
import org.claimdesk.dataset.TokenTagger;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/**
 * Hugging Face token classification: one sentence a line with {@code tokens} and {@code ner_tags}
 * (IOB2 tag ids), loadable with {@code load_dataset("json", ...)}; the tag names in id order go to
 * {@code label_names.json} and into the card's {@code class_label}.
 */
@Component
public class HuggingFaceFormat extends BaseFormat {
    public HuggingFaceFormat() {
        super("hf", "Hugging Face token classification", "token", true, true);
    }

    /**
     * Sentences of {@code tokens} and {@code ner_tags} ids (with the tag names of
     * {@code label_names.json} in the upload) back into documents: consecutive lines with the same
     * {@code document} make one, each sentence a line of its text.
     */
    @Override
    public FormatReader reader() {
        return (source, sink) -> {
            ImportSource.ImportFile namesFile = source.files().stream().filter(f -> f.name().endsWith("label_names.json"))
                    .findFirst().orElse(null);
            if (namesFile == null) {
                sink.problem("label_names.json", 0, "a Hugging Face dataset needs its label_names.json (the tag of"
                        + " each ner_tags id, in order) in the upload beside the .jsonl files");
                return;
            }
            List<String> names = new ArrayList<>();
            Json.MAPPER.readTree(namesFile.text()).forEach(n -> names.add(n.asString()));
            for (ImportSource.ImportFile file : source.files()) {
                if (file.name().endsWith(".jsonl") && !sink.cancelled()) {
                    read(file, names, sink);
                }
            }
        };
    }

    private static void read(ImportSource.ImportFile file, List<String> names, ImportSink sink) throws IOException {
        String[] lines = file.text().split("\\r?\\n");
        TokenTagReader doc = new TokenTagReader();
        String key = null;
        int start = 1;
        boolean broken = false; // a document with a bad sentence is reported and left out whole
        for (int n = 1; n <= lines.length + 1; n++) {
            JsonNode line = null;
            if (n <= lines.length && !lines[n - 1].isBlank()) {
                try {
                    line = Json.MAPPER.readTree(lines[n - 1]);
                } catch (JacksonException e) {
                    sink.problem(file.name(), n, "not valid JSON: " + e.getOriginalMessage());
                    continue;
                }
            } else if (n <= lines.length) {
                continue;
            }
            String document = line == null ? null : line.path("document").asString(line.path("id").asString(""));
            if (line == null || !document.equals(key)) {
                if (!doc.isEmpty() && !broken) {
                    sink.document(doc.document(file.name(), start, key));
                }
                doc = new TokenTagReader();
                broken = false;
            }
            if (line == null) {
                break;
            }
            if (!document.equals(key)) {
                key = document;
                start = n;
            }
            try {
                List<String> tokens = new ArrayList<>();
                List<String> tags = new ArrayList<>();
                line.path("tokens").forEach(t -> tokens.add(t.asString()));
                for (JsonNode id : line.path("ner_tags")) {
                    if (!id.canConvertToInt() || id.asInt() < 0 || id.asInt() >= names.size()) {
                        throw new IllegalArgumentException("ner_tags holds " + id + ", which label_names.json does not name");
                    }
                    tags.add(names.get(id.asInt()));
                }
                doc.sentence(tokens, tags);
            } catch (IllegalArgumentException e) {
                sink.problem(file.name(), n, e.getMessage() + "; the document " + TextRules.quote(key) + " was left out");
                broken = true;
            }
        }
    }

    @Override
    public FormatWriter writer(ExportContext ctx) {
        List<String> names = TokenTagger.tagNames(ctx.spanLabels(), TokenTagger.Scheme.IOB2);
        return new FormatWriter.Finishing() {
            @Override
            public void write(ExportDocument doc, ExportFiles files) throws IOException {
                Writer out = files.file(doc.split().fileName() + ".jsonl");
                TokenTagger.Tagged tagged = TaggedDocuments.tag(doc, ctx, TokenTagger.Scheme.IOB2);
                for (int s = 0; s < tagged.sentences().size(); s++) {
                    try (JsonGenerator g = Json.generator(out)) {
                        g.writeStartObject();
                        g.writeStringProperty("id", doc.key() + "#" + s);
                        g.writeStringProperty("document", doc.key());
                        g.writeStringProperty("layer", doc.layer());
                        g.writeArrayPropertyStart("tokens");
                        for (TextTokenizer.Token t : tagged.sentences().get(s)) {
                            g.writeString(t.text());
                        }
                        g.writeEndArray();
                        g.writeArrayPropertyStart("ner_tags");
                        for (String tag : tagged.tags().get(s)) {
                            g.writeNumber(names.indexOf(tag));
                        }
                        g.writeEndArray();
                        g.writeEndObject();
                    }
                    out.write('\n');
                }
            }

            @Override
            public void finish(ExportFiles files) throws IOException {
                Writer out = files.file("label_names.json");
                try (JsonGenerator g = Json.generator(out)) {
                    g.writeStartArray();
                    for (String n : names) {
                        g.writeString(n);
                    }
                    g.writeEndArray();
                }
                out.write('\n');
            }
        };
    }
}
