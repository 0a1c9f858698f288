package org.claimdesk.project;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A project's labels read in one plain statement. Every write of every span reads its schema, and
 * Spring Data's derived query cost that path a tenth of its time; the rows are written through
 * {@link Label} and flushed before anyone reads them here.
 */
@Component
class SchemaRows {
    private final JdbcClient jdbc;

    SchemaRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    LabelSchema of(long projectId) {
        return new LabelSchema(jdbc.sql("""
                        select id, name, kind, color, shortcut, source_labels, target_labels, description, fact_role
                        from label where project_id = ? order by sort_order, id""")
                .param(projectId)
                .query((rs, n) -> new LabelDefinition(rs.getLong(1), rs.getString(2), LabelKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), strings(rs, 6), strings(rs, 7), rs.getString(8),
                        role(rs.getString(9))))
                .list());
    }

    private static List<String> strings(ResultSet rs, int column) throws SQLException {
        Array a = rs.getArray(column);
        return a == null ? List.of() : List.of((String[]) a.getArray());
    }

    private static @Nullable FactRole role(@Nullable String name) {
        return name == null ? null : FactRole.valueOf(name);
    }
}
