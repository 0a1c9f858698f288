package org.claimdesk.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.review.EvidenceItem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documents of the format golden tests (src/test/resources/formats/documents.json): emoji,
 * a ZWJ sequence, a combining mark, Arabic, CJK, a line break from a CRLF original, nested,
 * overlapping and discontinuous spans, relations and a verdict.
 */
final class GoldenDocuments {
    static final List<String> LABELS = List.of("CLAIM", "ATTRIBUTION", "DENIAL");
    static final List<String> RELATIONS = List.of("ATTRIBUTED_TO", "DENIES");

    private GoldenDocuments() {
    }

    static JsonNode root() {
        try (InputStream in = GoldenDocuments.class.getResourceAsStream("/formats/documents.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExportContext context() {
        List<String> scale = new ArrayList<>();
        root().path("ratingScale").forEach(n -> scale.add(n.asString()));
        return new ExportContext("Golden \"test\" project", LABELS, RELATIONS, scale, new TextTokenizer());
    }

    private static Map<String, String> attributes(JsonNode node) {
        Map<String, String> out = new TreeMap<>();
        node.properties().forEach(a -> out.put(a.getKey(), a.getValue().asString()));
        return out;
    }

    static List<ExportDocument> documents() {
        List<ExportDocument> out = new ArrayList<>();
        for (JsonNode d : root().path("documents")) {
            List<ExportSpan> spans = new ArrayList<>();
            for (JsonNode s : d.path("spans")) {
                List<Fragment> fragments = new ArrayList<>();
                s.path("fragments").forEach(f -> fragments.add(new Fragment(f.get(0).asInt(), f.get(1).asInt())));
                spans.add(new ExportSpan(s.path("id").asString(), s.path("label").asString(), fragments,
                        s.path("text").asString(), d.path("layer").asString(), s.path("note").asString(null),
                        s.path("source").asString(null), attributes(s.path("attributes"))));
            }
            List<ExportRelation> relations = new ArrayList<>();
            d.path("relations").forEach(r -> relations.add(new ExportRelation(r.path("id").asString(),
                    r.path("type").asString(), r.path("from").asString(), r.path("to").asString())));
            List<ExportReview> reviews = new ArrayList<>();
            for (JsonNode r : d.path("reviews")) {
                List<EvidenceItem> evidence = new ArrayList<>();
                r.path("evidence").forEach(e -> evidence.add(new EvidenceItem(e.path("url").asString(null),
                        e.path("quote").asString(null), e.path("note").asString(null))));
                reviews.add(new ExportReview(r.path("span").asString(), r.path("verdict").asString(),
                        r.path("reviewer").asString(), Instant.parse(r.path("at").asString()), evidence));
            }
            out.add(new ExportDocument(d.path("key").asString(), d.path("title").asString(),
                    d.path("sourceUrl").asString(null), d.path("publisher").asString(null),
                    d.path("publishedOn").asString(null), d.path("text").asString(), d.path("layer").asString(),
                    Split.valueOf(d.path("split").asString()), spans, relations, reviews));
        }
        return out;
    }
}
