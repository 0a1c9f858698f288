package org.claimdesk.annotation;

import java.util.List;

/**
 * What the annotation view asks of suggestions: the caller's visible suggestions for a document,
 * and accepting or rejecting one. Implemented by the suggestion feature, which depends on this one;
 * declared here so that the editor does not depend on it. Offsets are code points.
 */
public interface SuggestionsForEditor {
    List<Suggested> visible(long documentId);

    /** Accepts the suggestion's linked group into the caller's layer; what was created. */
    AcceptedGroup accept(long suggestionId);

    /** Accepts these suggestions' groups together, in one transaction (one undo step); decided ones are skipped. */
    AcceptedGroup acceptAll(List<Long> suggestionIds);

    void reject(long suggestionId);

    /** Forgets the caller's rejections in the document, so those suggestions come back; how many. */
    int clearRejections(long documentId);

    record Suggested(long id, long group, String label, int start, int end, double score) {
    }

    record AcceptedGroup(List<SpanDto> spans, List<RelationDto> relations) {
    }
}
