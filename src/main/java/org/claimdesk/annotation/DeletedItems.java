package org.claimdesk.annotation;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts deleted spans and relations back under their old ids, so that undoing a deletion brings
 * back the same item: older events, comments and reviews that name it stay true.
 */
@Component
class DeletedItems {
    private final JdbcClient jdbc;

    DeletedItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean spanExists(long id) {
        return jdbc.sql("select exists (select 1 from span where id = ?)").param(id).query(Boolean.class).single();
    }

    boolean relationExists(long id) {
        return jdbc.sql("select exists (select 1 from relation where id = ?)").param(id).query(Boolean.class).single();
    }

    void insertSpan(long id, long documentId, long annotatorId, long labelId, List<Fragment> fragments,
                    String coveredText, @Nullable String note, SpanOrigin origin, long version, String attributes) {
        String flat = fragments.stream().map(f -> f.start() + "," + f.end()).collect(Collectors.joining(",", "{", "}"));
        jdbc.sql("""
                        insert into span (id, document_id, annotator_id, label_id, start_cp, end_cp, fragments,
                                          covered_text, note, origin, version, attributes)
                        values (?, ?, ?, ?, ?, ?, cast(? as int[]), ?, ?, ?, ?, cast(? as jsonb))""")
                .params(id, documentId, annotatorId, labelId, fragments.getFirst().start(), fragments.getLast().end(),
                        flat, coveredText, note, origin.name(), version, attributes)
                .update();
    }

    void insertRelation(long id, long documentId, long annotatorId, long labelId, long from, long to, long version) {
        jdbc.sql("""
                        insert into relation (id, document_id, annotator_id, label_id, source_span_id, target_span_id, version)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, documentId, annotatorId, labelId, from, to, version)
                .update();
    }
}
