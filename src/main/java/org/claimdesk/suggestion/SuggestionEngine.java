package org.claimdesk.suggestion;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.claimdesk.project.LabelSchema;
import org.claimdesk.suggestion.tagger.GoldDocument;

/**
 * Something that proposes spans and links for a document: rules, or a model trained on the
 * project's gold layer. Offsets are code points, as everywhere in the API. An engine holds no
 * project state: a rule engine has a built-in model, a learning engine trains one that
 * {@link ServedModels} keeps in PostgreSQL. One class per engine; {@link SuggestionEngines} lists them.
 */
public interface SuggestionEngine {
    /** Stable id, stored with every suggestion and in the history of accepted spans. */
    String id();

    /** The version of the engine's code; a learned model's version is counted per project beside it. */
    String version();

    /** Whether the engine has anything to propose in this schema (the labels it would use exist). */
    boolean supports(LabelSchema schema);

    /** What predictions are made with; a learned one is stored as its bytes. */
    interface Model {
        byte[] bytes();
    }

    /** The model of an engine that needs no training; empty for an engine that learns. */
    Optional<Model> builtIn();

    /** Learns a model from gold documents; asks {@code cancelled} between steps. Only engines without a built-in model learn. */
    default Model train(List<GoldDocument> gold, LabelSchema schema, BooleanSupplier cancelled) {
        throw new UnsupportedOperationException(id() + " does not learn.");
    }

    /** Reads a model that {@link #train} made, from its bytes. */
    default Model read(byte[] bytes) {
        throw new UnsupportedOperationException(id() + " does not learn.");
    }

    Prediction predict(String text, LabelSchema schema, Model model);

    /** Spans and links; a link names its ends by their index in {@code spans}. */
    record Prediction(List<Span> spans, List<Link> links) {
    }

    /** {@code group} ties the spans and links of one linked suggestion together. */
    record Span(int group, String label, int start, int end, double score) {
    }

    record Link(int group, String type, int from, int to, double score) {
    }
}
