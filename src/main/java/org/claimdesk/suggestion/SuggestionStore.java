package org.claimdesk.suggestion;

import java.util.ArrayList;
import java.util.List;
import org.claimdesk.project.LabelSchema;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The suggestion tables: an engine's prediction for a document stored once per model version,
 * and reviewers' decisions. Computing is serialized per document with an advisory lock, so two
 * reviewers opening a document at once do not store its suggestions twice.
 */
@Component
class SuggestionStore {
    private final JdbcClient jdbc;

    SuggestionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored suggestion: a span (start, end set) or a link (from, to set). */
    record Row(long id, long documentId, String engine, String version, int group, long labelId, String label,
               @Nullable Integer start, @Nullable Integer end, @Nullable Long from, @Nullable Long to, double score) {
        boolean isSpan() {
            return start != null;
        }
    }

    boolean computed(long documentId, String engine, String version) {
        jdbc.sql("select pg_advisory_xact_lock(7131, cast(? % 2147483647 as int))").param(documentId).query().singleRow();
        return jdbc.sql("select count(*) from suggestion_run where document_id = ? and engine = ? and model_version = ?")
                .params(documentId, engine, version).query(Long.class).single() > 0;
    }

    /** Stores a prediction; labels and link types the schema lacks are left out. */
    void store(long documentId, String engine, String version, SuggestionEngine.Prediction p, LabelSchema schema) {
        List<Long> ids = new ArrayList<>();
        for (SuggestionEngine.Span s : p.spans()) {
            Long label = schema.span(s.label()).map(l -> l.id()).orElse(null);
            ids.add(label == null ? null : jdbc.sql("""
                            insert into suggestion (document_id, engine, model_version, group_no, label_id, start_cp, end_cp, score)
                            values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(documentId, engine, version, s.group(), label, s.start(), s.end(), s.score())
                    .query(Long.class).single());
        }
        for (SuggestionEngine.Link l : p.links()) {
            Long type = schema.relation(l.type()).map(t -> t.id()).orElse(null);
            if (type != null && ids.get(l.from()) != null && ids.get(l.to()) != null) {
                jdbc.sql("""
                                insert into suggestion (document_id, engine, model_version, group_no, label_id, from_id, to_id, score)
                                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(documentId, engine, version, l.group(), type, ids.get(l.from()),
                                ids.get(l.to()), l.score())
                        .update();
            }
        }
        jdbc.sql("insert into suggestion_run (document_id, engine, model_version) values (?, ?, ?)")
                .params(documentId, engine, version).update();
    }

    private static final String SELECT = """
            select s.id, s.document_id, s.engine, s.model_version, s.group_no, s.label_id, l.name, s.start_cp, s.end_cp,
                   s.from_id, s.to_id, s.score
            from suggestion s join label l on l.id = s.label_id
            """;

    List<Row> forDocument(long documentId, String engine, String version) {
        return jdbc.sql(SELECT + " where s.document_id = ? and s.engine = ? and s.model_version = ? order by s.id")
                .params(documentId, engine, version).query(SuggestionStore::row).list();
    }

    /** The newest imported version of each external model's predictions for a document. */
    List<String[]> externalRuns(long documentId) {
        return jdbc.sql("""
                        select engine, max(cast(model_version as int)) from suggestion_run
                        where document_id = ? and engine like 'external:%' group by engine order by engine""")
                .param(documentId).query((rs, i) -> new String[] {rs.getString(1), String.valueOf(rs.getInt(2))}).list();
    }

    java.util.Optional<Row> byId(long id) {
        return jdbc.sql(SELECT + " where s.id = ?").param(id).query(SuggestionStore::row).optional();
    }

    List<Row> group(Row member) {
        return jdbc.sql(SELECT + " where s.document_id = ? and s.engine = ? and s.model_version = ? and s.group_no = ? order by s.id")
                .params(member.documentId(), member.engine(), member.version(), member.group())
                .query(SuggestionStore::row).list();
    }

    /**
     * The item keys of what this reviewer decided on in the document: every rejection, and the
     * accepts whose span is still there (an accept that was undone proposes the suggestion again).
     */
    List<String> decided(long documentId, long userId) {
        return jdbc.sql("""
                        select d.item_key from suggestion_decision d
                        where d.document_id = ? and d.user_id = ?
                          and (d.decision = 'REJECTED' or d.span_id is null
                               or exists (select 1 from annotation_spans s where s.id = d.span_id))""")
                .params(documentId, userId).query(String.class).list();
    }

    void decide(Row item, String key, long userId, String decision, @Nullable Long spanId) {
        jdbc.sql("""
                        insert into suggestion_decision (document_id, user_id, item_key, label_id, decision, engine,
                                                         model_version, span_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (document_id, user_id, item_key)
                        do update set decision = excluded.decision, span_id = excluded.span_id, decided_at = now()""")
                .params(item.documentId(), userId, key, item.labelId(), decision, item.engine(), item.version(), spanId)
                .update();
    }

    /** Forgets a reviewer's rejections in a document: those suggestions come back. */
    int clearRejections(long documentId, long userId) {
        return jdbc.sql("delete from suggestion_decision where document_id = ? and user_id = ? and decision = 'REJECTED'")
                .params(documentId, userId).update();
    }

    private static Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getLong(6),
                rs.getString(7), (Integer) rs.getObject(8), (Integer) rs.getObject(9), (Long) rs.getObject(10),
                (Long) rs.getObject(11), rs.getDouble(12));
    }
}
