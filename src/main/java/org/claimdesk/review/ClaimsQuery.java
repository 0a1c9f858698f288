package org.claimdesk.review;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimdesk.project.FactRole;
import org.claimdesk.project.LabelSchema;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The claims table as one SQL query over spans, relations and reviews, paged in the database so
 * a project of any size opens at once. Spans, links and documents come through the read models
 * that annotation and document publish (annotation_spans, annotation_relations, document_rows);
 * verdicts and sources are review's own tables.
 */
@Component
class ClaimsQuery {
    private static final Map<ClaimFilter.Sort, String> ORDER = Map.of(
            ClaimFilter.Sort.DOCUMENT, "d.title %s, s.document_id, s.start_cp",
            ClaimFilter.Sort.TEXT, "lower(s.covered_text) %s, s.id",
            ClaimFilter.Sort.VERDICT, "v.verdict %s nulls last, s.id",
            ClaimFilter.Sort.ANNOTATOR, "s.annotator %s, s.id",
            ClaimFilter.Sort.DENIALS, "denials %s, s.id",
            ClaimFilter.Sort.SOURCE, "source_entities %s nulls last, s.id");

    /** The ids of the spans that said claim s: its attributions, or its event's sources (else the trigger). */
    private static final String SOURCES_OF_S = """
            (select r.target_span_id from annotation_relations r
              where r.source_span_id = s.id and r.type = any(:attributedTo)
             union
             select coalesce(src.target_span_id, ev.source_span_id)
               from annotation_relations ev
               join annotation_spans t on t.id = ev.source_span_id and not (t.label = any(:denialLabels))
               left join annotation_relations src on src.source_span_id = ev.source_span_id and src.type = any(:sourceArgs)
              where ev.target_span_id = s.id and ev.type = any(:claimArgs))""";

    private static final String FROM = """
            from annotation_spans s
            join document_rows d on d.id = s.document_id
            left join lateral (
                select rv.verdict, rv.reviewer from review_verdicts rv
                where rv.span_id = s.id order by rv.updated_at desc limit 1) v on true
            where d.project_id = :project
              and (s.label = any(:claimLabels) or exists (select 1 from annotation_relations c
                    where c.target_span_id = s.id and c.type = any(:claimArgs)))
              and (:everyone or s.annotator_id = :me)
              and (:pattern = '' or s.covered_text ilike :pattern)
              and (:verdict = '' or (:verdict = 'none' and v.verdict is null) or v.verdict = :verdict)
              and (:source = '' or exists (select 1 from review_sources e
                    where e.span_id in %s and lower(e.name) = lower(:source)))
            """.formatted(SOURCES_OF_S);

    private final JdbcClient jdbc;

    ClaimsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ClaimRow> page(long projectId, LabelSchema schema, long me, boolean everyone, ClaimFilter filter, int offset, int limit) {
        String sql = """
                select s.id, s.document_id, d.title, s.covered_text, s.annotator,
                  (select string_agg(a.covered_text, ' | ' order by a.start_cp)
                     from annotation_spans a where a.id in %1$s) as sources,
                  (select string_agg(distinct e.name, ' | ')
                     from review_sources e where e.span_id in %1$s) as source_entities,
                  (select count(*) from annotation_relations r join annotation_spans t on t.id = r.source_span_id
                    where r.target_span_id = s.id and (r.type = any(:denies)
                      or (r.type = any(:claimArgs) and t.label = any(:denialLabels)))) as denials,
                  v.verdict, v.reviewer
                """.formatted(SOURCES_OF_S) + FROM + " order by " + ORDER.get(filter.sort()).formatted(filter.descending() ? "desc" : "asc")
                + " limit :limit offset :offset";
        return params(jdbc.sql(sql), projectId, schema, me, everyone, filter)
                .param("limit", limit).param("offset", offset)
                .query((rs, i) -> new ClaimRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getString(9), rs.getString(10)))
                .list();
    }

    long count(long projectId, LabelSchema schema, long me, boolean everyone, ClaimFilter filter) {
        return params(jdbc.sql("select count(*) " + FROM), projectId, schema, me, everyone, filter).query(Long.class).single();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, long projectId, LabelSchema schema,
                                                   long me, boolean everyone, ClaimFilter filter) {
        String search = filter.search() == null ? "" : filter.search().strip();
        String pattern = search.isEmpty() ? "" : "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return spec.param("project", projectId)
                .param("claimLabels", names(schema.spanLabelsWith(FactRole.CLAIM)))
                .param("denialLabels", names(schema.spanLabelsWith(FactRole.DENIAL)))
                .param("claimArgs", names(schema.linkTypesWith(FactRole.CLAIM)))
                .param("sourceArgs", names(schema.linkTypesWith(FactRole.SOURCE)))
                .param("attributedTo", names(schema.linkTypesWith(FactRole.ATTRIBUTED_TO)))
                .param("denies", names(schema.linkTypesWith(FactRole.DENIES))).param("me", me).param("everyone", everyone)
                .param("pattern", pattern).param("verdict", filter.verdict() == null ? "" : filter.verdict())
                .param("source", filter.source() == null ? "" : filter.source());
    }

    private static String[] names(Set<String> names) {
        return names.toArray(String[]::new);
    }
}
