package org.claimdesk.annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimdesk.annotation.event.GoldChanged;
import org.claimdesk.annotation.event.LayerBatchStored;
import org.claimdesk.annotation.event.RelationCreated;
import org.claimdesk.annotation.event.RelationDeleted;
import org.claimdesk.annotation.event.SpanChanged;
import org.claimdesk.annotation.event.SpanCreated;
import org.claimdesk.annotation.event.SpanDeleted;
import org.claimdesk.base.ConflictException;
import org.claimdesk.project.LabelDefinition;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one place where spans and relations are built, stored, written into the history and
 * announced: every write of every layer goes through here, inside its caller's transaction, so
 * the row, its history event and what the listeners do in the transaction commit or roll back
 * together.
 */
@Component
class SpanStore {
    private final SpanRepository spans;
    private final LayerRows rows;
    private final RelationRepository relations;
    private final AnnotationHistory history;
    private final DeletedItems deletedItems;
    private final ApplicationEventPublisher events;

    SpanStore(SpanRepository spans, LayerRows rows, RelationRepository relations, AnnotationHistory history, DeletedItems deletedItems,
              ApplicationEventPublisher events) {
        this.spans = spans;
        this.rows = rows;
        this.relations = relations;
        this.history = history;
        this.deletedItems = deletedItems;
        this.events = events;
    }

    /** A new span of the layer, checked against the schema and the text; not stored yet. */
    Span build(LayerContext c, String label, List<Fragment> fragments, SpanOrigin origin, @Nullable String note) {
        LabelDefinition def = LabelRules.spanLabel(c.schema(), label);
        List<Fragment> clean = SpanText.normalize(fragments, c.text());
        Span span = new Span(c.documentId(), c.layer().id(), def.id(), clean, SpanText.coveredText(clean, c.text()), origin);
        if (note != null && !note.isBlank()) {
            span.setNote(note.strip());
        }
        return span;
    }

    SpanDto create(LayerContext c, String label, List<Fragment> fragments, SpanOrigin origin, String action) {
        Span span = build(c, label, fragments, origin, null);
        rows.insertSpan(span);
        SpanDto dto = created(c, span, action, false);
        goldChanged(c);
        return dto;
    }

    /** Stores spans built by {@link #build} in one batch, each with its history event. */
    List<SpanDto> createAll(LayerContext c, List<Span> fresh, String action) {
        return createAll(c, fresh, action, null);
    }

    /** As {@link #createAll(LayerContext, List, String)}; {@code suggestedBy} names the engine and model in the history. */
    List<SpanDto> createAll(LayerContext c, List<Span> fresh, String action, @Nullable String suggestedBy) {
        rows.insertSpans(fresh);
        List<SpanDto> out = new ArrayList<>(fresh.size());
        for (Span s : fresh) {
            out.add(LabelRules.toDto(s, c.schema(), c.layer().username()));
        }
        history.recordCreated(c.documentId(), c.actorId(), action, "span", out.stream().map(SpanDto::id).toList(),
                suggestedBy == null ? out : out.stream().map(d -> new SuggestedSpan(d, suggestedBy)).toList());
        for (SpanDto dto : out) {
            events.publishEvent(new SpanCreated(c.project().id(), c.documentId(), c.layer().id(), c.actorId(), dto.id(),
                    dto.version(), action, dto.label(), dto.origin().name(), true));
        }
        return out;
    }

    /**
     * Stores links in one batch, each with its history event. The caller has checked them: both
     * spans in the layer, the type from {@link #relationType}, no duplicates.
     */
    List<RelationDto> linkAll(LayerContext c, List<Relation> fresh, String action) {
        rows.insertRelations(fresh);
        List<RelationDto> out = new ArrayList<>(fresh.size());
        for (Relation r : fresh) {
            out.add(LabelRules.toDto(r, c.schema()));
        }
        history.recordCreated(c.documentId(), c.actorId(), action, "relation", out.stream().map(RelationDto::id).toList(),
                out);
        for (RelationDto dto : out) {
            events.publishEvent(new RelationCreated(c.project().id(), c.documentId(), c.layer().id(), c.actorId(),
                    dto.id(), dto.version(), action, dto.type(), dto.from(), dto.to(), true));
        }
        return out;
    }

    /** After {@link #createAll} and {@link #linkAll}: one notice for the whole batch. */
    void batchStored(LayerContext c, List<SpanDto> created, List<RelationDto> linked) {
        events.publishEvent(new LayerBatchStored(c.project().id(), c.documentId(), c.layer().id(), c.actorId(),
                created.stream().map(SpanDto::id).toList(), linked.stream().map(RelationDto::id).toList()));
        if (!created.isEmpty() || !linked.isEmpty()) {
            goldChanged(c);
        }
    }

    /** Stores a changed span; {@code before} is its state before the change. */
    SpanDto update(LayerContext c, Span span, SpanDto before, String action) {
        Span saved = spans.saveAndFlush(span);
        SpanDto after = LabelRules.toDto(saved, c.schema(), c.layer().username());
        history.record(c.documentId(), c.actorId(), action, "span", saved.getId(), before, after);
        events.publishEvent(new SpanChanged(c.project().id(), c.documentId(), c.layer().id(), c.actorId(), after.id(),
                after.version(), action, after.label()));
        goldChanged(c);
        return after;
    }

    /** Deletes a span with the relations that touch it; returns what is needed to restore them. */
    SpanSnapshot delete(LayerContext c, Span span, String action) {
        SpanDto before = LabelRules.toDto(span, c.schema(), c.layer().username());
        List<Relation> touching = relations.findTouching(span.getId());
        List<RelationDto> links = new ArrayList<>();
        for (Relation r : touching) {
            links.add(unlinked(c, r, action));
        }
        relations.deleteAll(touching);
        spans.delete(span);
        spans.flush();
        history.record(c.documentId(), c.actorId(), action, "span", before.id(), before, null);
        events.publishEvent(new SpanDeleted(c.project().id(), c.documentId(), c.layer().id(), c.actorId(), before.id(),
                before.version(), action, before.label()));
        goldChanged(c);
        return new SpanSnapshot(before, links);
    }

    /** Links two spans of the layer; an identical link already there is a conflict. */
    RelationDto link(LayerContext c, @Nullable String type, Span from, Span to, String action) {
        LabelDefinition def = relationType(c, type, from, to);
        if (relations.existsBySourceSpanIdAndTargetSpanIdAndLabelId(from.getId(), to.getId(), def.id())) {
            throw new ConflictException("These spans are already linked by " + def.name() + ".");
        }
        RelationDto dto = linked(c, relations.save(new Relation(c.documentId(), c.layer().id(), def.id(), from.getId(),
                to.getId())), action);
        goldChanged(c);
        return dto;
    }

    /** Links two spans unless the same link exists (curation takes what is there). */
    Optional<RelationDto> linkIfAbsent(LayerContext c, @Nullable String type, Span from, Span to, String action) {
        LabelDefinition def = relationType(c, type, from, to);
        if (from.getId().equals(to.getId())
                || relations.existsBySourceSpanIdAndTargetSpanIdAndLabelId(from.getId(), to.getId(), def.id())) {
            return Optional.empty();
        }
        RelationDto dto = linked(c, relations.save(new Relation(c.documentId(), c.layer().id(), def.id(),
                from.getId(), to.getId())), action);
        goldChanged(c);
        return Optional.of(dto);
    }

    RelationDto unlink(LayerContext c, Relation r, String action) {
        RelationDto dto = unlinked(c, r, action);
        relations.delete(r);
        goldChanged(c);
        return dto;
    }

    /** Puts a deleted span back under its old id (undoing a deletion), one version above the deleted one. */
    SpanDto reinsert(LayerContext c, SpanDto old) {
        if (deletedItems.spanExists(old.id())) {
            throw new ConflictException("Span " + old.id() + " exists already; nothing to bring back.");
        }
        Span probe = build(c, old.label(), old.fragments(), old.origin(), old.note());
        // a higher version than the deleted one, so a client still holding that span gets a conflict
        deletedItems.insertSpan(old.id(), c.documentId(), c.layer().id(), probe.getLabelId(), probe.fragments(),
                probe.getCoveredText(), probe.getNote(), old.origin(), old.version() + 1,
                SpanAttributes.json(SpanAttributes.check(old.attributes())));
        return created(c, spans.findById(old.id()).orElseThrow(), "create", false);
    }

    /** Puts a deleted relation back under its old id when both its spans are there. */
    Optional<RelationDto> reinsert(LayerContext c, RelationDto old, Span from, Span to) {
        if (deletedItems.relationExists(old.id())) {
            throw new ConflictException("Relation " + old.id() + " exists already; nothing to bring back.");
        }
        LabelDefinition def = relationType(c, old.type(), from, to);
        deletedItems.insertRelation(old.id(), c.documentId(), c.layer().id(), def.id(), old.from(), old.to(),
                old.version() + 1);
        return Optional.of(linked(c, relations.findById(old.id()).orElseThrow(), "create"));
    }

    private SpanDto created(LayerContext c, Span span, String action, boolean batch) {
        SpanDto dto = LabelRules.toDto(span, c.schema(), c.layer().username());
        history.record(c.documentId(), c.actorId(), action, "span", dto.id(), null, dto);
        events.publishEvent(new SpanCreated(c.project().id(), c.documentId(), c.layer().id(), c.actorId(), dto.id(),
                dto.version(), action, dto.label(), dto.origin().name(), batch));
        return dto;
    }

    private RelationDto linked(LayerContext c, Relation r, String action) {
        RelationDto dto = LabelRules.toDto(r, c.schema());
        history.record(c.documentId(), c.actorId(), action, "relation", dto.id(), null, dto);
        events.publishEvent(new RelationCreated(c.project().id(), c.documentId(), c.layer().id(), c.actorId(), dto.id(),
                dto.version(), action, dto.type(), dto.from(), dto.to(), false));
        return dto;
    }

    private RelationDto unlinked(LayerContext c, Relation r, String action) {
        RelationDto dto = LabelRules.toDto(r, c.schema());
        history.record(c.documentId(), c.actorId(), action, "relation", dto.id(), dto, null);
        events.publishEvent(new RelationDeleted(c.project().id(), c.documentId(), c.layer().id(), c.actorId(), dto.id(),
                dto.version(), action, dto.type()));
        return dto;
    }

    /** The relation type a link between the two spans gets: the named one, or the schema's only fit. */
    LabelDefinition relationType(LayerContext c, @Nullable String type, Span from, Span to) {
        return LabelRules.relationType(c.schema(), type, LabelRules.labelName(c.schema(), from.getLabelId()),
                LabelRules.labelName(c.schema(), to.getLabelId()));
    }

    private void goldChanged(LayerContext c) {
        if (c.gold()) {
            events.publishEvent(new GoldChanged(c.project().id(), c.documentId(), c.actorId()));
        }
    }

    /** A span's state in the history with the suggestion it came from: the SpanDto fields and "suggestedBy". */
    record SuggestedSpan(@com.fasterxml.jackson.annotation.JsonUnwrapped SpanDto span, String suggestedBy) {
    }
}
