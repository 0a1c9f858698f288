package org.claimdesk.review;

import java.util.List;

/**
 * What a model proposes in a document, for curation: one more column beside the annotators, with
 * no vote. Implemented by the suggestion feature, which depends on this one; declared here so
 * that curation does not depend on it. Offsets are code points.
 */
public interface ModelProposals {
    List<Proposal> of(long documentId);

    record Proposal(String label, int start, int end, String text, double score) {
    }
}
