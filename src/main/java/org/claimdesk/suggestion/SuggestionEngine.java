package org.claimdesk.suggestion;

import java.util.List;
import org.claimdesk.project.LabelSchema;

/**
 * Something that proposes spans and links for a document: rules, a model trained on the
 * project's gold layer, or imported predictions. Offsets are code points, as everywhere in the API.
 * One class per engine; {@link SuggestionEngines} lists them.
 */
public interface SuggestionEngine {
    /** Stable id, stored with every suggestion and in the history of accepted spans. */
    String id();

    /** The model version; a suggestion id is stable for one version. */
    String version();

    /** Whether the engine has anything to propose in this schema (the labels it would use exist). */
    boolean supports(LabelSchema schema);

    Prediction predict(String text, LabelSchema schema);

    /** Spans and links; a link names its ends by their index in {@code spans}. */
    record Prediction(List<Span> spans, List<Link> links) {
    }

    /** {@code group} ties the spans and links of one linked suggestion together. */
    record Span(int group, String label, int start, int end, double score) {
    }

    record Link(int group, String type, int from, int to, double score) {
    }
}
