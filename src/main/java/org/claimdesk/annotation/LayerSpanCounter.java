package org.claimdesk.annotation;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.claimdesk.document.SpanCounter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class LayerSpanCounter implements SpanCounter {
    private final SpanRepository spans;

    LayerSpanCounter(SpanRepository spans) {
        this.spans = spans;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> countSpans(long annotatorId, Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        return spans.countByDocument(annotatorId, documentIds).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }
}
