package org.claimdesk.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.claimdesk.annotation.LayerImport;
import org.claimdesk.base.ConflictException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.base.NulRefusal;
import org.claimdesk.base.TextRules;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.document.DocumentService;
import org.claimdesk.suggestion.ExternalPredictions;
import org.claimdesk.document.NewDocument;
import org.claimdesk.document.TextMapping;
import org.claimdesk.project.LabelSchema;
import org.claimdesk.project.ProjectService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One import run: takes the readers' documents, stores each in its own transaction, whole or not
 * at all, and collects the report of what was stored and what was refused, by file and line.
 */
final class ImportRun implements ImportSink {
    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);
    private static final int MAX_PROBLEMS = 1000;

    /** What a run stores through; {@code perDocument} opens a new transaction per document. */
    record Services(DocumentService documents, LayerImport annotations, ProjectService projects,
                    TransactionTemplate perDocument, ExternalPredictions predictions) {
    }

    private final DocumentService documents;
    private final LayerImport annotations;
    private final ExternalPredictions predictions;
    private int suggestions;
    private final ProjectService projects;
    private final TransactionTemplate perDocument;
    private final long projectId;
    private final long annotatorId;
    private final ImportOptions options;
    private final ExportProgress progress;
    private final long estimate;
    private final List<ImportReport.Problem> problems = new ArrayList<>();
    private final List<String> labelsAdded = new ArrayList<>();
    private final List<String> pendingLabels = new ArrayList<>();
    private final Set<String> unknownLabels = new TreeSet<>();
    private final Map<String, Integer> unknownCounts = new TreeMap<>();
    private final List<ImportReport.Problem> notes = new ArrayList<>();
    private final ImportLayers layers;
    private final Map<String, ImportReport.Problem> firstUse = new TreeMap<>();
    private List<String> knownLabels = List.of();
    private int moreProblems;
    private int created;
    private int matched;
    private int spans;
    private int relations;
    private int already;
    private long seen;

    ImportRun(Services services, long projectId, long annotatorId, ImportOptions options, ExportProgress progress, long estimate) {
        this.documents = services.documents();
        this.annotations = services.annotations();
        this.predictions = services.predictions();
        this.projects = services.projects();
        this.perDocument = services.perDocument();
        this.projectId = projectId;
        this.annotatorId = annotatorId;
        this.layers = new ImportLayers(services.projects(), projectId, annotatorId);
        this.options = options;
        this.progress = progress;
        this.estimate = estimate;
    }

    @Override
    public boolean cancelled() {
        return progress.cancelled();
    }

    @Override
    public void problem(String file, int line, String reason) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new ImportReport.Problem(file, line, reason));
        } else {
            moreProblems++;
        }
        advance(file);
    }

    @Override
    public void note(String file, int line, String text) {
        if (notes.size() < MAX_PROBLEMS) {
            notes.add(new ImportReport.Problem(file, line, text));
        }
    }

    @Override
    public void document(ImportedDocument doc) {
        pendingLabels.clear();
        try {
            perDocument.executeWithoutResult(tx -> importOne(doc));
        } catch (UnknownNames e) {
            // one problem per name, in the report, placed at the first file and line that used it
            e.names.forEach(n -> {
                unknownCounts.merge(n, 1, Integer::sum);
                firstUse.putIfAbsent(n, new ImportReport.Problem(doc.file(), doc.line(), ""));
            });
            advance(doc.file());
            return;
        } catch (InvalidInputException | NotFoundException | ConflictException e) {
            problem(doc.file(), doc.line(), e.getMessage());
            return;
        } catch (DataAccessException e) {
            // the person gets a sentence; the SQL goes to the log
            log.warn("Import of {} line {} refused by the database", doc.file(), doc.line(), e);
            problem(doc.file(), doc.line(), NulRefusal.isCause(e) ? NulRefusal.MESSAGE
                    : "the database refused this document; nothing of it was stored (the log has the details).");
            return;
        }
        // only labels of a document that was stored are in the schema afterwards
        pendingLabels.stream().filter(l -> !labelsAdded.contains(l)).forEach(labelsAdded::add);
        advance(doc.file());
    }

    boolean nothingRead() {
        return seen == 0;
    }

    private void advance(String file) {
        progress.advanced(++seen, estimate);
    }

    private void importOne(ImportedDocument doc) {
        DocumentContent target;
        TextMapping mapping;
        boolean isNew = false;
        if (doc.text() != null) {
            mapping = TextMapping.of(doc.text());
            DocumentService.Imported imported = documents.importOrMatch(projectId, new NewDocument(doc.title(),
                    doc.text(), doc.sourceUrl(), null, null, doc.externalId(), doc.meta()));
            target = imported.document();
            isNew = imported.created();
        } else {
            String ref = doc.reference() == null ? "" : doc.reference();
            target = documents.findByReference(projectId, ref).orElseThrow(() -> new InvalidInputException(
                    "no document of the project has source '" + ref + "'; import the documents first"));
            mapping = TextMapping.of(target.text());
        }
        if (!doc.spans().isEmpty()) {
            addAnnotations(doc, target, mapping);
        }
        if (isNew) {
            created++;
        } else {
            matched++;
        }
    }

    private void addAnnotations(ImportedDocument doc, DocumentContent target, TextMapping mapping) {
        String model = options.model() != null ? options.model() : doc.model();
        if (model != null) {
            ExternalPredictions.Stored stored = PredictionImport.store(predictions, doc, target, mapping, model,
                    options.labelMap());
            suggestions += stored.spans();
            if (!stored.unknown().isEmpty()) {
                note(doc.file(), doc.line(), "predictions of " + TextRules.quote(model) + " with " + stored.unknown()
                        + ", which the schema lacks, were left out");
            }
            return;
        }
        LabelSchema schema = projects.schemaUnchecked(projectId);
        ImportedLayerInput input = ImportedLayerInput.of(doc, target.text(), mapping, schema, options, this);
        if (input.lacksNames()) {
            if (!options.addLabels()) {
                unknownLabels.addAll(input.missingNames());
                knownLabels = schema.labels().stream().map(l -> l.name()).distinct().toList();
                throw new UnknownNames(input.missingNames());
            }
            pendingLabels.addAll(projects.addLabels(projectId, input.missingSpans(), input.missingRelations(),
                    input.missingRoles()));
        }
        LayerImport.ImportResult result = annotations.importLayer(target.id(), layers.of(doc, this), input.spans(),
                input.relations());
        spans += result.spans();
        relations += result.relations();
        already += result.alreadyThere();
        if (result.intoFinishedLayer()) {
            note(doc.file(), doc.line(), "went into a layer its annotator had marked"
                    + " finished (" + result.spans() + " span(s) added); its history records the import");
        }
    }

    /** A document that uses names the schema lacks; it is left out and counted under each name. */
    private static final class UnknownNames extends RuntimeException {
        private final Set<String> names;

        UnknownNames(Set<String> names) {
            super(null, null, false, false);
            this.names = names;
        }
    }

    ImportReport report(String format) {
        unknownCounts.forEach((name, documents) -> problems.add(new ImportReport.Problem(firstUse.get(name).file(),
                firstUse.get(name).line(), "the project has no label "
                + TextRules.quote(name) + ", so " + documents + (documents == 1 ? " document that uses it was" : " documents that use it were")
                + " left out. Map it to one of " + knownLabels + " (map=" + name + "=LABEL, or map=" + name
                + "= to drop it), or let the import add it to the schema (addLabels=true, owners).")));
        unknownCounts.clear();
        return new ImportReport(format, created, matched, spans, relations, already, List.copyOf(labelsAdded),
                List.copyOf(unknownLabels), List.copyOf(problems), moreProblems, progress.cancelled(), List.copyOf(notes),
                suggestions);
    }
}
