package org.claimdesk.dataset;

import java.util.List;

/**
 * What a writer needs beyond the documents: the project's span labels and relation types (in
 * schema order, which fixes tag ids), its rating scale, and a tokenizer of its own.
 */
public record ExportContext(String projectName, List<String> spanLabels, List<String> relationTypes,
                            List<String> ratingScale, TextTokenizer tokenizer) {
}
