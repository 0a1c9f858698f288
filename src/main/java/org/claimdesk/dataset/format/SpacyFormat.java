package org.claimdesk.dataset.format;

import org.claimdesk.document.TextOffsets;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.dataset.ExportContext;
import org.claimdesk.dataset.ExportDocument;
import org.claimdesk.dataset.ExportSpan;
import org.claimdesk.dataset.BaseFormat;
import org.claimdesk.dataset.FormatWriter;
import org.claimdesk.dataset.TextTokenizer.Token;
import org.claimdesk.dataset.TokenTagger;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/**
 * spaCy-ready JSONL: the text, our tokens in spaCy's convention ({@code ws} for one trailing space;
 * any other whitespace is a token of its own, so {@code Doc(vocab, words, spaces).text} is the
 * text), {@code ents} flattened by the overlap rule and every span under {@code spans.sc}, all with
 * character offsets (code points) on token boundaries, which {@code doc.char_span(start, end,
 * label, alignment_mode="strict")} accepts. A span that starts or ends inside a token is widened
 * to the whole token.
 */
@Component
public class SpacyFormat extends BaseFormat {
    public SpacyFormat() {
        super("spacy", "spaCy-ready JSONL", "codepoint", false, true);
    }

    @Override
    public FormatWriter writer(ExportContext ctx) {
        return (doc, files) -> {
            Writer out = files.file(doc.split().fileName() + ".jsonl");
            TokenTagger.Tagged tagged = TaggedDocuments.tag(doc, ctx, TokenTagger.Scheme.IOB2);
            List<Token> words = tagged.sentences().stream().flatMap(List::stream).toList();
            try (JsonGenerator g = Json.generator(out)) {
                g.writeStartObject();
                g.writeStringProperty("id", doc.key());
                g.writeStringProperty("layer", doc.layer());
                g.writeStringProperty("text", doc.text());
                writeTokens(g, doc, words);
                g.writeArrayPropertyStart("ents");
                for (TokenTagger.Entity e : tagged.entities()) {
                    span(g, words.get(e.first()).start(), words.get(e.last()).end(), e.label());
                }
                g.writeEndArray();
                g.writeObjectPropertyStart("spans");
                g.writeArrayPropertyStart("sc");
                for (ExportSpan s : doc.spans()) {
                    for (Fragment f : s.fragments()) {
                        int[] snapped = snap(words, f);
                        if (snapped != null) {
                            span(g, snapped[0], snapped[1], s.label());
                        }
                    }
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndObject();
            }
            out.write('\n');
        };
    }

    private static void span(JsonGenerator g, int start, int end, String label) {
        g.writeStartObject();
        g.writeNumberProperty("start", start);
        g.writeNumberProperty("end", end);
        g.writeStringProperty("label", label);
        g.writeEndObject();
    }

    /**
     * Tokens as spaCy would hold them: each word, with {@code ws} when one space follows it; any
     * other whitespace between words is a token of its own. Joining text + (ws ? " " : "") gives the text.
     */
    private static void writeTokens(JsonGenerator g, ExportDocument doc, List<Token> words) {
        TextOffsets text = new TextOffsets(doc.text());
        List<int[]> tokens = new ArrayList<>(); // start, end, ws, isWord
        int pos = 0;
        for (int i = 0; i <= words.size(); i++) {
            int next = i < words.size() ? words.get(i).start() : text.lengthInCodePoints();
            if (pos < next) {
                if (!tokens.isEmpty() && tokens.getLast()[3] == 1 && text.characterAt(pos) == ' ') {
                    tokens.getLast()[2] = 1;
                    pos++;
                }
                if (pos < next) {
                    tokens.add(new int[] {pos, next, 0, 0});
                }
            }
            if (i < words.size()) {
                tokens.add(new int[] {words.get(i).start(), words.get(i).end(), 0, 1});
                pos = words.get(i).end();
            }
        }
        g.writeArrayPropertyStart("tokens");
        for (int id = 0; id < tokens.size(); id++) {
            int[] t = tokens.get(id);
            g.writeStartObject();
            g.writeNumberProperty("id", id);
            g.writeStringProperty("text", text.substring(t[0], t[1]));
            g.writeNumberProperty("start", t[0]);
            g.writeNumberProperty("end", t[1]);
            g.writeBooleanProperty("ws", t[2] == 1);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The fragment widened to whole tokens, or null when it covers only whitespace. */
    private static int[] snap(List<Token> words, Fragment f) {
        int start = -1;
        int end = -1;
        for (Token w : words) {
            if (w.end() > f.start() && w.start() < f.end()) {
                if (start < 0) {
                    start = w.start();
                }
                end = w.end();
            }
        }
        return start < 0 ? null : new int[] {start, end};
    }
}
