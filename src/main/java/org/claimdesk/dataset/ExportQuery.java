package org.claimdesk.dataset;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.document.AnnotationState;
import org.claimdesk.review.EvidenceItem;
import org.jspecify.annotations.Nullable;

/**
 * Reads one project's documents with one layer's annotations straight from the database, in split
 * order (train, dev, test; by id within each), a batch of documents at a time: a server-side
 * cursor for the documents and one query each for the batch's spans, relations and verdicts. What
 * is held in memory is one batch, whatever the project's size.
 */
final class ExportQuery {
    static final int BATCH = 200;

    /** Which layer(s): one annotator's, or every annotator's but gold's. */
    record Layer(@Nullable Long annotatorId, long goldId) {
    }

    interface Sink {
        /** Takes one document; false stops the export. */
        boolean accept(ExportDocument doc) throws java.io.IOException;
    }

    private final Connection con;
    private final long projectId;
    private final Layer layer;
    private final ExportRequest request;
    private final Map<Long, String> usernames;
    private final Map<Long, String> labelNames;

    ExportQuery(Connection con, long projectId, Layer layer, ExportRequest request, Map<Long, String> usernames,
                Map<Long, String> labelNames) {
        this.labelNames = labelNames;
        this.con = con;
        this.projectId = projectId;
        this.layer = layer;
        this.request = request;
        this.usernames = usernames;
    }

    long countDocuments() throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("select count(*) from document d where d.project_id = ?"
                + (request.documentIds().isEmpty() ? "" : " and d.id = any(?)"))) {
            ps.setLong(1, projectId);
            if (!request.documentIds().isEmpty()) {
                ps.setArray(2, con.createArrayOf("bigint", request.documentIds().toArray()));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    void stream(Sink sink) throws SQLException, java.io.IOException {
        SplitPlan plan = request.split();
        String key = "coalesce(d.external_id, substr(d.sha256, 1, 16))";
        String order = plan.enabled()
                ? "case when f < ? then 0 when f < ? then 1 else 2 end, id"
                : "id";
        String sql = "select * from (select d.id, " + key + " as key, d.title, d.source_url, d.publisher,"
                + " d.published_on, d.text, claimdesk_split_fraction(?, " + key + ") as f"
                + " from document d where d.project_id = ?"
                + (request.documentIds().isEmpty() ? "" : " and d.id = any(?)") + ") x order by " + order;
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, plan.salt());
            ps.setLong(i++, projectId);
            if (!request.documentIds().isEmpty()) {
                ps.setArray(i++, con.createArrayOf("bigint", request.documentIds().toArray()));
            }
            if (plan.enabled()) {
                ps.setDouble(i++, plan.train());
                ps.setDouble(i, plan.train() + plan.dev());
            }
            ps.setFetchSize(50);
            try (ResultSet rs = ps.executeQuery()) {
                List<DocRow> batch = new ArrayList<>(BATCH);
                while (rs.next()) {
                    batch.add(new DocRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), plan.of(rs.getDouble(8))));
                    if (batch.size() == BATCH) {
                        if (!emit(batch, sink)) {
                            return;
                        }
                        batch.clear();
                    }
                }
                emit(batch, sink);
            }
        }
    }

    private record DocRow(long id, String key, String title, @Nullable String sourceUrl, @Nullable String publisher,
                          @Nullable String publishedOn, String text, Split split) {
    }

    private record SpanRow(long id, long documentId, long annotatorId, String label, List<Fragment> fragments,
                           String text, @Nullable String note, @Nullable String source) {
    }

    private record RelationRow(long documentId, long annotatorId, String type, long from, long to) {
    }

    private record ReviewRow(long id, long documentId, long spanId, long spanLayer, String fragments, String verdict,
                             String reviewer, java.time.Instant at) {
    }

    private boolean emit(List<DocRow> batch, Sink sink) throws SQLException, java.io.IOException {
        if (batch.isEmpty()) {
            return true;
        }
        Array ids = con.createArrayOf("bigint", batch.stream().map(DocRow::id).toArray());
        Map<Long, Map<Long, List<SpanRow>>> spans = spans(ids);
        Map<Long, List<RelationRow>> relations = relations(ids);
        Map<Long, List<ReviewRow>> reviews = reviews(ids);
        Map<Long, List<EvidenceItem>> evidence = evidence(reviews);
        Map<Long, Map<Long, AnnotationState>> states = request.states().isEmpty() ? Map.of() : states(ids);
        for (DocRow d : batch) {
            Map<Long, List<SpanRow>> byAnnotator = spans.getOrDefault(d.id(), Map.of());
            List<Long> annotators = new ArrayList<>(byAnnotator.keySet());
            if (layer.annotatorId() != null && annotators.isEmpty() && request.includeEmpty()) {
                annotators.add(layer.annotatorId());
            }
            annotators.sort(Comparator.comparing(a -> usernames.getOrDefault(a, "?")));
            for (long annotator : annotators) {
                if (!request.states().isEmpty()) {
                    AnnotationState st = states.getOrDefault(d.id(), Map.of()).getOrDefault(annotator, AnnotationState.NEW);
                    if (!request.states().contains(st)) {
                        continue;
                    }
                }
                ExportDocument doc = assemble(d, annotator, byAnnotator.getOrDefault(annotator, List.of()),
                        relations.getOrDefault(d.id(), List.of()), reviews.getOrDefault(d.id(), List.of()), evidence);
                if (!sink.accept(doc)) {
                    return false;
                }
            }
        }
        return true;
    }

    private String label(long id) {
        String name = labelNames.get(id);
        return name == null ? "?" : name;
    }

    private ExportDocument assemble(DocRow d, long annotator, List<SpanRow> spanRows, List<RelationRow> relationRows,
                                    List<ReviewRow> reviewRows, Map<Long, List<EvidenceItem>> evidence) {
        List<SpanRow> sorted = new ArrayList<>(spanRows);
        sorted.sort(Comparator.comparingInt((SpanRow s) -> s.fragments().getFirst().start())
                .thenComparingInt(s -> s.fragments().getLast().end())
                .thenComparing(SpanRow::label)
                .thenComparing(s -> s.fragments().toString()));
        String name = annotator == layer.goldId() ? ExportRequest.GOLD : usernames.getOrDefault(annotator, "?");
        Map<Long, Integer> index = new HashMap<>();
        List<ExportSpan> spans = new ArrayList<>(sorted.size());
        for (SpanRow s : sorted) {
            index.put(s.id(), spans.size());
            spans.add(new ExportSpan("T" + (spans.size() + 1), s.label(), s.fragments(), s.text(), name, s.note(),
                    s.source()));
        }
        record Link(int from, int to, String type) {
        }
        List<Link> links = new ArrayList<>();
        for (RelationRow r : relationRows) {
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
        // a gold claim carries the verdicts given on the annotators' claims with the same fragments;
        // an annotator's layer only those given on its own claims (DatasetCard.REVIEWS_RULE)
        boolean gold = annotator == layer.goldId();
        Map<String, String> claimByFragments = new LinkedHashMap<>();
        for (ExportSpan s : spans) {
            if (gold && s.label().equals("CLAIM")) {
                claimByFragments.putIfAbsent(flat(s.fragments()), s.id());
            }
        }
        List<ExportReview> reviews = new ArrayList<>();
        for (ReviewRow r : reviewRows) {
            Integer own = r.spanLayer() == annotator ? index.get(r.spanId()) : null;
            String span = gold ? claimByFragments.get(r.fragments()) : own == null ? null : spans.get(own).id();
            if (span != null) {
                reviews.add(new ExportReview(span, r.verdict(), r.reviewer(), r.at(), evidence.getOrDefault(r.id(), List.of())));
            }
        }
        reviews.sort(Comparator.comparingInt((ExportReview r) -> Integer.parseInt(r.span().substring(1)))
                .thenComparing(ExportReview::reviewer));
        return new ExportDocument(d.key(), d.title(), d.sourceUrl(), d.publisher(), d.publishedOn(), d.text(), name,
                d.split(), spans, relations, reviews);
    }

    private Map<Long, Map<Long, List<SpanRow>>> spans(Array ids) throws SQLException {
        String sql = """
                select s.id, s.document_id, s.annotator_id, s.label_id,
                       case when cardinality(s.fragments) > 2 then s.fragments end, s.covered_text, s.note, src.name,
                       s.start_cp, s.end_cp
                from span s
                left join attribution_source a on a.span_id = s.id
                left join source_entity src on src.id = a.source_id
                where s.document_id = any(?) and\s""" + annotatorCondition("s")
                + (request.labels().isEmpty() ? "" : " and s.label_id = any(?)");
        Map<Long, Map<Long, List<SpanRow>>> out = new HashMap<>();
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            int i = bindLayer(ps, ids);
            if (!request.labels().isEmpty()) {
                ps.setArray(i, con.createArrayOf("bigint", labelNames.entrySet().stream()
                        .filter(e -> request.labels().contains(e.getValue())).map(Map.Entry::getKey).toArray()));
            }
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    java.sql.Array array = rs.getArray(5);
                    List<Fragment> fragments;
                    if (array == null) {
                        // one fragment: its bounds are the span's, no array to parse (the common case)
                        fragments = List.of(new Fragment(rs.getInt(9), rs.getInt(10)));
                    } else {
                        Integer[] flat = (Integer[]) array.getArray();
                        fragments = new ArrayList<>(flat.length / 2);
                        for (int f = 0; f < flat.length; f += 2) {
                            fragments.add(new Fragment(flat[f], flat[f + 1]));
                        }
                    }
                    SpanRow row = new SpanRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), label(rs.getLong(4)), fragments,
                            rs.getString(6), rs.getString(7), rs.getString(8));
                    out.computeIfAbsent(row.documentId(), k -> new HashMap<>())
                            .computeIfAbsent(row.annotatorId(), k -> new ArrayList<>()).add(row);
                }
            }
        }
        return out;
    }

    private Map<Long, List<RelationRow>> relations(Array ids) throws SQLException {
        String sql = "select r.document_id, r.annotator_id, r.label_id, r.source_span_id, r.target_span_id"
                + " from relation r where r.document_id = any(?) and "
                + annotatorCondition("r");
        Map<Long, List<RelationRow>> out = new HashMap<>();
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            bindLayer(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new RelationRow(rs.getLong(1),
                            rs.getLong(2), label(rs.getLong(3)), rs.getLong(4), rs.getLong(5)));
                }
            }
        }
        return out;
    }

    private Map<Long, List<ReviewRow>> reviews(Array ids) throws SQLException {
        String sql = """
                select cr.id, cr.document_id, s.id, s.annotator_id, array_to_string(s.fragments, ','), cr.verdict,
                  u.username, cr.updated_at
                from claim_review cr join span s on s.id = cr.span_id join app_user u on u.id = cr.reviewer_id
                where cr.document_id = any(?)""";
        Map<Long, List<ReviewRow>> out = new HashMap<>();
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            ps.setArray(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp at = rs.getTimestamp(8);
                    out.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new ReviewRow(rs.getLong(1),
                            rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), at.toInstant()));
                }
            }
        }
        return out;
    }

    private Map<Long, List<EvidenceItem>> evidence(Map<Long, List<ReviewRow>> reviews) throws SQLException {
        Long[] reviewIds = reviews.values().stream().flatMap(List::stream).map(ReviewRow::id).toArray(Long[]::new);
        Map<Long, List<EvidenceItem>> out = new HashMap<>();
        if (reviewIds.length == 0) {
            return out;
        }
        try (PreparedStatement ps = con.prepareStatement(
                "select review_id, url, quote, note from evidence where review_id = any(?) order by review_id, position")) {
            ps.setArray(1, con.createArrayOf("bigint", reviewIds));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new EvidenceItem(rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return out;
    }

    private Map<Long, Map<Long, AnnotationState>> states(Array ids) throws SQLException {
        Map<Long, Map<Long, AnnotationState>> out = new HashMap<>();
        try (PreparedStatement ps = con.prepareStatement(
                "select document_id, user_id, state from annotator_state where document_id = any(?)")) {
            ps.setArray(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getLong(2), AnnotationState.valueOf(rs.getString(3)));
                }
            }
        }
        return out;
    }

    private String annotatorCondition(String alias) {
        return layer.annotatorId() != null ? alias + ".annotator_id = ?" : alias + ".annotator_id <> ?";
    }

    private int bindLayer(PreparedStatement ps, Array ids) throws SQLException {
        ps.setArray(1, ids);
        ps.setLong(2, layer.annotatorId() != null ? layer.annotatorId() : layer.goldId());
        return 3;
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
