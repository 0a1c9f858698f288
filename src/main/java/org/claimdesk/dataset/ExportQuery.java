package org.claimdesk.dataset;

import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.claimdesk.project.LabelSchema;
import org.claimdesk.dataset.ExportRows.RelationRow;
import org.claimdesk.dataset.ExportRows.ReviewRow;
import org.claimdesk.dataset.ExportRows.SpanRow;
import org.claimdesk.document.AnnotationState;
import org.claimdesk.review.EvidenceItem;
import org.jspecify.annotations.Nullable;

/**
 * Reads one project's documents with one layer's annotations straight from the database, in split
 * order (train, dev, test; by id within each), a batch of documents at a time: a server-side
 * cursor over document's read model (document_rows) and, through {@link ExportRows}, one query each
 * for the batch's spans, relations and verdicts. What is held in memory is one batch, whatever
 * the project's size.
 */
final class ExportQuery {
    static final int BATCH = 200;

    /** Which layer(s): one annotator's, or every annotator's but gold's. */
    record Layer(@Nullable Long annotatorId, long goldId) {
    }

    interface Sink {
        /** Takes one document; false stops the export. */
        boolean accept(ExportDocument doc) throws IOException;
    }

    private final Connection con;
    private final long projectId;
    private final Layer layer;
    private final ExportRequest request;
    private final Map<Long, String> usernames;
    private final ExportRows rows;

    private final LabelSchema schema;

    ExportQuery(Connection con, long projectId, Layer layer, ExportRequest request, Map<Long, String> usernames,
                LabelSchema schema) {
        this.schema = schema;
        this.rows = new ExportRows(con, layer, request.labels());
        this.con = con;
        this.projectId = projectId;
        this.layer = layer;
        this.request = request;
        this.usernames = usernames;
    }

    long countDocuments() throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("select count(*) from document_rows d where d.project_id = ?"
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

    void stream(Sink sink) throws SQLException, IOException {
        SplitPlan plan = request.split();
        String order = plan.enabled()
                ? "case when f < ? then 0 when f < ? then 1 else 2 end, id"
                : "id";
        String sql = "select * from (select d.id, d.key, d.title, d.source_url, d.publisher,"
                + " d.published_on, d.text, claimdesk_split_fraction(?, d.key) as f"
                + " from document_rows d where d.project_id = ?"
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
                List<ExportAssembly.Row> batch = new ArrayList<>(BATCH);
                while (rs.next()) {
                    batch.add(new ExportAssembly.Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
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

    private boolean emit(List<ExportAssembly.Row> batch, Sink sink) throws SQLException, IOException {
        if (batch.isEmpty()) {
            return true;
        }
        Array ids = con.createArrayOf("bigint", batch.stream().map(ExportAssembly.Row::id).toArray());
        Map<Long, Map<Long, List<SpanRow>>> spans = rows.spans(ids);
        Map<Long, List<RelationRow>> relations = rows.relations(ids);
        Map<Long, List<ReviewRow>> reviews = rows.reviews(ids);
        Map<Long, List<EvidenceItem>> evidence = rows.evidence(reviews);
        Map<Long, Map<Long, AnnotationState>> states = request.states().isEmpty() ? Map.of() : rows.states(ids);
        for (ExportAssembly.Row d : batch) {
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
                boolean gold = annotator == layer.goldId();
                String name = gold ? ExportRequest.GOLD : usernames.getOrDefault(annotator, "?");
                ExportDocument doc = ExportAssembly.assemble(schema, d, name, gold, annotator,
                        byAnnotator.getOrDefault(annotator, List.of()),
                        relations.getOrDefault(d.id(), List.of()), reviews.getOrDefault(d.id(), List.of()), evidence);
                if (!sink.accept(doc)) {
                    return false;
                }
            }
        }
        return true;
    }
}
