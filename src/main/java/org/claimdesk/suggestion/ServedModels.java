package org.claimdesk.suggestion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimdesk.project.LabelSchema;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which engine and model a project is served, by its {@link SuggestionMode}: a rule engine's
 * built-in model, or the newest learned model read from PostgreSQL. Read models are kept in
 * memory (a few, least recently used out), so a node that did not train serves the same model.
 */
@Component
class ServedModels {
    private static final int CACHED = 16;

    /** An engine with the model it predicts with; {@code version} names the model in the project. */
    record Served(SuggestionEngine engine, String version, SuggestionEngine.Model model) {
    }

    private final SuggestionEngines engines;
    private final ModelStore store;
    private final JdbcClient jdbc;
    private final Map<String, SuggestionEngine.Model> cache = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SuggestionEngine.Model> eldest) {
            return size() > CACHED;
        }
    };

    ServedModels(SuggestionEngines engines, ModelStore store, JdbcClient jdbc) {
        this.engines = engines;
        this.store = store;
        this.jdbc = jdbc;
    }

    SuggestionMode mode(long projectId) {
        return jdbc.sql("select mode from suggestion_setting where project_id = ?").param(projectId)
                .query(String.class).optional().map(SuggestionMode::valueOf).orElse(SuggestionMode.AUTO);
    }

    void setMode(long projectId, SuggestionMode mode) {
        jdbc.sql("""
                        insert into suggestion_setting (project_id, mode) values (?, ?)
                        on conflict (project_id) do update set mode = excluded.mode, updated_at = now()""")
                .params(projectId, mode.name()).update();
    }

    /** What the project's members are served now: none, the rules, or the learned model. */
    List<Served> forProject(long projectId, LabelSchema schema) {
        return forProject(projectId, schema, mode(projectId));
    }

    /** As above, for a caller that has read the project's mode already. */
    List<Served> forProject(long projectId, LabelSchema schema, SuggestionMode mode) {
        if (mode == SuggestionMode.OFF) {
            return List.of();
        }
        Optional<Served> rules = engines.supporting(schema).stream().filter(e -> e.builtIn().isPresent()).findFirst()
                .map(e -> new Served(e, e.version(), e.builtIn().orElseThrow()));
        Optional<StoredModel> newest = engines.learner().supports(schema)
                ? store.newest(projectId, engines.learner().id()) : Optional.empty();
        boolean learnedWins = newest.isPresent() && (rules.isEmpty()
                || newest.get().evaluation().learnedOverlapF1() >= newest.get().evaluation().rulesOverlapF1());
        List<Served> out = new ArrayList<>();
        if (mode == SuggestionMode.LEARNED || (mode == SuggestionMode.AUTO && learnedWins)) {
            newest.map(this::learned).ifPresent(out::add);
        }
        if (out.isEmpty() && mode != SuggestionMode.LEARNED) {
            rules.ifPresent(out::add);
        }
        return out;
    }

    private Served learned(StoredModel m) {
        SuggestionEngine learner = engines.learner();
        String key = m.projectId() + "/" + m.engine() + "/" + m.version();
        SuggestionEngine.Model model;
        synchronized (cache) {
            model = cache.get(key);
        }
        if (model == null) {
            model = learner.read(store.bytes(m.projectId(), m.engine(), m.version()).orElseThrow());
            synchronized (cache) {
                cache.put(key, model);
            }
        }
        return new Served(learner, String.valueOf(m.version()), model);
    }
}
