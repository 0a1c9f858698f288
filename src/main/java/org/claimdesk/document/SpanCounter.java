package org.claimdesk.document;

import java.util.Collection;
import java.util.Map;

/**
 * Counts an annotator's spans per document. Implemented by the annotation feature, which owns
 * spans; declared here so the documents list can show counts without depending on it.
 */
public interface SpanCounter {
    Map<Long, Long> countSpans(long annotatorId, Collection<Long> documentIds);
}
