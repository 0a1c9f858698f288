package org.claimdesk.annotation;

import java.util.List;
import java.util.Optional;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Curation: CURATORs and OWNERs write the gold layer; the history names the curator. */
@Service
public class GoldLayerEditing {
    private final SpanRepository spans;
    private final LayerContexts layers;
    private final SpanStore store;

    GoldLayerEditing(SpanRepository spans, LayerContexts layers, SpanStore store) {
        this.spans = spans;
        this.layers = layers;
        this.store = store;
    }

    @Transactional
    public SpanDto createGoldSpan(long documentId, String label, List<Fragment> fragments) {
        return store.create(layers.gold(documentId), label, fragments, SpanOrigin.MANUAL, "curate");
    }

    /** Links two gold spans; an existing identical link is left as it is. */
    @Transactional
    public Optional<RelationDto> createGoldRelation(long documentId, String type, long fromSpanId, long toSpanId) {
        LayerContext c = layers.gold(documentId);
        Span from = goldSpan(c, fromSpanId);
        Span to = goldSpan(c, toSpanId);
        return store.linkIfAbsent(c, type, from, to, "curate");
    }

    /** Removes a span from the gold layer, with its relations. */
    @Transactional
    public void deleteGoldSpan(long spanId) {
        Span span = spans.findById(spanId).orElseThrow(() -> new NotFoundException("Span " + spanId + " not found."));
        LayerContext c = layers.gold(span.getDocumentId());
        if (span.getAnnotatorId() != c.layer().id()) {
            throw new InvalidInputException("Span " + spanId + " is not in the gold layer.");
        }
        store.delete(c, span, "uncurate");
    }

    private Span goldSpan(LayerContext c, long spanId) {
        Span s = spans.findById(spanId).orElseThrow(() -> new NotFoundException("Span " + spanId + " not found."));
        if (s.getAnnotatorId() != c.layer().id() || s.getDocumentId() != c.documentId()) {
            throw new InvalidInputException("Gold links join two gold spans of the same document.");
        }
        return s;
    }
}
