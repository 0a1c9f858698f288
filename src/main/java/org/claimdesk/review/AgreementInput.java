package org.claimdesk.review;

import java.util.List;

/**
 * What agreement is computed over: documents (by length in code points) and every annotator's
 * spans in them. Fragments are [start, end) code point offsets.
 */
public record AgreementInput(List<Doc> documents, List<String> annotators, List<LabelledSpan> spans) {
    public record Doc(long id, int length) {
    }

    public record LabelledSpan(long documentId, String annotator, String label, List<int[]> fragments) {
    }
}
