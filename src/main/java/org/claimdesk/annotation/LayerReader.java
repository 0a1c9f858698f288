package org.claimdesk.annotation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.document.DocumentAccess;
import org.claimdesk.document.DocumentService;
import org.claimdesk.project.LabelSchema;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.project.ProjectSummary;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.UserService;
import org.claimdesk.security.UserSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads layers with the caller's rights: their own layer, other layers where the project is not
 * blind (curators always), every layer for curation.
 */
@Service
public class LayerReader {
    private final SpanRepository spans;
    private final RelationRepository relations;
    private final DocumentService documents;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final UserService users;
    private final LayerQueries queries;

    LayerReader(SpanRepository spans, RelationRepository relations, DocumentService documents, ProjectService projects,
                CurrentUser currentUser, UserService users, LayerQueries queries) {
        this.queries = queries;
        this.spans = spans;
        this.relations = relations;
        this.documents = documents;
        this.projects = projects;
        this.currentUser = currentUser;
        this.users = users;
    }

    @Transactional(readOnly = true)
    public AnnotationLayer layer(long documentId) {
        DocumentAccess doc = documents.getWithRole(documentId, ProjectRole.VIEWER);
        UserSummary me = currentUser.require();
        LabelSchema schema = projects.schemaUnchecked(doc.project().id());
        List<SpanDto> mine = queries.spans(documentId, me.id(), schema, me.username());
        List<RelationDto> links = queries.relations(documentId, me.id(), schema);
        return new AnnotationLayer(doc.document(), doc.project(), schema, me.id(), me.username(), mine, links);
    }

    /**
     * The other annotators' spans of a document, for showing beside one's own; empty when the
     * project annotates blind and the caller is not a curator.
     */
    @Transactional(readOnly = true)
    public List<SpanDto> otherLayers(long documentId) {
        DocumentAccess doc = documents.getWithRole(documentId, ProjectRole.VIEWER);
        if (!doc.project().seesOthersWork()) {
            return List.of();
        }
        return named(spans.findByDocumentIdAndAnnotatorIdNotOrderByStartCpAscIdAsc(documentId, currentUser.id()),
                projects.schemaUnchecked(doc.project().id()));
    }

    /** A span the caller may see (their own, or another's where layers are visible), if it still exists. */
    @Transactional(readOnly = true)
    public Optional<SpanDto> visibleSpan(long spanId) {
        Optional<Span> span = spans.findById(spanId);
        if (span.isEmpty()) {
            return Optional.empty();
        }
        DocumentAccess doc;
        try {
            doc = documents.getWithRole(span.get().getDocumentId(), ProjectRole.VIEWER);
        } catch (NotFoundException e) {
            // a stranger learns no more than about an id that does not exist
            throw spanNotFound(spanId);
        }
        if (span.get().getAnnotatorId() != currentUser.id() && !doc.project().seesOthersWork()) {
            return Optional.empty();
        }
        return Optional.of(named(List.of(span.get()), projects.schemaUnchecked(doc.project().id())).getFirst());
    }

    /** The relations from and to a span the caller may see, in the span's layer. */
    @Transactional(readOnly = true)
    public List<RelationDto> relationsOf(long spanId) {
        SpanDto span = visibleSpan(spanId).orElseThrow(() -> new NotFoundException("Span " + spanId + " not found."));
        LabelSchema schema = projects.schemaUnchecked(documents.get(span.documentId()).projectId());
        return relations.findTouching(spanId).stream().map(r -> LabelRules.toDto(r, schema)).toList();
    }

    /** Every layer of a document, the gold layer included, for curation. CURATORs and OWNERs. */
    @Transactional(readOnly = true)
    public List<SpanDto> allLayers(long documentId) {
        DocumentAccess doc = documents.getWithRole(documentId, ProjectRole.CURATOR);
        return named(spans.findByDocumentIdOrderByStartCpAscIdAsc(documentId), projects.schemaUnchecked(doc.project().id()));
    }

    /** The relations of every layer of a document, for curation. */
    @Transactional(readOnly = true)
    public List<RelationDto> allLayerRelations(long documentId) {
        DocumentAccess doc = documents.getWithRole(documentId, ProjectRole.CURATOR);
        LabelSchema schema = projects.schemaUnchecked(doc.project().id());
        return relations.findByDocumentIdOrderByIdAsc(documentId).stream().map(r -> LabelRules.toDto(r, schema)).toList();
    }

    /** One of the caller's relations, if it still exists. */
    @Transactional(readOnly = true)
    public Optional<RelationDto> ownRelation(long relationId) {
        Optional<Relation> r = relations.findById(relationId);
        if (r.isEmpty() || r.get().getAnnotatorId() != currentUser.id()) {
            return Optional.empty();
        }
        DocumentAccess doc = documents.getWithRole(r.get().getDocumentId(), ProjectRole.VIEWER);
        return Optional.of(LabelRules.toDto(r.get(), projects.schemaUnchecked(doc.project().id())));
    }

    /** Other annotators' layers are visible unless the project is blind; curators always see them. */
    private List<SpanDto> named(List<Span> found, LabelSchema schema) {
        Map<Long, UserSummary> names = users.byIds(found.stream().map(Span::getAnnotatorId).distinct().toList());
        return found.stream().map(s -> LabelRules.toDto(s, schema, names.get(s.getAnnotatorId()).username())).toList();
    }

    static NotFoundException spanNotFound(long spanId) {
        return new NotFoundException("Span " + spanId + " not found.");
    }
}
