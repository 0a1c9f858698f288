package org.claimdesk.suggestion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The suggestion_model table: each training adds a version; the newest is the one served. */
@Component
class ModelStore {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;

    ModelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Evaluations(Map<String, org.claimdesk.suggestion.tagger.SpanEvaluation.Counts> learned,
                       Map<String, org.claimdesk.suggestion.tagger.SpanEvaluation.Counts> rules) {
    }

    /** Stores a new version (one more than the newest) and returns it. */
    @Transactional
    StoredModel save(StoredModel m, byte[] bytes) {
        jdbc.sql("select pg_advisory_xact_lock(7132, cast(? % 2147483647 as int))").param(m.projectId()).query().singleRow();
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from suggestion_model where project_id = ? and engine = ?")
                .params(m.projectId(), m.engine()).query(Integer.class).single();
        jdbc.sql("""
                        insert into suggestion_model (project_id, engine, version, model, labels, trained_on, held_out,
                                                      trained_at, training_ms, settings, evaluation, curve)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
                .params(m.projectId(), m.engine(), version, bytes, m.labels().toArray(String[]::new), m.trainedOn(),
                        m.heldOut(), java.sql.Timestamp.from(m.trainedAt()), m.trainingMs(), m.settings(),
                        JSON.writeValueAsString(new Evaluations(m.evaluation().learned(), m.evaluation().rules())),
                        JSON.writeValueAsString(m.evaluation().curve()))
                .update();
        return new StoredModel(m.projectId(), m.engine(), version, m.labels(), m.trainedOn(), m.heldOut(), m.trainedAt(),
                m.trainingMs(), m.settings(), m.evaluation());
    }

    Optional<StoredModel> newest(long projectId, String engine) {
        return jdbc.sql("""
                        select project_id, engine, version, labels, trained_on, held_out, trained_at, training_ms, settings,
                               evaluation, curve
                        from suggestion_model where project_id = ? and engine = ? order by version desc limit 1""")
                .params(projectId, engine).query(ModelStore::row).optional();
    }

    Optional<byte[]> bytes(long projectId, String engine, int version) {
        return jdbc.sql("select model from suggestion_model where project_id = ? and engine = ? and version = ?")
                .params(projectId, engine, version).query(byte[].class).optional();
    }

    private static StoredModel row(ResultSet rs, int i) throws SQLException {
        Evaluations e = JSON.readValue(rs.getString(10), Evaluations.class);
        List<ModelEvaluation.CurvePoint> curve = JSON.readValue(rs.getString(11), new TypeReference<>() {
        });
        return new StoredModel(rs.getLong(1), rs.getString(2), rs.getInt(3), List.of((String[]) rs.getArray(4).getArray()),
                rs.getInt(5), rs.getInt(6), rs.getTimestamp(7).toInstant(), rs.getLong(8), rs.getString(9),
                new ModelEvaluation(e.learned(), e.rules(), curve));
    }
}
