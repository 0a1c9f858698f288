package org.claimdesk.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimdesk.annotation.LayerImport;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.SpanText;
import org.claimdesk.base.ForbiddenException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.TextRules;
import org.claimdesk.base.NulRefusal;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.NewDocument;
import org.claimdesk.document.TextMapping;
import org.claimdesk.document.TextOffsets;
import org.claimdesk.project.LabelSchema;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.project.ProjectSummary;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.UserService;
import org.claimdesk.security.UserSummary;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private static final Logger log = LoggerFactory.getLogger(DatasetImporter.class);
    private static final int MAX_PROBLEMS = 1000;

    private final FormatRegistry formats;
    private final DocumentService documents;
    private final LayerImport annotations;
    private final ProjectService projects;
    private final UserService users;
    private final CurrentUser currentUser;
    private final UploadLimits limits;
    private final TransactionTemplate perDocument;

    DatasetImporter(FormatRegistry formats, DocumentService documents, LayerImport annotations,
                    ProjectService projects, UserService users, CurrentUser currentUser, UploadLimits limits,
                    PlatformTransactionManager transactions) {
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
            List<FormatSupport> readers = readers(options.format(), source);
            Run run = new Run(projectId, annotatorId, options, progress, estimate(source));
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

    /** The readers for an upload: the format asked for, else by the files' extensions. */
    private List<FormatSupport> readers(@Nullable String format, ImportSource source) {
        if (format != null && !format.isBlank()) {
            return List.of(formats.readable(format.strip()));
        }
        Set<String> ids = new LinkedHashSet<>();
        boolean brat = source.files().stream().anyMatch(f -> f.name().endsWith(".ann"));
        for (ImportSource.ImportFile f : source.files()) {
            String n = f.name().toLowerCase(java.util.Locale.ROOT);
            if (brat && (n.endsWith(".ann") || n.endsWith(".txt") || n.endsWith(".conf"))) {
                ids.add("brat");
            } else if (n.endsWith(".txt")) {
                ids.add("txt");
            } else if (n.endsWith(".html") || n.endsWith(".htm")) {
                ids.add("html");
            } else if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
                ids.add(looksLikeDoccano(f) ? "doccano" : "jsonl");
            } else if (n.endsWith(".jsonld")) {
                ids.add("w3c");
            } else if (n.endsWith(".json")) {
                ids.add("labelstudio");
            }
        }
        if (ids.isEmpty()) {
            throw new InvalidInputException("No file ClaimDesk can import was found: give .txt, .html, .jsonl, .json,"
                    + " .jsonld or brat .txt + .ann files (or a zip of them), or name the format.");
        }
        return ids.stream().map(formats::readable).toList();
    }

    private static boolean looksLikeDoccano(ImportSource.ImportFile f) {
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(f.open(), java.nio.charset.StandardCharsets.UTF_8))) {
            String first = in.readLine();
            return first != null && (first.contains("\"entities\"") || first.contains("\"label\"")) && !first.contains("\"spans\"");
        } catch (IOException e) {
            return false;
        }
    }

    private static long estimate(ImportSource source) {
        long anns = source.files().stream().filter(f -> f.name().endsWith(".ann")).count();
        if (anns > 0) {
            return anns;
        }
        if (source.files().size() > 1) {
            return source.files().size();
        }
        ImportSource.ImportFile only = source.files().getFirst();
        if (!only.name().endsWith(".jsonl") && !only.name().endsWith(".ndjson")) {
            return -1;
        }
        try (var in = only.open()) {
            long lines = 0;
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
            }
            return Math.max(lines, 1);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** One import run: takes the readers' documents and collects the report. */
    private final class Run implements ImportSink {
        private final long projectId;
        private final long annotatorId;
        private final ImportOptions options;
        private final ExportProgress progress;
        private final long estimate;
        private final List<ImportReport.Problem> problems = new ArrayList<>();
        private final List<String> labelsAdded = new ArrayList<>();
        private final List<String> pendingLabels = new ArrayList<>();
        private final Set<String> unknownLabels = new java.util.TreeSet<>();
        private int moreProblems;
        private int created;
        private int matched;
        private int spans;
        private int relations;
        private int already;
        private long seen;

        Run(long projectId, long annotatorId, ImportOptions options, ExportProgress progress, long estimate) {
            this.projectId = projectId;
            this.annotatorId = annotatorId;
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
        public void document(ImportedDocument doc) {
            pendingLabels.clear();
            try {
                perDocument.executeWithoutResult(tx -> importOne(doc));
            } catch (InvalidInputException | NotFoundException | org.claimdesk.base.ConflictException e) {
                problem(doc.file(), doc.line(), e.getMessage());
                return;
            } catch (org.springframework.dao.DataAccessException e) {
                // the person gets a sentence; the SQL goes to the log
                log.warn("Import of {} line {} refused by the database", doc.file(), doc.line(), e);
                problem(doc.file(), doc.line(), NulRefusal.isCause(e) ? NulRefusal.MESSAGE
                        : "the database refused this document; nothing of it was stored (the log has the details).");
                return;
            }
            // only labels of a document that was stored are in the schema afterwards
            labelsAdded.addAll(pendingLabels);
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
            LabelSchema schema = projects.schemaUnchecked(projectId);
            Set<String> missingSpans = new java.util.TreeSet<>();
            Set<String> missingRelations = new java.util.TreeSet<>();
            List<LayerImport.ImportSpan> spanInput = new ArrayList<>();
            Set<String> named = new java.util.HashSet<>();
            Set<String> kept = new java.util.HashSet<>();
            TextOffsets text = new TextOffsets(target.text());
            int index = 0;
            for (ImportedDocument.ImportedSpan s : doc.spans()) {
                index++;
                named.add(name(s, index));
                String label = options.labelMap().getOrDefault(s.label(), s.label());
                if (label.isEmpty()) {
                    continue;
                }
                if (schema.span(label).isEmpty()) {
                    missingSpans.add(label);
                }
                List<Fragment> fragments = new ArrayList<>();
                for (Fragment f : s.fragments()) {
                    boolean utf16 = doc.offsetUnit().equals("utf16");
                    try {
                        fragments.add(new Fragment(utf16 ? mapping.fromUtf16(f.start()) : mapping.fromCodePoint(f.start()),
                                utf16 ? mapping.fromUtf16(f.end()) : mapping.fromCodePoint(f.end())));
                    } catch (InvalidInputException e) {
                        throw new InvalidInputException("span " + name(s, index) + ": " + e.getMessage());
                    }
                }
                checkText(s, index, fragments, text);
                String key = name(s, index);
                kept.add(key);
                spanInput.add(new LayerImport.ImportSpan(key, label, fragments, s.note()));
            }
            List<LayerImport.ImportRelation> relationInput = new ArrayList<>();
            for (ImportedDocument.ImportedRelation r : doc.relations()) {
                String type = options.labelMap().getOrDefault(r.type(), r.type());
                if (r.from() == null || r.to() == null || !named.contains(r.from()) || !named.contains(r.to())) {
                    problem(doc.file(), doc.line(), "relation " + TextRules.quote(r.type()) + " from " + TextRules.quote(r.from())
                            + " to " + TextRules.quote(r.to()) + " names a span that is not in the file; it was left out");
                    continue;
                }
                if (type.isEmpty() || !kept.contains(r.from()) || !kept.contains(r.to())) {
                    continue; // a relation to a span left out by the label map goes with it
                }
                if (schema.relation(type).isEmpty()) {
                    missingRelations.add(type);
                }
                relationInput.add(new LayerImport.ImportRelation(type, r.from(), r.to()));
            }
            if (!missingSpans.isEmpty() || !missingRelations.isEmpty()) {
                if (!options.addLabels()) {
                    List<String> all = new ArrayList<>(missingSpans);
                    all.addAll(missingRelations);
                    unknownLabels.addAll(all);
                    throw new InvalidInputException("the project has no label " + String.join(", ", all)
                            + "; map it to one of " + schema.labels().stream().map(l -> l.name()).toList()
                            + " or let the import add it");
                }
                pendingLabels.addAll(projects.addLabels(projectId, missingSpans, missingRelations));
            }
            LayerImport.ImportResult result = annotations.importLayer(target.id(), annotatorId, spanInput, relationInput);
            spans += result.spans();
            relations += result.relations();
            already += result.alreadyThere();
        }

        private static String name(ImportedDocument.ImportedSpan s, int index) {
            return s.id() != null ? s.id() : "#" + index;
        }

        /** The file's own idea of the covered text, where it has one, must match what the offsets cover. */
        private static void checkText(ImportedDocument.ImportedSpan s, int index, List<Fragment> fragments, TextOffsets text) {
            if (s.expectedText() == null) {
                return;
            }
            StringBuilder covered = new StringBuilder();
            for (Fragment f : fragments) {
                if (f.start() >= f.end() || f.end() > text.lengthInCodePoints()) {
                    return; // the span check that follows gives the clearer message
                }
                covered.append(text.substring(f.start(), f.end()));
            }
            String expected = s.expectedText().replace(SpanText.FRAGMENT_JOINER, "").replaceAll("\\s+", "");
            String actual = covered.toString().replaceAll("\\s+", "");
            if (!java.text.Normalizer.normalize(expected, java.text.Normalizer.Form.NFC).equals(actual)) {
                throw new InvalidInputException("span " + name(s, index) + " says it covers \"" + s.expectedText()
                        + "\" but its offsets cover \"" + covered + "\"");
            }
        }

        ImportReport report(String format) {
            return new ImportReport(format, created, matched, spans, relations, already, List.copyOf(labelsAdded),
                    List.copyOf(unknownLabels), List.copyOf(problems), moreProblems, progress.cancelled());
        }
    }

    Map<String, FormatSupport> formats() {
        return formats.asMap();
    }
}
