package org.claimdesk.annotation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.project.LabelSchema;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a whole layer straight into DTOs. Opening a document reads thousands of spans that
 * nobody changes in that transaction, and building managed entities for them was half of the
 * time the page took to build.
 */
@Component
class LayerQueries {
    private final JdbcClient jdbc;

    LayerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The layer's spans by position, as {@link LabelRules#toDto(Span, LabelSchema, String)} gives them. */
    List<SpanDto> spans(long documentId, long annotatorId, LabelSchema schema, String annotator) {
        return jdbc.sql("""
                        select id, document_id, label_id, start_cp, end_cp, fragments, covered_text, note, origin, version,
                               nullif(attributes, '{}'::jsonb)::text
                        from span where document_id = ? and annotator_id = ? order by start_cp, id""")
                .params(documentId, annotatorId)
                .query((rs, n) -> new SpanDto(rs.getLong(1), rs.getLong(2), LabelRules.labelName(schema, rs.getLong(3)),
                        rs.getInt(4), rs.getInt(5), fragments(rs), rs.getString(7), rs.getString(8), annotator,
                        SpanOrigin.valueOf(rs.getString(9)), rs.getLong(10), SpanAttributes.parse(rs.getString(11))))
                .list();
    }

    List<RelationDto> relations(long documentId, long annotatorId, LabelSchema schema) {
        return jdbc.sql("""
                        select id, document_id, label_id, source_span_id, target_span_id, version
                        from relation where document_id = ? and annotator_id = ? order by id""")
                .params(documentId, annotatorId)
                .query((rs, n) -> new RelationDto(rs.getLong(1), rs.getLong(2), LabelRules.labelName(schema, rs.getLong(3)),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .list();
    }

    private static List<Fragment> fragments(ResultSet rs) throws SQLException {
        Array array = rs.getArray(6);
        Integer[] flat = (Integer[]) array.getArray();
        List<Fragment> list = new ArrayList<>(flat.length / 2);
        for (int i = 0; i + 1 < flat.length; i += 2) {
            list.add(new Fragment(flat[i], flat[i + 1]));
        }
        return list;
    }
}
