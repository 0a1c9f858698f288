package org.claimdesk.suggestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A text annotated by hand (src/test/resources/suggestion/*.reference.tsv): spans found by their
 * exact text, in UTF-16 indexes, and the relations between them by id.
 */
record ReferenceAnnotations(String text, Map<String, Span> spans, List<Relation> relations) {
    record Span(String id, String label, int start, int end) {
    }

    record Relation(String type, String from, String to) {
    }

    static ReferenceAnnotations load(String text, String resource) {
        String tsv;
        try (var in = ReferenceAnnotations.class.getResourceAsStream("/suggestion/" + resource)) {
            tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Span> spans = new LinkedHashMap<>();
        List<Relation> relations = new ArrayList<>();
        int from = 0;
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f[0].equals("R")) {
                relations.add(new Relation(f[1], f[2], f[3]));
                continue;
            }
            int start = text.indexOf(f[2], from);
            if (start < 0) {
                throw new IllegalStateException(resource + ": '" + f[2] + "' is not in the text after offset " + from);
            }
            spans.put(f[0], new Span(f[0], f[1], start, start + f[2].length()));
            from = start;
        }
        return new ReferenceAnnotations(text, spans, relations);
    }

    /** As a gold document, offsets in code points. */
    org.claimdesk.suggestion.tagger.GoldDocument gold(long id) {
        List<String> ids = new ArrayList<>(spans.keySet());
        List<org.claimdesk.suggestion.tagger.GoldDocument.GoldSpan> gold = spans.values().stream()
                .map(s -> new org.claimdesk.suggestion.tagger.GoldDocument.GoldSpan(s.label(),
                        text.codePointCount(0, s.start()), text.codePointCount(0, s.end()))).toList();
        List<org.claimdesk.suggestion.tagger.GoldDocument.GoldLink> links = relations.stream()
                .map(r -> new org.claimdesk.suggestion.tagger.GoldDocument.GoldLink(r.type(), ids.indexOf(r.from()),
                        ids.indexOf(r.to()))).toList();
        return new org.claimdesk.suggestion.tagger.GoldDocument(id, text, gold, links);
    }

    /** The seed article and the harbour story, annotated by hand (src/test/resources/suggestion). */
    static List<org.claimdesk.suggestion.tagger.GoldDocument> handAnnotated() {
        try {
            return List.of(load(AttributionRulesTest.seed(), "seed.reference.tsv").gold(-1),
                    load(AttributionRulesTest.harbour(), "harbour.reference.tsv").gold(-2));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
