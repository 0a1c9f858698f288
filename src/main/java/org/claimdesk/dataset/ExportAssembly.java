package org.claimdesk.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.dataset.ExportRows.RelationRow;
import org.claimdesk.dataset.ExportRows.ReviewRow;
import org.claimdesk.dataset.ExportRows.SpanRow;
import org.claimdesk.project.ClaimStructure;
import org.claimdesk.project.LabelSchema;
import org.claimdesk.review.EvidenceItem;

/**
 * Turns one document layer's rows into an {@link ExportDocument}: spans in text order named
 * T1, T2, ..., the layer's links between them named R1, R2, ..., and the verdicts the layer
 * carries by {@link DatasetCard#REVIEWS_RULE}.
 */
final class ExportAssembly {
    private ExportAssembly() {
    }

    record Row(long id, String key, String title, String sourceUrl, String publisher, String publishedOn, String text,
               Split split) {
    }

    static ExportDocument assemble(LabelSchema schema, Row d, String layerName, boolean gold, long annotator,
                                   List<SpanRow> spanRows,
                                   List<RelationRow> relationRows, List<ReviewRow> reviewRows,
                                   Map<Long, List<EvidenceItem>> evidence) {
        List<SpanRow> sorted = new ArrayList<>(spanRows);
        sorted.sort(Comparator.comparingInt((SpanRow s) -> s.fragments().getFirst().start())
                .thenComparingInt(s -> s.fragments().getLast().end())
                .thenComparing(SpanRow::label)
                .thenComparing(s -> s.fragments().toString()));
        Map<Long, Integer> index = new HashMap<>();
        List<ExportSpan> spans = new ArrayList<>(sorted.size());
        for (SpanRow s : sorted) {
            index.put(s.id(), spans.size());
            spans.add(new ExportSpan("T" + (spans.size() + 1), s.label(), s.fragments(), s.text(), layerName, s.note(),
                    s.source(), s.attributes()));
        }
        List<ExportRelation> relations = relations(annotator, relationRows, index, spans);
        Map<String, String> labels = new HashMap<>();
        spans.forEach(s -> labels.put(s.id(), s.label()));
        ClaimStructure<String> claims = ClaimStructure.of(schema, labels, relations.stream()
                .map(r -> new ClaimStructure.Link<>(r.from(), r.to(), r.type())).toList());
        List<ExportReview> reviews = reviews(gold, annotator, reviewRows, evidence, index, spans, claims);
        return new ExportDocument(d.key(), d.title(), d.sourceUrl(), d.publisher(), d.publishedOn(), d.text(), layerName,
                d.split(), spans, relations, reviews);
    }

    private static List<ExportRelation> relations(long annotator, List<RelationRow> rows, Map<Long, Integer> index,
                                                  List<ExportSpan> spans) {
        record Link(int from, int to, String type) {
        }
        List<Link> links = new ArrayList<>();
        for (RelationRow r : rows) {
            Integer from = index.get(r.from());
            Integer to = index.get(r.to());
            if (r.annotatorId() == annotator && from != null && to != null) {
                links.add(new Link(from, to, r.type()));
            }
        }
        links.sort(Comparator.comparingInt(Link::from).thenComparingInt(Link::to).thenComparing(Link::type));
        List<ExportRelation> relations = new ArrayList<>(links.size());
        for (Link l : links) {
            relations.add(new ExportRelation("R" + (relations.size() + 1), l.type(), spans.get(l.from()).id(),
                    spans.get(l.to()).id()));
        }
        return relations;
    }

    private static List<ExportReview> reviews(boolean gold, long annotator, List<ReviewRow> rows,
                                              Map<Long, List<EvidenceItem>> evidence, Map<Long, Integer> index,
                                              List<ExportSpan> spans, ClaimStructure<String> claims) {
        // a gold claim carries the verdicts given on the annotators' claims with the same fragments;
        // an annotator's layer only those given on its own claims (DatasetCard.REVIEWS_RULE)
        Map<String, String> claimByFragments = new LinkedHashMap<>();
        for (ExportSpan s : spans) {
            if (gold && claims.isClaim(s.id())) {
                claimByFragments.putIfAbsent(flat(s.fragments()), s.id());
            }
        }
        List<ExportReview> reviews = new ArrayList<>();
        for (ReviewRow r : rows) {
            Integer own = r.spanLayer() == annotator ? index.get(r.spanId()) : null;
            String span = gold ? claimByFragments.get(r.fragments()) : own == null ? null : spans.get(own).id();
            if (span != null) {
                reviews.add(new ExportReview(span, r.verdict(), r.reviewer(), r.at(), evidence.getOrDefault(r.id(), List.of())));
            }
        }
        reviews.sort(Comparator.comparingInt((ExportReview r) -> Integer.parseInt(r.span().substring(1)))
                .thenComparing(ExportReview::reviewer));
        return reviews;
    }

    private static String flat(List<Fragment> fragments) {
        StringBuilder b = new StringBuilder();
        for (Fragment f : fragments) {
            if (!b.isEmpty()) {
                b.append(',');
            }
            b.append(f.start()).append(',').append(f.end());
        }
        return b.toString();
    }
}
