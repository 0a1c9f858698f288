package org.claimdesk.document;

import java.util.Map;

/** One document of the progress matrix: each annotator's state and span count on it. */
public record ProgressRow(long documentId, String title, Map<String, Cell> byAnnotator) {
    public record Cell(AnnotationState state, long spans) {
    }
}
