package org.claimdesk.annotation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimdesk.base.ConflictException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.collaboration.ChangeFeed;
import org.claimdesk.collaboration.DocumentChange;
import org.claimdesk.document.DocumentAccess;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.TextOffsets;
import org.claimdesk.project.LabelDefinition;
import org.claimdesk.project.LabelSchema;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.UserService;
import org.claimdesk.security.UserSummary;
import org.claimdesk.project.ProjectSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the signed-in user's own layer of a document. Every change is validated
 * against the text and the project schema, checked against the caller's role, guarded by the
 * item's version, and appended to the history in the same transaction.
 */
@Service
public class AnnotationService {
    private final SpanRepository spans;
    private final RelationRepository relations;
    private final DocumentService documents;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final AnnotationHistory history;
    private final ChangeFeed changes;
    private final UserService users;
    private final DeletedItems deletedItems;

    AnnotationService(SpanRepository spans, RelationRepository relations, DocumentService documents,
                      ProjectService projects, CurrentUser currentUser,
                      AnnotationHistory history, ChangeFeed changes, UserService users, DeletedItems deletedItems) {
        this.deletedItems = deletedItems;
        this.changes = changes;
        this.users = users;
        this.spans = spans;
        this.relations = relations;
        this.documents = documents;
        this.projects = projects;
        this.currentUser = currentUser;
        this.history = history;
    }

    @Transactional(readOnly = true)
    public AnnotationLayer layer(long documentId) {
        DocumentAccess doc = documents.getWithRole(documentId, ProjectRole.VIEWER);
        UserSummary me = currentUser.require();
        LabelSchema schema = projects.schemaUnchecked(doc.project().id());
        List<SpanDto> mine = spans.findByDocumentIdAndAnnotatorIdOrderByStartCpAscIdAsc(documentId, me.id())
                .stream().map(s -> toDto(s, schema, me.username())).toList();
        List<RelationDto> links = relations.findByDocumentIdAndAnnotatorIdOrderByIdAsc(documentId, me.id())
                .stream().map(r -> toDto(r, schema)).toList();
        return new AnnotationLayer(doc.document(), doc.project(), schema, me.id(), me.username(), mine, links);
    }

    /**
     * The other annotators' spans of a document, for showing beside one's own; empty when the
     * project annotates blind and the caller is not a curator.
     */
    @Transactional(readOnly = true)
    public List<SpanDto> otherLayers(long documentId) {
        DocumentAccess doc = documents.getWithRole(documentId, ProjectRole.VIEWER);
        if (!maySeeOthers(doc.project())) {
            return List.of();
        }
        long me = currentUser.id();
        LabelSchema schema = projects.schemaUnchecked(doc.project().id());
        List<Span> others = spans.findByDocumentIdAndAnnotatorIdNotOrderByStartCpAscIdAsc(documentId, me);
        Map<Long, UserSummary> names = users.byIds(others.stream().map(Span::getAnnotatorId).distinct().toList());
        return others.stream().map(s -> toDto(s, schema, names.get(s.getAnnotatorId()).username())).toList();
    }

    /** A span the caller may see (their own, or another's where layers are visible), if it still exists. */
    @Transactional(readOnly = true)
    public Optional<SpanDto> visibleSpan(long spanId) {
        Optional<Span> span = spans.findById(spanId);
        if (span.isEmpty()) {
            return Optional.empty();
        }
        DocumentAccess doc = documents.getWithRole(span.get().getDocumentId(), ProjectRole.VIEWER);
        long me = currentUser.id();
        if (span.get().getAnnotatorId() != me && !maySeeOthers(doc.project())) {
            return Optional.empty();
        }
        LabelSchema schema = projects.schemaUnchecked(doc.project().id());
        String name = users.byIds(List.of(span.get().getAnnotatorId())).get(span.get().getAnnotatorId()).username();
        return Optional.of(toDto(span.get(), schema, name));
    }

    /** The relations from and to a span the caller may see, in the span's layer. */
    @Transactional(readOnly = true)
    public List<RelationDto> relationsOf(long spanId) {
        SpanDto span = visibleSpan(spanId).orElseThrow(() -> new NotFoundException("Span " + spanId + " not found."));
        LabelSchema schema = projects.schemaUnchecked(documents.get(span.documentId()).projectId());
        return relations.findTouching(spanId).stream().map(r -> toDto(r, schema)).toList();
    }

    /** Every layer of a document, the gold layer included, for curation. CURATORs and OWNERs. */
    @Transactional(readOnly = true)
    public List<SpanDto> allLayers(long documentId) {
        DocumentAccess doc = documents.getWithRole(documentId, ProjectRole.CURATOR);
        LabelSchema schema = projects.schemaUnchecked(doc.project().id());
        List<Span> all = spans.findByDocumentIdOrderByStartCpAscIdAsc(documentId);
        Map<Long, UserSummary> names = users.byIds(all.stream().map(Span::getAnnotatorId).distinct().toList());
        return all.stream().map(s -> toDto(s, schema, names.get(s.getAnnotatorId()).username())).toList();
    }

    /** Adds a span to the gold layer (curation): CURATORs and OWNERs; the history names the curator. */
    @Transactional
    public SpanDto createGoldSpan(long documentId, String label, List<Fragment> fragments) {
        DocumentService.TextAccess doc = documents.textWithRole(documentId, ProjectRole.CURATOR);
        UserSummary curator = currentUser.require();
        UserSummary gold = users.goldLayer();
        LabelSchema schema = projects.schemaUnchecked(doc.project().id());
        List<Fragment> clean = SpanText.normalize(fragments, doc.text());
        Span span = spans.save(new Span(documentId, gold.id(), spanLabel(schema, label).id(), clean,
                SpanText.coveredText(clean, doc.text()), SpanOrigin.MANUAL));
        SpanDto dto = toDto(span, schema, gold.username());
        history.record(documentId, curator.id(), "curate", "span", dto.id(), null, dto);
        announce(dto, gold.id());
        return dto;
    }

    /** A span of an annotation import, with the key its file gave it (for relations). */
    public record ImportSpan(String key, String label, List<Fragment> fragments, @Nullable String note) {
    }

    public record ImportRelation(String type, String fromKey, String toKey) {
    }

    /** What an import added; spans already in the layer (same label and fragments) are not added twice. */
    public record ImportResult(int spans, int relations, int alreadyThere) {
    }

    /**
     * Adds spans and relations made elsewhere to a layer (CURATORs), with origin IMPORTED, all or
     * nothing: any span or relation the text or the schema refuses fails the whole call with a
     * message naming it.
     */
    @Transactional
    public ImportResult importLayer(long documentId, long annotatorId, List<ImportSpan> input, List<ImportRelation> links) {
        DocumentService.TextAccess doc = documents.textWithRole(documentId, ProjectRole.CURATOR);
        LabelSchema schema = projects.schemaUnchecked(doc.project().id());
        long actor = currentUser.id();
        Map<String, Span> existing = new HashMap<>();
        for (Span s : spans.findByDocumentIdAndAnnotatorIdOrderByStartCpAscIdAsc(documentId, annotatorId)) {
            existing.put(s.getLabelId() + "|" + s.fragments(), s);
        }
        Map<String, Span> byKey = new HashMap<>();
        List<Span> fresh = new java.util.ArrayList<>();
        int already = 0;
        for (ImportSpan in : input) {
            LabelDefinition def;
            List<Fragment> clean;
            try {
                def = spanLabel(schema, in.label());
                clean = SpanText.normalize(in.fragments(), doc.text());
            } catch (InvalidInputException e) {
                throw new InvalidInputException("Span " + in.key() + ": " + e.getMessage());
            }
            Span same = existing.get(def.id() + "|" + clean);
            if (same != null) {
                byKey.put(in.key(), same);
                already++;
                continue;
            }
            Span span = new Span(documentId, annotatorId, def.id(), clean, SpanText.coveredText(clean, doc.text()),
                    SpanOrigin.IMPORTED);
            if (in.note() != null && !in.note().isBlank()) {
                span.setNote(in.note().strip());
            }
            fresh.add(span);
            byKey.put(in.key(), span);
            existing.put(def.id() + "|" + clean, span);
        }
        spans.saveAll(fresh);
        String annotatorName = users.byIds(List.of(annotatorId)).get(annotatorId).username();
        for (Span s : fresh) {
            history.record(documentId, actor, "import", "span", s.getId(), null, toDto(s, schema, annotatorName));
        }
        int linked = 0;
        for (ImportRelation r : links) {
            Span from = byKey.get(r.fromKey());
            Span to = byKey.get(r.toKey());
            if (from == null || to == null) {
                throw new InvalidInputException("Relation " + r.type() + " " + r.fromKey() + " -> " + r.toKey()
                        + " names a span that is not in the file.");
            }
            LabelDefinition def;
            try {
                def = relationType(schema, r.type(), labelName(schema, from.getLabelId()), labelName(schema, to.getLabelId()));
            } catch (InvalidInputException e) {
                throw new InvalidInputException("Relation " + r.fromKey() + " -> " + r.toKey() + ": " + e.getMessage());
            }
            if (from.getId().equals(to.getId())
                    || relations.existsBySourceSpanIdAndTargetSpanIdAndLabelId(from.getId(), to.getId(), def.id())) {
                continue;
            }
            Relation rel = relations.save(new Relation(documentId, annotatorId, def.id(), from.getId(), to.getId()));
            history.record(documentId, actor, "import", "relation", rel.getId(), null, toDto(rel, schema));
            linked++;
        }
        // open editors show small imports live; after a large one they reload
        if (fresh.size() <= 500) {
            fresh.forEach(sp -> changes.publish(new DocumentChange(documentId, annotatorId, DocumentChange.Entity.SPAN,
                    sp.getId(), sp.getVersion(), false)));
        }
        return new ImportResult(fresh.size(), linked, already);
    }

    /** The relations of every layer of a document, for curation. */
    @Transactional(readOnly = true)
    public List<RelationDto> allLayerRelations(long documentId) {
        DocumentAccess doc = documents.getWithRole(documentId, ProjectRole.CURATOR);
        LabelSchema schema = projects.schemaUnchecked(doc.project().id());
        return relations.findByDocumentIdOrderByIdAsc(documentId).stream().map(r -> toDto(r, schema)).toList();
    }

    /** Links two gold spans (curation); an existing identical link is left as it is. */
    @Transactional
    public Optional<RelationDto> createGoldRelation(long documentId, String type, long fromSpanId, long toSpanId) {
        DocumentAccess doc = documents.getWithRole(documentId, ProjectRole.CURATOR);
        UserSummary gold = users.goldLayer();
        LabelSchema schema = projects.schemaUnchecked(doc.project().id());
        Span from = spans.findById(fromSpanId).orElseThrow(() -> new NotFoundException("Span " + fromSpanId + " not found."));
        Span to = spans.findById(toSpanId).orElseThrow(() -> new NotFoundException("Span " + toSpanId + " not found."));
        if (from.getAnnotatorId() != gold.id() || to.getAnnotatorId() != gold.id()
                || from.getDocumentId() != documentId || to.getDocumentId() != documentId) {
            throw new InvalidInputException("Gold links join two gold spans of the same document.");
        }
        LabelDefinition def = relationType(schema, type, labelName(schema, from.getLabelId()), labelName(schema, to.getLabelId()));
        if (relations.existsBySourceSpanIdAndTargetSpanIdAndLabelId(fromSpanId, toSpanId, def.id())) {
            return Optional.empty();
        }
        Relation r = relations.save(new Relation(documentId, gold.id(), def.id(), fromSpanId, toSpanId));
        RelationDto dto = toDto(r, schema);
        history.record(documentId, currentUser.id(), "curate", "relation", dto.id(), null, dto);
        announce(dto, gold.id(), false);
        return Optional.of(dto);
    }

    /** Removes a span from the gold layer, with its relations. */
    @Transactional
    public void deleteGoldSpan(long spanId) {
        Span span = spans.findById(spanId).orElseThrow(() -> new NotFoundException("Span " + spanId + " not found."));
        DocumentAccess doc = documents.getWithRole(span.getDocumentId(), ProjectRole.CURATOR);
        UserSummary gold = users.goldLayer();
        if (span.getAnnotatorId() != gold.id()) {
            throw new InvalidInputException("Span " + spanId + " is not in the gold layer.");
        }
        LabelSchema schema = projects.schemaUnchecked(doc.project().id());
        SpanDto before = toDto(span, schema, gold.username());
        relations.deleteAll(relations.findTouching(spanId));
        spans.delete(span);
        spans.flush();
        history.record(span.getDocumentId(), currentUser.id(), "uncurate", "span", spanId, before, null);
        changes.publish(new DocumentChange(span.getDocumentId(), gold.id(), DocumentChange.Entity.SPAN, spanId,
                before.version(), true));
    }

    /** One of the caller's relations, if it still exists. */
    @Transactional(readOnly = true)
    public Optional<RelationDto> ownRelation(long relationId) {
        Optional<Relation> r = relations.findById(relationId);
        if (r.isEmpty() || r.get().getAnnotatorId() != currentUser.id()) {
            return Optional.empty();
        }
        DocumentAccess doc = documents.getWithRole(r.get().getDocumentId(), ProjectRole.VIEWER);
        return Optional.of(toDto(r.get(), projects.schemaUnchecked(doc.project().id())));
    }

    @Transactional
    public SpanDto createSpan(long documentId, String label, List<Fragment> fragments, SpanOrigin origin) {
        Context c = editable(documentId);
        LabelDefinition def = spanLabel(c.schema(), label);
        List<Fragment> clean = SpanText.normalize(fragments, c.text());
        Span span = spans.save(new Span(documentId, c.me().id(), def.id(), clean,
                SpanText.coveredText(clean, c.text()), origin));
        documents.noteWorkStarted(documentId, c.me().id());
        SpanDto dto = toDto(span, c.schema(), c.me().username());
        history.record(documentId, c.me().id(), "create", "span", dto.id(), null, dto);
        announce(dto, c.me().id());
        return dto;
    }

    @Transactional
    public SpanDto changeLabel(long spanId, String label, @Nullable Long expectedVersion) {
        Editing e = editSpan(spanId, expectedVersion);
        SpanDto before = toDto(e.span(), e.context().schema(), e.context().me().username());
        e.span().setLabelId(spanLabel(e.context().schema(), label).id());
        return saved(e, before, "relabel");
    }

    @Transactional
    public SpanDto setNote(long spanId, @Nullable String note, @Nullable Long expectedVersion) {
        Editing e = editSpan(spanId, expectedVersion);
        if (note != null && note.length() > 10_000) {
            throw new InvalidInputException("A note may have at most 10,000 characters.");
        }
        SpanDto before = toDto(e.span(), e.context().schema(), e.context().me().username());
        e.span().setNote(note == null || note.isBlank() ? null : note.strip());
        return saved(e, before, "note");
    }

    /** Replaces a span's fragments, e.g. to add a fragment to a discontinuous claim. */
    @Transactional
    public SpanDto setFragments(long spanId, List<Fragment> fragments, @Nullable Long expectedVersion) {
        Editing e = editSpan(spanId, expectedVersion);
        SpanDto before = toDto(e.span(), e.context().schema(), e.context().me().username());
        List<Fragment> clean = SpanText.normalize(fragments, e.context().text());
        e.span().setFragments(clean, SpanText.coveredText(clean, e.context().text()));
        return saved(e, before, "reshape");
    }

    /** Deletes a span and its relations; returns what is needed to restore them. */
    @Transactional
    public SpanSnapshot deleteSpan(long spanId, @Nullable Long expectedVersion) {
        Editing e = editSpan(spanId, expectedVersion);
        LabelSchema schema = e.context().schema();
        SpanDto before = toDto(e.span(), schema, e.context().me().username());
        List<Relation> touching = relations.findTouching(spanId);
        for (Relation r : touching) {
            history.record(r.getDocumentId(), e.context().me().id(), "delete", "relation", r.getId(),
                    toDto(r, schema), null);
            announce(toDto(r, schema), r.getAnnotatorId(), true);
        }
        relations.deleteAll(touching);
        spans.delete(e.span());
        spans.flush();
        history.record(before.documentId(), e.context().me().id(), "delete", "span", spanId, before, null);
        changes.publish(new DocumentChange(before.documentId(), e.context().me().id(), DocumentChange.Entity.SPAN,
                spanId, before.version(), true));
        return new SpanSnapshot(before, touching.stream().map(r -> toDto(r, schema)).toList());
    }

    /** Puts a deleted span of the caller's layer back under its old id (undoing a deletion). */
    @Transactional
    SpanDto reinsertSpan(SpanDto old) {
        Context c = editable(old.documentId());
        if (deletedItems.spanExists(old.id())) {
            throw new ConflictException("Span " + old.id() + " exists already; nothing to bring back.");
        }
        LabelDefinition def = spanLabel(c.schema(), old.label());
        List<Fragment> clean = SpanText.normalize(old.fragments(), c.text());
        // a higher version than the deleted one, so a client still holding that span gets a conflict
        deletedItems.insertSpan(old.id(), old.documentId(), c.me().id(), def.id(), clean,
                SpanText.coveredText(clean, c.text()), old.note(), old.origin(), old.version() + 1);
        SpanDto dto = toDto(spans.findById(old.id()).orElseThrow(), c.schema(), c.me().username());
        history.record(dto.documentId(), c.me().id(), "create", "span", dto.id(), null, dto);
        announce(dto, c.me().id());
        return dto;
    }

    /** Puts a deleted relation back under its old id when both its spans are there. */
    @Transactional
    Optional<RelationDto> reinsertRelation(RelationDto old) {
        Context c = editable(old.documentId());
        if (deletedItems.relationExists(old.id())) {
            throw new ConflictException("Relation " + old.id() + " exists already; nothing to bring back.");
        }
        if (!deletedItems.spanExists(old.from()) || !deletedItems.spanExists(old.to())) {
            return Optional.empty();
        }
        Span from = ownSpanIn(c, old.from());
        Span to = ownSpanIn(c, old.to());
        LabelDefinition def = relationType(c.schema(), old.type(), labelName(c.schema(), from.getLabelId()),
                labelName(c.schema(), to.getLabelId()));
        deletedItems.insertRelation(old.id(), old.documentId(), c.me().id(), def.id(), old.from(), old.to(),
                old.version() + 1);
        RelationDto dto = toDto(relations.findById(old.id()).orElseThrow(), c.schema());
        history.record(dto.documentId(), c.me().id(), "create", "relation", dto.id(), null, dto);
        announce(dto, c.me().id(), false);
        return Optional.of(dto);
    }

    /**
     * Links two spans. Without a type, the schema's only relation type allowed between the two
     * labels is used (CLAIM -> ATTRIBUTION gives ATTRIBUTED_TO).
     */
    @Transactional
    public RelationDto createRelation(long documentId, @Nullable String type, long fromSpanId, long toSpanId) {
        Context c = editable(documentId);
        if (fromSpanId == toSpanId) {
            throw new InvalidInputException("A span cannot be linked to itself.");
        }
        Span from = ownSpanIn(c, fromSpanId);
        Span to = ownSpanIn(c, toSpanId);
        String fromLabel = labelName(c.schema(), from.getLabelId());
        String toLabel = labelName(c.schema(), to.getLabelId());
        LabelDefinition def = relationType(c.schema(), type, fromLabel, toLabel);
        if (relations.existsBySourceSpanIdAndTargetSpanIdAndLabelId(fromSpanId, toSpanId, def.id())) {
            throw new ConflictException("These spans are already linked by " + def.name() + ".");
        }
        Relation r = relations.save(new Relation(documentId, c.me().id(), def.id(), fromSpanId, toSpanId));
        RelationDto dto = toDto(r, c.schema());
        history.record(documentId, c.me().id(), "create", "relation", dto.id(), null, dto);
        announce(dto, c.me().id(), false);
        return dto;
    }

    @Transactional
    public RelationDto deleteRelation(long relationId) {
        Relation r = relations.findById(relationId)
                .orElseThrow(() -> new NotFoundException("Relation " + relationId + " not found."));
        Context c = editable(r.getDocumentId());
        if (r.getAnnotatorId() != c.me().id()) {
            throw new NotFoundException("Relation " + relationId + " not found.");
        }
        RelationDto dto = toDto(r, c.schema());
        relations.delete(r);
        history.record(r.getDocumentId(), c.me().id(), "delete", "relation", relationId, dto, null);
        announce(dto, c.me().id(), true);
        return dto;
    }

    private SpanDto saved(Editing e, SpanDto before, String action) {
        Span span = spans.saveAndFlush(e.span());
        SpanDto after = toDto(span, e.context().schema(), e.context().me().username());
        history.record(span.getDocumentId(), e.context().me().id(), action, "span", span.getId(), before, after);
        announce(after, e.context().me().id());
        return after;
    }

    /** Other annotators' layers are visible unless the project is blind; curators always see them. */
    private static boolean maySeeOthers(ProjectSummary project) {
        return !project.blind() || project.role().atLeast(ProjectRole.CURATOR);
    }

    private void announce(SpanDto span, long annotatorId) {
        changes.publish(new DocumentChange(span.documentId(), annotatorId, DocumentChange.Entity.SPAN,
                span.id(), span.version(), false));
    }

    private void announce(RelationDto r, long annotatorId, boolean deleted) {
        changes.publish(new DocumentChange(r.documentId(), annotatorId, DocumentChange.Entity.RELATION, r.id(),
                r.version(), deleted));
    }

    private Editing editSpan(long spanId, @Nullable Long expectedVersion) {
        Span span = spans.findById(spanId)
                .orElseThrow(() -> new NotFoundException("Span " + spanId + " not found."));
        Context c = editable(span.getDocumentId());
        if (span.getAnnotatorId() != c.me().id()) {
            throw new NotFoundException("Span " + spanId + " not found.");
        }
        if (expectedVersion != null && expectedVersion != span.getVersion()) {
            throw new ConflictException("This span was changed elsewhere in the meantime (now version "
                    + span.getVersion() + "); the current state is shown, please try again.");
        }
        return new Editing(span, c);
    }

    private Span ownSpanIn(Context c, long spanId) {
        Span s = spans.findById(spanId).orElse(null);
        if (s == null || s.getDocumentId() != c.documentId() || s.getAnnotatorId() != c.me().id()) {
            throw new InvalidInputException("Span " + spanId + " is not one of your spans in this document.");
        }
        return s;
    }

    private Context editable(long documentId) {
        DocumentService.TextAccess doc = documents.textWithRole(documentId, ProjectRole.ANNOTATOR);
        return new Context(documentId, currentUser.require(), projects.schemaUnchecked(doc.project().id()), doc.text());
    }

    private static LabelDefinition spanLabel(LabelSchema schema, @Nullable String label) {
        return schema.span(label == null ? "" : label).orElseThrow(() -> new InvalidInputException(
                "Label '" + label + "' is not a span label of this project; it has "
                        + schema.spanLabels().stream().map(LabelDefinition::name).toList() + "."));
    }

    private static LabelDefinition relationType(LabelSchema schema, @Nullable String type, String fromLabel, String toLabel) {
        if (type != null && !type.isBlank()) {
            LabelDefinition def = schema.relation(type).orElseThrow(() -> new InvalidInputException(
                    "Relation type '" + type + "' is not in this project's schema; it has "
                            + schema.relationLabels().stream().map(LabelDefinition::name).toList() + "."));
            if (!def.allows(fromLabel, toLabel)) {
                throw new InvalidInputException(def.name() + " links " + def.sourceLabel() + " -> "
                        + def.targetLabel() + ", not " + fromLabel + " -> " + toLabel + ".");
            }
            return def;
        }
        List<LabelDefinition> candidates = schema.relationsBetween(fromLabel, toLabel);
        if (candidates.size() != 1) {
            throw new InvalidInputException(candidates.isEmpty()
                    ? "No relation type links " + fromLabel + " -> " + toLabel + " in this project."
                    : "Several relation types link " + fromLabel + " -> " + toLabel + "; choose one.");
        }
        return candidates.getFirst();
    }

    private static String labelName(LabelSchema schema, long labelId) {
        return schema.byId(labelId).map(LabelDefinition::name).orElse("?");
    }

    static SpanDto toDto(Span s, LabelSchema schema, String annotator) {
        return new SpanDto(s.getId(), s.getDocumentId(), labelName(schema, s.getLabelId()), s.getStartCp(),
                s.getEndCp(), s.fragments(), s.getCoveredText(), s.getNote(), annotator, s.getOrigin(),
                s.getVersion());
    }

    static RelationDto toDto(Relation r, LabelSchema schema) {
        return new RelationDto(r.getId(), r.getDocumentId(), labelName(schema, r.getLabelId()),
                r.getSourceSpanId(), r.getTargetSpanId(), r.getVersion());
    }

    private record Context(long documentId, UserSummary me, LabelSchema schema, TextOffsets text) {
    }

    private record Editing(Span span, Context context) {
    }

}
