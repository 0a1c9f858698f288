package org.claimdesk.annotation;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts many new spans or relations in one statement each. Hibernate cannot batch IDENTITY
 * inserts, so a bulk request of 10,000 spans would cost 10,000 round trips; here the ids come from
 * the sequence in one query and the rows go in as arrays unnested by PostgreSQL.
 */
@Component
class LayerRows {
    private final JdbcTemplate jdbc;

    LayerRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the spans in the caller's transaction and gives each its new id. */
    void insertSpans(List<Span> fresh) {
        if (fresh.isEmpty()) {
            return;
        }
        int n = fresh.size();
        Long[] id = ids("span_id_seq", n);
        Long[] document = new Long[n];
        Long[] annotator = new Long[n];
        Long[] label = new Long[n];
        Integer[] start = new Integer[n];
        Integer[] end = new Integer[n];
        String[] fragments = new String[n];
        String[] text = new String[n];
        String[] note = new String[n];
        String[] origin = new String[n];
        String[] attributes = new String[n];
        for (int i = 0; i < n; i++) {
            Span s = fresh.get(i);
            document[i] = s.getDocumentId();
            annotator[i] = s.getAnnotatorId();
            label[i] = s.getLabelId();
            start[i] = s.getStartCp();
            end[i] = s.getEndCp();
            fragments[i] = arrayLiteral(s.flatFragments());
            text[i] = s.getCoveredText();
            note[i] = s.getNote();
            origin[i] = s.getOrigin().name();
            attributes[i] = s.attributesJson();
        }
        insert("""
                    insert into span (id, document_id, annotator_id, label_id, start_cp, end_cp, fragments,
                                      covered_text, note, origin, attributes, version)
                    select r.id, r.document_id, r.annotator_id, r.label_id, r.start_cp, r.end_cp, cast(r.fragments as int[]),
                           r.covered_text, r.note, r.origin, cast(r.attributes as jsonb), 0
                    from unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                         as r(id, document_id, annotator_id, label_id, start_cp, end_cp, fragments, covered_text, note, origin,
                              attributes)""",
                new String[] {"int8", "int8", "int8", "int8", "int4", "int4", "text", "text", "text", "text", "text"},
                id, document, annotator, label, start, end, fragments, text, note, origin, attributes);
        for (int i = 0; i < n; i++) {
            fresh.get(i).stored(id[i]);
        }
    }

    /**
     * Stores one span in one statement: the single creation (the editor, a script) is the busiest
     * write, and Hibernate's insert cost it a sixth of its time.
     */
    void insertSpan(Span s) {
        long id = jdbc.queryForObject("""
                        insert into span (document_id, annotator_id, label_id, start_cp, end_cp, fragments, covered_text,
                                          note, origin, attributes, version)
                        values (?, ?, ?, ?, ?, cast(? as int[]), ?, ?, ?, cast(? as jsonb), 0) returning id""", Long.class,
                s.getDocumentId(), s.getAnnotatorId(), s.getLabelId(), s.getStartCp(), s.getEndCp(),
                arrayLiteral(s.flatFragments()), s.getCoveredText(), s.getNote(), s.getOrigin().name(),
                s.attributesJson());
        s.stored(id);
    }

    /** Stores the relations in the caller's transaction and gives each its new id. */
    void insertRelations(List<Relation> fresh) {
        if (fresh.isEmpty()) {
            return;
        }
        int n = fresh.size();
        Long[] id = ids("relation_id_seq", n);
        Long[] document = new Long[n];
        Long[] annotator = new Long[n];
        Long[] label = new Long[n];
        Long[] source = new Long[n];
        Long[] target = new Long[n];
        for (int i = 0; i < n; i++) {
            Relation r = fresh.get(i);
            document[i] = r.getDocumentId();
            annotator[i] = r.getAnnotatorId();
            label[i] = r.getLabelId();
            source[i] = r.getSourceSpanId();
            target[i] = r.getTargetSpanId();
        }
        insert("""
                        insert into relation (id, document_id, annotator_id, label_id, source_span_id, target_span_id, version)
                        select r.*, 0 from unnest(?, ?, ?, ?, ?, ?)
                             as r(id, document_id, annotator_id, label_id, source_span_id, target_span_id)""",
                new String[] {"int8", "int8", "int8", "int8", "int8", "int8"},
                id, document, annotator, label, source, target);
        for (int i = 0; i < n; i++) {
            fresh.get(i).stored(id[i]);
        }
    }

    private Long[] ids(String sequence, int n) {
        return jdbc.queryForList("select nextval(?::regclass) from generate_series(1, ?)", Long.class, sequence, n)
                .toArray(Long[]::new);
    }

    /** One statement whose parameters are whole columns, sent as arrays of the given element types. */
    private void insert(String sql, String[] types, Object[]... columns) {
        jdbc.execute((Connection con) -> {
            try (PreparedStatement ps = con.prepareStatement(sql)) {
                for (int c = 0; c < columns.length; c++) {
                    Array array = con.createArrayOf(types[c], columns[c]);
                    ps.setArray(c + 1, array);
                }
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static String arrayLiteral(int[] flat) {
        StringBuilder b = new StringBuilder(flat.length * 6).append('{');
        for (int i = 0; i < flat.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(flat[i]);
        }
        return b.append('}').toString();
    }
}
