package org.claimdesk.dataset;

import java.sql.Array;
import org.claimdesk.annotation.SpanAttributes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.document.AnnotationState;
import org.claimdesk.review.EvidenceItem;
import org.jspecify.annotations.Nullable;

/**
 * Reads one batch of documents' annotations for an export, through the read models that
 * annotation and review publish (annotation_spans, annotation_relations, annotation_states,
 * review_verdicts, review_evidence, review_sources; see db/migration/V12__read_models.sql).
 */
final class ExportRows {
    record SpanRow(long id, long documentId, long annotatorId, String label, List<Fragment> fragments,
                   String text, @Nullable String note, @Nullable String source, Map<String, String> attributes) {
    }

    record RelationRow(long documentId, long annotatorId, String type, long from, long to) {
    }

    /** A verdict with the layer and fragments of the span it was given on. */
    record ReviewRow(long id, long documentId, long spanId, long spanLayer, String fragments, String verdict,
                     String reviewer, Instant at) {
    }

    private final Connection con;
    private final ExportQuery.Layer layer;
    private final Set<String> labels;

    ExportRows(Connection con, ExportQuery.Layer layer, Set<String> labels) {
        this.con = con;
        this.layer = layer;
        this.labels = labels;
    }

    /** By document, then by annotator. */
    Map<Long, Map<Long, List<SpanRow>>> spans(Array ids) throws SQLException {
        String sql = """
                select s.id, s.document_id, s.annotator_id, s.label,
                       case when cardinality(s.fragments) > 2 then s.fragments end, s.covered_text, s.note, src.name,
                       s.start_cp, s.end_cp, nullif(s.attributes, '{}'::jsonb)::text
                from annotation_spans s
                left join review_sources src on src.span_id = s.id
                where s.document_id = any(?) and\s""" + annotatorCondition("s")
                + (labels.isEmpty() ? "" : " and s.label = any(?)");
        Map<Long, Map<Long, List<SpanRow>>> out = new HashMap<>();
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            int i = bindLayer(ps, ids);
            if (!labels.isEmpty()) {
                ps.setArray(i, con.createArrayOf("varchar", labels.toArray()));
            }
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SpanRow row = new SpanRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                            fragments(rs.getArray(5), rs.getInt(9), rs.getInt(10)), rs.getString(6), rs.getString(7),
                            rs.getString(8), SpanAttributes.parse(rs.getString(11)));
                    out.computeIfAbsent(row.documentId(), k -> new HashMap<>())
                            .computeIfAbsent(row.annotatorId(), k -> new ArrayList<>()).add(row);
                }
            }
        }
        return out;
    }

    private static List<Fragment> fragments(@Nullable Array array, int start, int end) throws SQLException {
        if (array == null) {
            // one fragment: its bounds are the span's, no array to parse (the common case)
            return List.of(new Fragment(start, end));
        }
        Integer[] flat = (Integer[]) array.getArray();
        List<Fragment> fragments = new ArrayList<>(flat.length / 2);
        for (int f = 0; f < flat.length; f += 2) {
            fragments.add(new Fragment(flat[f], flat[f + 1]));
        }
        return fragments;
    }

    Map<Long, List<RelationRow>> relations(Array ids) throws SQLException {
        String sql = "select r.document_id, r.annotator_id, r.type, r.source_span_id, r.target_span_id"
                + " from annotation_relations r where r.document_id = any(?) and " + annotatorCondition("r");
        Map<Long, List<RelationRow>> out = new HashMap<>();
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            bindLayer(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new RelationRow(rs.getLong(1),
                            rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getLong(5)));
                }
            }
        }
        return out;
    }

    Map<Long, List<ReviewRow>> reviews(Array ids) throws SQLException {
        String sql = """
                select v.id, v.document_id, s.id, s.annotator_id, array_to_string(s.fragments, ','), v.verdict,
                  v.reviewer, v.updated_at
                from review_verdicts v join annotation_spans s on s.id = v.span_id
                where v.document_id = any(?)""";
        Map<Long, List<ReviewRow>> out = new HashMap<>();
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            ps.setArray(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new ReviewRow(rs.getLong(1),
                            rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getTimestamp(8).toInstant()));
                }
            }
        }
        return out;
    }

    /** By review id, in the order the reviewer gave them. */
    Map<Long, List<EvidenceItem>> evidence(Map<Long, List<ReviewRow>> reviews) throws SQLException {
        Long[] reviewIds = reviews.values().stream().flatMap(List::stream).map(ReviewRow::id).toArray(Long[]::new);
        Map<Long, List<EvidenceItem>> out = new HashMap<>();
        if (reviewIds.length == 0) {
            return out;
        }
        try (PreparedStatement ps = con.prepareStatement(
                "select review_id, url, quote, note from review_evidence where review_id = any(?) order by review_id, position")) {
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

    /** By document, then by annotator. */
    Map<Long, Map<Long, AnnotationState>> states(Array ids) throws SQLException {
        Map<Long, Map<Long, AnnotationState>> out = new HashMap<>();
        try (PreparedStatement ps = con.prepareStatement(
                "select document_id, user_id, state from annotation_states where document_id = any(?)")) {
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
}
