package org.claimdesk.review;

import java.util.List;
import java.util.Map;
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

    private static final String FROM = """
            from annotation_spans s
            join document_rows d on d.id = s.document_id
            left join lateral (
                select rv.verdict, rv.reviewer from review_verdicts rv
                where rv.span_id = s.id order by rv.updated_at desc limit 1) v on true
            where d.project_id = :project and s.label = 'CLAIM'
              and (:everyone or s.annotator_id = :me)
              and (:pattern = '' or s.covered_text ilike :pattern)
              and (:verdict = '' or (:verdict = 'none' and v.verdict is null) or v.verdict = :verdict)
              and (:source = '' or exists (select 1 from annotation_relations r
                    join attribution_source a on a.span_id = r.target_span_id join source_entity e on e.id = a.source_id
                    where r.source_span_id = s.id and r.type = 'ATTRIBUTED_TO' and lower(e.name) = lower(:source)))
            """;

    private final JdbcClient jdbc;

    ClaimsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ClaimRow> page(long projectId, long me, boolean everyone, ClaimFilter filter, int offset, int limit) {
        String sql = """
                select s.id, s.document_id, d.title, s.covered_text, s.annotator,
                  (select string_agg(a.covered_text, ' | ' order by a.start_cp)
                     from annotation_relations r join annotation_spans a on a.id = r.target_span_id
                    where r.source_span_id = s.id and r.type = 'ATTRIBUTED_TO') as sources,
                  (select string_agg(distinct e.name, ' | ')
                     from annotation_relations r
                     join attribution_source a on a.span_id = r.target_span_id join source_entity e on e.id = a.source_id
                    where r.source_span_id = s.id and r.type = 'ATTRIBUTED_TO') as source_entities,
                  (select count(*) from annotation_relations r
                    where r.target_span_id = s.id and r.type = 'DENIES') as denials,
                  v.verdict, v.reviewer
                """ + FROM + " order by " + ORDER.get(filter.sort()).formatted(filter.descending() ? "desc" : "asc")
                + " limit :limit offset :offset";
        return params(jdbc.sql(sql), projectId, me, everyone, filter)
                .param("limit", limit).param("offset", offset)
                .query((rs, i) -> new ClaimRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getString(9), rs.getString(10)))
                .list();
    }

    long count(long projectId, long me, boolean everyone, ClaimFilter filter) {
        return params(jdbc.sql("select count(*) " + FROM), projectId, me, everyone, filter).query(Long.class).single();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, long projectId, long me,
                                                   boolean everyone, ClaimFilter filter) {
        String search = filter.search() == null ? "" : filter.search().strip();
        String pattern = search.isEmpty() ? "" : "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return spec.param("project", projectId).param("me", me).param("everyone", everyone)
                .param("pattern", pattern).param("verdict", filter.verdict() == null ? "" : filter.verdict())
                .param("source", filter.source() == null ? "" : filter.source());
    }
}
