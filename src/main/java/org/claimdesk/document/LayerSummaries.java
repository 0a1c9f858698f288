package org.claimdesk.document;

import java.util.Collection;
import java.util.Map;

/**
 * Each annotator's state and span count per document, for the documents list and the progress
 * matrix. Implemented by the annotation feature, which owns layers and their states; declared
 * here so that documents do not depend on it.
 */
public interface LayerSummaries {
    /** By document id; documents the annotator has not touched are left out. */
    Map<Long, LayerSummary> summaries(long annotatorId, Collection<Long> documentIds);

    record LayerSummary(AnnotationState state, long spans) {
    }
}
