package org.claimdesk.document;

import java.util.Optional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.base.ForbiddenException;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.project.ProjectAccess;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectSummary;
import org.claimdesk.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Documents of a project: import, reading, listing, and the caller's state on each. */
@Service
public class DocumentService {
    private final DocumentRepository documents;
    private final DocumentImporter importer;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final List<LayerSummaries> layers;
    private final TextOffsetsCache offsets;
    private final DocumentProjects projects;

    DocumentService(DocumentRepository documents, DocumentImporter importer, ProjectAccess access,
                    CurrentUser currentUser, List<LayerSummaries> layers, TextOffsetsCache offsets,
                    DocumentProjects projects) {
        this.offsets = offsets;
        this.projects = projects;
        this.documents = documents;
        this.importer = importer;
        this.access = access;
        this.currentUser = currentUser;
        this.layers = layers;
    }

    /** Imports one document; OWNERs and CURATORs may. The same text twice is refused. */
    @Transactional
    public DocumentContent importDocument(long projectId, NewDocument input) {
        access.require(projectId, ProjectRole.CURATOR);
        return importer.importNew(projectId, input, currentUser.id());
    }

    /** A document of a dataset import: stored, or matched to the same text already in the project. */
    public record Imported(DocumentContent document, boolean created) {
    }

    /**
     * Imports a document for a dataset import (CURATORs): the same text already in the project is
     * matched rather than refused, so its annotations can be added to it.
     */
    @Transactional
    public Imported importOrMatch(long projectId, NewDocument input) {
        access.require(projectId, ProjectRole.CURATOR);
        String sha = TextNormalizer.sha256(TextNormalizer.normalize(input.text() == null ? "" : input.text()));
        return documents.findByProjectIdAndSha256(projectId, sha)
                .map(d -> new Imported(d.toContent(), false))
                .orElseGet(() -> new Imported(importer.importNew(projectId, input, currentUser.id()), true));
    }

    /**
     * The project's document a reference names: its source URL, its export id, or
     * {@code urn:claimdesk:document:<export id>} (as W3C Web Annotation exports name it).
     */
    @Transactional(readOnly = true)
    public Optional<DocumentContent> findByReference(long projectId, String reference) {
        access.require(projectId, ProjectRole.VIEWER);
        String key = reference.startsWith("urn:claimdesk:document:") ? reference.substring(23) : reference;
        return documents.findByReference(projectId, reference, key).stream().findFirst().map(Document::toContent);
    }

    /** For start-up seeding with nobody signed in; idempotent by SHA-256 of the normalized text. */
    @Transactional
    public DocumentContent importIfAbsentAsSystem(long projectId, NewDocument input, long ownerId) {
        return importer.importIfAbsent(projectId, input, ownerId);
    }

    /** The document, if the caller is a member of its project; otherwise not found. */
    @Transactional(readOnly = true, noRollbackFor = {NotFoundException.class, ForbiddenException.class})
    public DocumentContent get(long documentId) {
        return getWithRole(documentId, ProjectRole.VIEWER).document();
    }

    /** The document and the caller's project, checking they have at least {@code minimum}. */
    @Transactional(readOnly = true, noRollbackFor = {NotFoundException.class, ForbiddenException.class})
    public DocumentAccess getWithRole(long documentId, ProjectRole minimum) {
        Document doc = documents.findById(documentId).orElseThrow(() -> notFound(documentId));
        return new DocumentAccess(doc.toContent(), projectOf(documentId, doc.getProjectId(), minimum));
    }

    /**
     * Checks the caller's role on a document's project and returns the project with the offset
     * map of the text, loading the text only when it is not cached: the hot path of tagging.
     */
    @Transactional(readOnly = true)
    public TextAccess textWithRole(long documentId, ProjectRole minimum) {
        long projectId = projects.of(documentId).orElseThrow(() -> notFound(documentId));
        ProjectSummary project = projectOf(documentId, projectId, minimum);
        TextOffsets text = offsets.of(documentId, () -> documents.findById(documentId).orElseThrow().toContent());
        return new TextAccess(project, text);
    }

    /** The document's project if the caller has the role there; a non-member learns nothing. */
    private ProjectSummary projectOf(long documentId, long projectId, ProjectRole minimum) {
        try {
            return access.require(projectId, minimum);
        } catch (NotFoundException e) {
            throw notFound(documentId);
        }
    }

    private static NotFoundException notFound(long documentId) {
        return new NotFoundException("Document " + documentId + " not found.");
    }

    /** The caller's project and the document text's offsets, after the access check. */
    public record TextAccess(ProjectSummary project, TextOffsets text) {
    }

    @Transactional(readOnly = true)
    public long count(long projectId) {
        access.require(projectId, ProjectRole.VIEWER);
        return documents.countByProjectId(projectId);
    }

    /** One page of the documents list, with the caller's state and span count for each. */
    @Transactional(readOnly = true)
    public List<DocumentListItem> list(long projectId, int page, int pageSize) {
        access.require(projectId, ProjectRole.VIEWER);
        long userId = currentUser.id();
        List<DocumentRepository.Row> rows = documents.listRows(projectId, PageRequest.of(page, pageSize));
        List<Long> ids = rows.stream().map(DocumentRepository.Row::id).toList();
        Map<Long, LayerSummaries.LayerSummary> mine = summaries(userId, ids);
        return rows.stream().map(r -> {
            LayerSummaries.LayerSummary s = mine.getOrDefault(r.id(), NOTHING_YET);
            return new DocumentListItem(r.id(), r.title(), r.lengthCp(), s.state(), s.spans());
        }).toList();
    }

    /**
     * One page of the progress matrix, documents by annotators, for curators and owners.
     * {@code annotators} maps user ids to the names shown.
     */
    @Transactional(readOnly = true)
    public List<ProgressRow> progress(long projectId, Map<Long, String> annotators, int page, int pageSize) {
        access.require(projectId, ProjectRole.CURATOR);
        List<DocumentRepository.Row> rows = documents.listRows(projectId, PageRequest.of(page, pageSize));
        List<Long> ids = rows.stream().map(DocumentRepository.Row::id).toList();
        Map<Long, Map<String, ProgressRow.Cell>> cells = new HashMap<>();
        annotators.forEach((userId, name) -> {
            Map<Long, LayerSummaries.LayerSummary> theirs = summaries(userId, ids);
            for (long id : ids) {
                LayerSummaries.LayerSummary s = theirs.getOrDefault(id, NOTHING_YET);
                cells.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(name, new ProgressRow.Cell(s.state(), s.spans()));
            }
        });
        return rows.stream().map(r -> new ProgressRow(r.id(), r.title(), cells.getOrDefault(r.id(), Map.of()))).toList();
    }

    private static final LayerSummaries.LayerSummary NOTHING_YET = new LayerSummaries.LayerSummary(AnnotationState.NEW, 0);

    private Map<Long, LayerSummaries.LayerSummary> summaries(long userId, List<Long> documentIds) {
        return layers.isEmpty() ? Map.of() : layers.getFirst().summaries(userId, documentIds);
    }
}
