package org.claimdesk.suggestion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.project.LabelDefinition;
import org.claimdesk.project.LabelSchema;
import org.claimdesk.project.ProjectService;
import org.claimdesk.suggestion.tagger.GoldDocument;
import org.claimdesk.suggestion.tagger.SpanEvaluation;
import org.claimdesk.suggestion.tagger.TaggerSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * One training of a project's learned model: the learning curve (models on the first eighth,
 * quarter, half and all of the training documents, each evaluated on the hold-out), the rules on
 * the same hold-out for comparison, and the model trained on all training documents, stored as a
 * new version. The hold-out is never trained on, so the figures are what a reviewer can expect.
 * Reviewers' rejections in documents without gold are trained on as negative evidence.
 */
@Component
class ModelTraining {
    private final GoldCorpus corpus;
    private final ProjectService projects;
    private final SuggestionEngines engines;
    private final ModelStore store;

    ModelTraining(GoldCorpus corpus, ProjectService projects, SuggestionEngines engines, ModelStore store) {
        this.corpus = corpus;
        this.projects = projects;
        this.engines = engines;
        this.store = store;
    }

    public interface Progress {
        void at(double fraction, String step);
    }

    StoredModel run(long projectId, Progress progress, BooleanSupplier cancelled) {
        LabelSchema schema = projects.schemaUnchecked(projectId);
        SuggestionEngine learner = engines.learner();
        if (!learner.supports(schema)) {
            throw new InvalidInputException("This project's schema has no span labels to learn.");
        }
        progress.at(0, "Reading the gold layer");
        GoldCorpus.Split split = corpus.load(projectId);
        if (split.size() < GoldCorpus.MINIMUM || split.train().isEmpty()) {
            throw new InvalidInputException("Training needs at least " + GoldCorpus.MINIMUM
                    + " documents with a gold layer; this project has " + split.size() + ".");
        }
        List<String> labels = schema.spanLabels().stream().map(LabelDefinition::name).toList();
        List<Integer> sizes = curveSizes(split.train().size());
        long work = sizes.stream().mapToLong(Integer::longValue).sum();
        long done = 0;
        List<ModelEvaluation.CurvePoint> curve = new ArrayList<>();
        SuggestionEngine.Model model = null;
        SpanEvaluation last = null;
        long trainingMs = 0;
        for (int size : sizes) {
            progress.at((double) done / work, "Training on " + size + " of " + split.train().size() + " documents");
            long started = System.nanoTime();
            List<GoldDocument> docs = new ArrayList<>(split.train().subList(0, size));
            docs.addAll(split.negatives());
            model = learner.train(docs, schema, cancelled);
            trainingMs = (System.nanoTime() - started) / 1_000_000;
            last = evaluate(learner, model, schema, split.heldOut(), labels);
            curve.add(new ModelEvaluation.CurvePoint(size, last.all().exactScore().f1(), last.all().overlapScore().f1()));
            done += size;
        }
        progress.at(1, "Evaluating the rules on the same hold-out");
        Map<String, SpanEvaluation.Counts> rules = rules(schema, split.heldOut(), labels);
        StoredModel stored = store.save(new StoredModel(projectId, learner.id(), 0, labels, split.train().size(),
                split.heldOut().size(), Instant.now(), trainingMs, settings(),
                new ModelEvaluation(last.counts(), rules, curve)), model.bytes());
        progress.at(1, "Model " + stored.version() + " is ready");
        return stored;
    }

    /** An eighth, a quarter, a half and all of n, without repeats. */
    static List<Integer> curveSizes(int n) {
        TreeSet<Integer> sizes = new TreeSet<>();
        for (int d : new int[] {8, 4, 2, 1}) {
            sizes.add(Math.max(1, n / d));
        }
        return List.copyOf(sizes);
    }

    private static SpanEvaluation evaluate(SuggestionEngine engine, SuggestionEngine.Model model, LabelSchema schema,
                                           List<GoldDocument> heldOut, List<String> labels) {
        SpanEvaluation e = new SpanEvaluation();
        for (GoldDocument d : heldOut) {
            e.add(d.spans(), engine.predict(d.text(), schema, model).spans(), labels);
        }
        return e;
    }

    private @Nullable Map<String, SpanEvaluation.Counts> rules(LabelSchema schema, List<GoldDocument> heldOut,
                                                               List<String> labels) {
        for (SuggestionEngine e : engines.all()) {
            if (e.builtIn().isPresent() && e.supports(schema)) {
                return evaluate(e, e.builtIn().get(), schema, heldOut, labels).counts();
            }
        }
        return null;
    }

    private static String settings() {
        TaggerSettings s = TaggerSettings.DEFAULT;
        return "OpenNLP " + s.algorithm().toLowerCase(java.util.Locale.ROOT) + ", " + s.iterations()
                + " iterations, cutoff " + s.cutoff();
    }
}
