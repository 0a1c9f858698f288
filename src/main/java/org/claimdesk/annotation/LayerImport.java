package org.claimdesk.annotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.project.LabelDefinition;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Annotations made elsewhere, added to a layer by a CURATOR with origin IMPORTED. */
@Service
public class LayerImport {
    private final SpanRepository spans;
    private final RelationRepository relations;
    private final LayerContexts layers;
    private final SpanStore store;
    private final LayerStates states;

    LayerImport(SpanRepository spans, RelationRepository relations, LayerContexts layers, SpanStore store,
                LayerStates states) {
        this.states = states;
        this.spans = spans;
        this.relations = relations;
        this.layers = layers;
        this.store = store;
    }

    /**
     * A span of an annotation import, with the key its file gave it (for relations) and the
     * attributes the file set on it.
     */
    public record ImportSpan(String key, String label, List<Fragment> fragments, @Nullable String note,
                             Map<String, String> attributes) {
        public ImportSpan(String key, String label, List<Fragment> fragments, @Nullable String note) {
            this(key, label, fragments, note, Map.of());
        }
    }

    public record ImportRelation(String type, String fromKey, String toKey) {
    }

    /**
     * What an import added; spans already in the layer (same label and fragments) are not added
     * twice. {@code intoFinishedLayer}: the layer's annotator had marked the document finished (a
     * curator's import still goes in, recorded in its history, and the report says so).
     */
    public record ImportResult(int spans, int relations, int alreadyThere, boolean intoFinishedLayer) {
    }

    /**
     * Adds spans and relations to a layer, all or nothing: any span or relation the text or the
     * schema refuses fails the whole call with a message naming it.
     */
    @Transactional
    public ImportResult importLayer(long documentId, long annotatorId, List<ImportSpan> input, List<ImportRelation> links) {
        LayerContext c = layers.forImport(documentId, annotatorId);
        Map<String, Span> existing = new HashMap<>();
        for (Span s : spans.findByDocumentIdAndAnnotatorIdOrderByStartCpAscIdAsc(documentId, annotatorId)) {
            existing.put(s.getLabelId() + "|" + s.fragments(), s);
        }
        Map<String, Span> byKey = new HashMap<>();
        List<Span> fresh = new ArrayList<>();
        int already = 0;
        for (ImportSpan in : input) {
            Span span;
            try {
                span = store.build(c, in.label(), in.fragments(), SpanOrigin.IMPORTED, in.note());
                span.setAttributes(SpanAttributes.check(in.attributes()));
            } catch (InvalidInputException e) {
                throw new InvalidInputException("Span " + in.key() + ": " + e.getMessage());
            }
            String identity = span.getLabelId() + "|" + span.fragments();
            Span same = existing.get(identity);
            if (same != null) {
                byKey.put(in.key(), same);
                already++;
                continue;
            }
            fresh.add(span);
            byKey.put(in.key(), span);
            existing.put(identity, span);
        }
        List<SpanDto> created = store.createAll(c, fresh, "import");
        Set<String> linkedAlready = new HashSet<>();
        if (already > 0) {
            relations.findByDocumentIdAndAnnotatorIdOrderByIdAsc(documentId, annotatorId)
                    .forEach(r -> linkedAlready.add(r.getLabelId() + ":" + r.getSourceSpanId() + ">" + r.getTargetSpanId()));
        }
        List<Relation> newLinks = new ArrayList<>();
        for (ImportRelation r : links) {
            Span from = byKey.get(r.fromKey());
            Span to = byKey.get(r.toKey());
            if (from == null || to == null) {
                throw new InvalidInputException("Relation " + r.type() + " " + r.fromKey() + " -> " + r.toKey()
                        + " names a span that is not in the file.");
            }
            LabelDefinition type;
            try {
                type = store.relationType(c, r.type(), from, to);
            } catch (InvalidInputException e) {
                throw new InvalidInputException("Relation " + r.fromKey() + " -> " + r.toKey() + ": " + e.getMessage());
            }
            // imports take what is there: a self-link or a link twice is skipped, not refused
            if (!from.getId().equals(to.getId())
                    && linkedAlready.add(type.id() + ":" + from.getId() + ">" + to.getId())) {
                newLinks.add(new Relation(documentId, c.layer().id(), type.id(), from.getId(), to.getId()));
            }
        }
        List<RelationDto> linked = store.linkAll(c, newLinks, "import");
        store.batchStored(c, created, linked);
        return new ImportResult(created.size(), linked.size(), already,
                !c.gold() && states.isFinished(documentId, annotatorId));
    }
}
