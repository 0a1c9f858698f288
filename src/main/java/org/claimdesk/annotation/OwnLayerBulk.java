package org.claimdesk.annotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimdesk.base.ConflictException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.project.LabelDefinition;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many spans or links at once in the signed-in user's own layer (scripts and models over REST),
 * all or nothing: every item is checked before any is stored, a refusal names its index, and the
 * rest is stored in one transaction, each item with its history event, as one undo step, with one
 * notice to open editors.
 */
@Service
public class OwnLayerBulk {
    static final int MAX_BULK = 50_000;

    private final SpanRepository spans;
    private final RelationRepository relations;
    private final LayerContexts layers;
    private final SpanStore store;

    OwnLayerBulk(SpanRepository spans, RelationRepository relations, LayerContexts layers, SpanStore store) {
        this.spans = spans;
        this.relations = relations;
        this.layers = layers;
        this.store = store;
    }

    /** One span of a bulk request. */
    public record NewSpan(@Nullable String label, List<Fragment> fragments) {
    }

    /** One link of a bulk request: span ids of the caller's layer, the type optional as for one link. */
    public record NewLink(@Nullable String type, long from, long to) {
    }

    @Transactional
    public List<SpanDto> createSpans(long documentId, List<NewSpan> items, SpanOrigin origin) {
        return createSpans(documentId, items, origin, null);
    }

    /** As above; {@code suggestedBy} (engine and model) is kept in each span's history and shown in provenance. */
    @Transactional
    public List<SpanDto> createSpans(long documentId, List<NewSpan> items, SpanOrigin origin, @Nullable String suggestedBy) {
        checkSize(items.size(), "spans");
        LayerContext c = layers.own(documentId);
        List<Span> built = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            NewSpan item = items.get(i);
            try {
                built.add(store.build(c, item.label(), item.fragments(), origin, null));
            } catch (InvalidInputException e) {
                throw new InvalidInputException("Span at index " + i + ": " + e.getMessage());
            }
        }
        List<SpanDto> created = store.createAll(c, built, "create", suggestedBy);
        store.batchStored(c, created, List.of());
        return created;
    }

    @Transactional
    public List<RelationDto> createRelations(long documentId, List<NewLink> items) {
        checkSize(items.size(), "relations");
        LayerContext c = layers.own(documentId);
        Map<Long, Span> own = new HashMap<>();
        spans.findByDocumentIdAndAnnotatorIdOrderByStartCpAscIdAsc(documentId, c.layer().id())
                .forEach(s -> own.put(s.getId(), s));
        Set<String> linked = new HashSet<>();
        relations.findByDocumentIdAndAnnotatorIdOrderByIdAsc(documentId, c.layer().id())
                .forEach(r -> linked.add(key(r.getLabelId(), r.getSourceSpanId(), r.getTargetSpanId())));
        List<Relation> fresh = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            NewLink item = items.get(i);
            String at = "Relation at index " + i + ": ";
            Span from = own.get(item.from());
            Span to = own.get(item.to());
            if (from == null || to == null) {
                throw new InvalidInputException(at + "span " + (from == null ? item.from() : item.to())
                        + " is not one of your spans in this document.");
            }
            if (item.from() == item.to()) {
                throw new InvalidInputException(at + "a span cannot be linked to itself.");
            }
            LabelDefinition type;
            try {
                type = store.relationType(c, item.type(), from, to);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(at + e.getMessage());
            }
            if (!linked.add(key(type.id(), from.getId(), to.getId()))) {
                throw new ConflictException(at + "spans " + item.from() + " and " + item.to()
                        + " are already linked by " + type.name() + ".");
            }
            fresh.add(new Relation(documentId, c.layer().id(), type.id(), from.getId(), to.getId()));
        }
        List<RelationDto> created = store.linkAll(c, fresh, "create");
        store.batchStored(c, List.of(), created);
        return created;
    }

    private static void checkSize(int size, String what) {
        if (size > MAX_BULK) {
            throw new InvalidInputException("At most " + MAX_BULK + " " + what + " in one request; this one has "
                    + size + ".");
        }
    }

    private static String key(long type, long from, long to) {
        return type + ":" + from + ">" + to;
    }
}
