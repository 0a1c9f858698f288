package org.claimdesk.annotation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.claimdesk.document.AnnotationState;
import org.claimdesk.document.LayerSummaries;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class LayerSummariesOfAnnotation implements LayerSummaries {
    private final SpanRepository spans;
    private final AnnotatorStateRepository states;

    LayerSummariesOfAnnotation(SpanRepository spans, AnnotatorStateRepository states) {
        this.spans = spans;
        this.states = states;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, LayerSummary> summaries(long annotatorId, Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, AnnotationState> byDocument = new HashMap<>();
        states.findByUserIdAndDocumentIdIn(annotatorId, documentIds)
                .forEach(s -> byDocument.put(s.getDocumentId(), s.getState()));
        Map<Long, Long> counts = new HashMap<>();
        spans.countByDocument(annotatorId, documentIds).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        Map<Long, LayerSummary> out = new HashMap<>();
        for (long id : documentIds) {
            AnnotationState state = byDocument.get(id);
            long count = counts.getOrDefault(id, 0L);
            if (state != null || count > 0) {
                out.put(id, new LayerSummary(state == null ? AnnotationState.NEW : state, count));
            }
        }
        return out;
    }
}
