package org.claimdesk.dataset.format;

import java.io.IOException;
import org.claimdesk.dataset.ExportDocument;
import java.io.Writer;
import java.util.List;
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
        super("hf", "Hugging Face token classification", "token", false, true);
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
