package org.claimdesk.suggestion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimdesk.project.LabelSchema;
import org.claimdesk.project.ProjectAccess;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.suggestion.tagger.SpanEvaluation;
import org.claimdesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's learned model as its members see it: its status and evaluation (members who may
 * annotate), training on request and cancelling (curators and owners), and which suggestions the
 * project gets (owners).
 */
@Service
public class SuggestionModels {
    private final ProjectAccess access;
    private final ProjectService projects;
    private final TrainingQueue queue;
    private final ModelTraining training;
    private final ModelStore store;
    private final ServedModels served;
    private final SuggestionEngines engines;
    private final GoldCorpus corpus;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    SuggestionModels(ProjectAccess access, ProjectService projects, TrainingQueue queue, ModelTraining training, ModelStore store,
                     ServedModels served, SuggestionEngines engines, GoldCorpus corpus, JdbcClient jdbc,
                     CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.access = access;
        this.projects = projects;
        this.queue = queue;
        this.training = training;
        this.store = store;
        this.served = served;
        this.engines = engines;
        this.corpus = corpus;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public SuggestionStatus status(long projectId) {
        boolean seesOthers = access.require(projectId, ProjectRole.ANNOTATOR).seesOthersWork();
        LabelSchema schema = projects.schemaUnchecked(projectId);
        TrainingQueue.Job job = queue.job(projectId);
        Optional<StoredModel> m = store.newest(projectId, engines.learner().id());
        String state = job.running() ? "training" : m.isPresent() ? "ready" : "idle";
        List<DocumentSuggestions.Model> serving = served.forProject(projectId, schema).stream()
                .map(s -> new DocumentSuggestions.Model(s.engine().id(), s.version())).toList();
        return new SuggestionStatus(state, m.map(x -> String.valueOf(x.version())).orElse(null),
                m.map(StoredModel::trainedOn).orElse(0), m.map(StoredModel::heldOut).orElse(0),
                m.map(StoredModel::trainedAt).orElse(null), m.map(StoredModel::trainingMs).orElse(0L),
                m.map(StoredModel::settings).orElse(null),
                m.map(x -> scores(x.evaluation().learned())).orElse(Map.of()),
                m.map(x -> x.evaluation().rules() == null ? null : scores(x.evaluation().rules())).orElse(null),
                m.map(x -> x.evaluation().curve()).orElse(List.of()), served.mode(projectId).name().toLowerCase(),
                serving, corpus.count(projectId), GoldCorpus.MINIMUM, job.queued(), job.progress(), job.step(),
                job.problem(), acceptance(projectId, seesOthers));
    }

    /** Starts a training (or queues one behind the running one). */
    public void train(long projectId) {
        access.require(projectId, ProjectRole.CURATOR);
        queue.request(projectId);
    }

    /** Trains now, in the caller's thread (the command line); the model is stored like a background training's. */
    public StoredModel trainNow(long projectId, ModelTraining.Progress progress) {
        access.require(projectId, ProjectRole.CURATOR);
        return training.run(projectId, progress, () -> false);
    }

    public void cancel(long projectId) {
        access.require(projectId, ProjectRole.CURATOR);
        queue.cancel(projectId);
    }

    @Transactional
    public void setMode(long projectId, SuggestionMode mode) {
        access.require(projectId, ProjectRole.OWNER);
        served.setMode(projectId, mode);
    }

    private static Map<String, SuggestionStatus.LabelScores> scores(@Nullable Map<String, SpanEvaluation.Counts> counts) {
        Map<String, SuggestionStatus.LabelScores> out = new LinkedHashMap<>();
        if (counts != null) {
            counts.forEach((label, c) -> out.put(label, new SuggestionStatus.LabelScores(score(c.exactScore()),
                    score(c.overlapScore()), c.predicted(), c.gold())));
        }
        return out;
    }

    private static SuggestionStatus.Scores score(SpanEvaluation.Score s) {
        return new SuggestionStatus.Scores(s.p(), s.r(), s.f1());
    }

    /** In a blind project an annotator sees only their own accepts and rejects. */
    private Map<String, SuggestionStatus.Acceptance> acceptance(long projectId, boolean seesOthers) {
        Map<String, int[]> counts = new java.util.TreeMap<>();
        jdbc.sql("""
                        select l.name, d.decision, count(*) from suggestion_decision d
                        join label l on l.id = d.label_id
                        join document_rows doc on doc.id = d.document_id
                        where doc.project_id = ? and (? or d.user_id = ?) group by l.name, d.decision""")
                .params(projectId, seesOthers, currentUser.id()).query(rs -> {
                    int[] c = counts.computeIfAbsent(rs.getString(1), k -> new int[2]);
                    c[rs.getString(2).equals("ACCEPTED") ? 0 : 1] += rs.getInt(3);
                });
        Map<String, SuggestionStatus.Acceptance> out = new LinkedHashMap<>();
        counts.forEach((label, c) -> out.put(label,
                new SuggestionStatus.Acceptance(c[0], c[1], Math.round(1000.0 * c[0] / (c[0] + c[1])) / 1000.0)));
        return out;
    }
}
