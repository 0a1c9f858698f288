package org.claimdesk.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimdesk.annotation.LayerImport;
import org.claimdesk.base.ForbiddenException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.document.DocumentService;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.project.SchemaService;
import org.claimdesk.suggestion.ExternalPredictions;
import org.claimdesk.project.ProjectSummary;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.UserService;
import org.claimdesk.security.UserSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an upload (a file or a zip) into a project: documents, and annotations made elsewhere
 * into one layer. Each document goes in its own transaction, whole or not at all; a document that
 * fails is reported by file, line and reason and the import goes on with the next.
 */
@Service
public class DatasetImporter {

    private final FormatRegistry formats;
    private final ExternalPredictions predictions;
    private final DocumentService documents;
    private final LayerImport annotations;
    private final ProjectService projects;
    private final UserService users;
    private final CurrentUser currentUser;
    private final UploadLimits limits;
    private final TransactionTemplate perDocument;
    private final SchemaService schemas;

    DatasetImporter(FormatRegistry formats, DocumentService documents, LayerImport annotations,
                    ProjectService projects, UserService users, CurrentUser currentUser, UploadLimits limits,
                    PlatformTransactionManager transactions, SchemaService schemas, ExternalPredictions predictions) {
        this.predictions = predictions;
        this.schemas = schemas;
        this.formats = formats;
        this.documents = documents;
        this.annotations = annotations;
        this.projects = projects;
        this.users = users;
        this.currentUser = currentUser;
        this.limits = limits;
        this.perDocument = new TransactionTemplate(transactions);
        this.perDocument.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public UploadLimits limits() {
        return limits;
    }

    public ImportReport importFile(long projectId, String fileName, Path file, ImportOptions options,
                                   ExportProgress progress) {
        ProjectSummary project = projects.get(projectId);
        if (!project.role().atLeast(ProjectRole.CURATOR)) {
            throw new ForbiddenException("Importing needs the CURATOR role in the project.");
        }
        if (options.addLabels() && project.role() != ProjectRole.OWNER) {
            throw new ForbiddenException("Adding labels to the schema needs the OWNER role; map the labels instead.");
        }
        long annotatorId = resolveAnnotator(projectId, options.annotator());
        try (UploadedFiles source = UploadedFiles.open(fileName, file, limits)) {
            List<FormatSupport> readers = ImportFormatGuess.readers(formats, options.format(), source);
            List<String[]> confNotes = schemaFromConf(project, source);
            ImportRun run = new ImportRun(new ImportRun.Services(documents, annotations, projects, perDocument, predictions),
                    projectId, annotatorId, options, progress, ImportFormatGuess.estimate(source));
            confNotes.forEach(n -> run.note(n[0], 0, n[1]));
            for (FormatSupport f : readers) {
                try {
                    f.reader().read(source, run);
                } catch (InvalidInputException e) {
                    run.problem(fileName, 0, e.getMessage());
                } catch (UncheckedIOException e) {
                    run.problem(fileName, 0, "could not be read: " + e.getCause().getMessage());
                }
            }
            String format = readers.stream().map(FormatSupport::id).reduce((a, b) -> a + "+" + b).orElse("?");
            if (run.nothingRead()) {
                run.problem(fileName, 0, "nothing in it could be read as " + format + ": no document, no annotation"
                        + " and no error. Is it a " + format + " file, with the file name ending that format uses?");
            }
            return run.report(format);
        } catch (IOException e) {
            throw new InvalidInputException(fileName + " could not be read: " + e.getMessage());
        }
    }

    /**
     * A brat annotation.conf in the upload defines the schema when the project has no spans yet
     * and the uploader owns it; otherwise the report says why it was left alone.
     */
    private List<String[]> schemaFromConf(ProjectSummary project, UploadedFiles source) throws IOException {
        UploadedFiles.ImportFile conf = source.files().stream()
                .filter(f -> f.name().equals("annotation.conf") || f.name().endsWith("/annotation.conf"))
                .findFirst().orElse(null);
        if (conf == null) {
            return List.of();
        }
        String why = project.role() != ProjectRole.OWNER ? "only an owner's upload changes the schema"
                : !schemas.unused(project.id()) ? "the project has spans already; change its schema on the schema page"
                : null;
        if (why != null) {
            return List.<String[]>of(new String[] {conf.name(), "annotation.conf was not applied: " + why + "."});
        }
        String text;
        try (var in = conf.open()) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        var schema = schemas.importFile(project.id(), "brat", text, null);
        return List.<String[]>of(new String[] {conf.name(), "The project's schema now comes from annotation.conf: "
                + schema.labels().size() + " span labels, " + schema.relations().size() + " relation types, "
                + schema.events().size() + " event types."});
    }

    private long resolveAnnotator(long projectId, @Nullable String annotator) {
        if (annotator == null || annotator.isBlank() || annotator.equals(currentUser.require().username())) {
            return currentUser.id();
        }
        if (annotator.equals(UserService.GOLD)) {
            return users.goldLayer().id();
        }
        UserSummary user = users.findByUsername(annotator).orElseThrow(() -> new InvalidInputException(
                "Annotator '" + annotator + "' is not a user."));
        if (projects.members(projectId).stream().noneMatch(m -> m.userId() == user.id())) {
            throw new InvalidInputException("Annotator '" + annotator + "' is not a member of this project.");
        }
        return user.id();
    }

    Map<String, FormatSupport> formats() {
        return formats.asMap();
    }
}
