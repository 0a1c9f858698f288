package org.claimdesk.dataset;

import java.util.List;

/**
 * What an import did: documents created and matched (same text already there), spans and relations
 * added, spans that were there already, labels added to the schema, and every problem by file,
 * line and reason. A document with a problem was not imported at all. {@code unknownLabels} are
 * the labels of the files the project lacks, to map in a second run. {@code notes} says
 * what else the import did, by file and line: annotations that went into a layer its annotator
 * had marked finished or into the layer their file named. {@code suggestions}: spans of a model's
 * predictions, imported as suggestions (never as a person's annotations).
 */
public record ImportReport(String format, int documentsCreated, int documentsMatched, int spans, int relations,
                           int spansAlreadyThere, List<String> labelsAdded, List<String> unknownLabels,
                           List<Problem> problems, int moreProblems, boolean cancelled,
                           List<Problem> notes, int suggestions) {

    public record Problem(String file, int line, String reason) {
        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line : "") + ": " + reason;
        }
    }
}
