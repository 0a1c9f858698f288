package org.claimdesk.suggestion.tagger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.claimdesk.suggestion.Groups;
import org.claimdesk.suggestion.SuggestionEngine;
import org.claimdesk.suggestion.SuggestionEngine.Link;
import org.claimdesk.suggestion.SuggestionEngine.Prediction;
import org.claimdesk.suggestion.SuggestionEngine.Span;

/**
 * A model learned from a project's gold layer: one {@link LabelTagger} per span label that has
 * gold spans, and a {@link LinkModel}. It reads and writes itself as bytes, so the model is kept
 * in PostgreSQL and every node serves the same one.
 */
public final class TaggerModel implements SuggestionEngine.Model {
    private static final int FORMAT = 1;

    private final Map<String, LabelTagger> taggers;
    private final LinkModel links;

    private TaggerModel(Map<String, LabelTagger> taggers, LinkModel links) {
        this.taggers = taggers;
        this.links = links;
    }

    /** Thrown when training is cancelled between two labels. */
    public static final class Cancelled extends RuntimeException {
        public Cancelled() {
            super("Training was cancelled.");
        }
    }

    /**
     * Trains one tagger per label of {@code labels} that the documents use.
     * {@code cancelled} is asked between labels.
     */
    public static TaggerModel train(List<GoldDocument> docs, List<String> labels, TaggerSettings settings,
                                    BooleanSupplier cancelled) {
        Map<String, LabelTagger> taggers = new LinkedHashMap<>();
        for (String label : labels) {
            if (cancelled.getAsBoolean()) {
                throw new Cancelled();
            }
            boolean any = docs.stream().anyMatch(d -> d.spans().stream().anyMatch(s -> s.label().equals(label)));
            if (any) {
                taggers.put(label, LabelTagger.train(new LabelEvents(docs, label), settings));
            }
        }
        return new TaggerModel(taggers, LinkModel.learn(docs));
    }

    public List<String> labels() {
        return List.copyOf(taggers.keySet());
    }

    public Prediction predict(String text) {
        TokenizedText t = TokenizedText.of(text);
        List<String[]> features = TokenFeatures.of(t);
        List<LinkModel.Node> nodes = new ArrayList<>();
        taggers.forEach((label, tagger) -> tagger.tag(t, features).stream().filter(f -> wordy(text, f))
                .forEach(f -> nodes.add(new LinkModel.Node(label, f.start(), f.end(), f.score()))));
        nodes.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<LinkModel.Edge> edges = links.link(nodes);
        CodePoints cp = new CodePoints(text);
        List<Span> spans = new ArrayList<>();
        for (LinkModel.Node n : nodes) {
            spans.add(new Span(0, n.label(), cp.toCodePoint(n.start()), cp.toCodePoint(n.end()), round(n.score())));
        }
        List<Link> out = edges.stream().map(e -> new Link(0, e.type(), e.from(), e.to(), round(e.score()))).toList();
        return Groups.of(new Prediction(spans, out));
    }

    /** A span of punctuation alone ("." after a quotation) is never worth proposing. */
    private static boolean wordy(String text, LabelTagger.Found f) {
        return text.substring(f.start(), f.end()).codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    @Override
    public byte[] bytes() {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(buffer);
            out.writeInt(FORMAT);
            out.writeInt(taggers.size());
            for (var e : taggers.entrySet()) {
                byte[] b = e.getValue().bytes();
                out.writeUTF(e.getKey());
                out.writeInt(b.length);
                out.write(b);
            }
            links.write(out);
            out.flush();
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TaggerModel read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != FORMAT) {
                throw new IOException("Unknown tagger model format.");
            }
            Map<String, LabelTagger> taggers = new LinkedHashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                String label = in.readUTF();
                taggers.put(label, LabelTagger.read(in.readNBytes(in.readInt())));
            }
            return new TaggerModel(taggers, LinkModel.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
