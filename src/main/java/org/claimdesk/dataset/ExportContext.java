package org.claimdesk.dataset;

import java.util.List;

/**
 * What a writer needs beyond the documents: the project's span labels and relation types (in
 * schema order, which fixes tag ids), its event roles (links from a trigger span that brat writes
 * as E lines), its rating scale, and a tokenizer of its own.
 */
public record ExportContext(String projectName, List<String> spanLabels, List<String> relationTypes,
                            List<String> eventRoles, List<String> ratingScale, TextTokenizer tokenizer) {
    public ExportContext(String projectName, List<String> spanLabels, List<String> relationTypes,
                         List<String> ratingScale, TextTokenizer tokenizer) {
        this(projectName, spanLabels, relationTypes, List.of(), ratingScale, tokenizer);
    }
}
