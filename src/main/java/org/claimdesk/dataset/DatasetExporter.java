package org.claimdesk.dataset;

import java.util.Locale;
import java.util.Optional;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.claimdesk.base.ForbiddenException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.TextRules;
import org.claimdesk.project.LabelSchema;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.project.ProjectSummary;
import org.claimdesk.review.AgreementReport;
import org.claimdesk.review.AgreementService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.UserService;
import org.claimdesk.security.UserSummary;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Streams a project's annotations from the database through a format's writer into a zip: the
 * data files (one per split, or per document for brat), then the dataset card. The zip's central
 * directory is written last, so an export cut off halfway is never a readable, complete-looking
 * archive.
 */
@Service
public class DatasetExporter {
    /** Above this many documents the card points at the agreement page instead of computing it inline. */
    private static final long AGREEMENT_INLINE_LIMIT = 2_000;

    private final JdbcTemplate jdbc;
    private final FormatRegistry formats;
    private final ProjectService projects;
    private final UserService users;
    private final CurrentUser currentUser;
    private final AgreementService agreement;
    private final Clock clock;
    private final TransactionTemplate separately;

    DatasetExporter(DataSource dataSource, FormatRegistry formats, ProjectService projects, UserService users,
                    CurrentUser currentUser, AgreementService agreement, Optional<Clock> clock,
                    PlatformTransactionManager transactions) {
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.separately.setReadOnly(true);
        this.jdbc = new JdbcTemplate(dataSource);
        this.formats = formats;
        this.projects = projects;
        this.users = users;
        this.currentUser = currentUser;
        this.agreement = agreement;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** What was exported. */
    public record Summary(long documents, long spans, long relations, List<String> files, boolean cancelled) {
    }

    /** The file name an export of this project and format gets. */
    public String fileName(long projectId, ExportRequest request) {
        ProjectSummary p = projects.get(projectId);
        String slug = p.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return (slug.isEmpty() ? "project-" + projectId : slug) + "-" + request.layer().replaceAll("[^A-Za-z0-9_.-]", "_")
                + "-" + request.format() + ".zip";
    }

    /**
     * Checks the request (format, layer, caller's role) before anything is written, so a bad
     * request is a clear error rather than a broken download.
     */
    @Transactional(readOnly = true)
    public void check(long projectId, ExportRequest request) {
        formats.writable(request.format());
        resolveLayer(projects.get(projectId), request.layer());
    }

    /** Writes the export as a zip to {@code target}. */
    @Transactional(readOnly = true)
    public Summary export(long projectId, ExportRequest request, OutputStream target, ExportProgress progress) {
        return export(projectId, request, ExportFiles.zip(target), progress);
    }

    /** Writes the export's files into {@code files} (a zip stream or a directory). */
    @Transactional(readOnly = true)
    public Summary export(long projectId, ExportRequest request, ExportFiles files, ExportProgress progress) {
        FormatSupport format = formats.writable(request.format());
        ProjectSummary project = projects.get(projectId);
        ExportQuery.Layer layer = resolveLayer(project, request.layer());
        LabelSchema schema = projects.schemaUnchecked(projectId);
        for (String l : request.labels()) {
            if (schema.span(l).isEmpty()) {
                throw new InvalidInputException("Label " + TextRules.quote(l) + " is not a span label of this project.");
            }
        }
        ExportContext ctx = ExportContext.of(project.name(), schema, request.labels(), projects.ratingScale(projectId));
        Map<Long, String> usernames = new HashMap<>();
        for (UserSummary u : users.all()) {
            usernames.put(u.id(), u.username());
        }
        FormatWriter writer = format.writer(ctx);
        ExportStats stats = new ExportStats();
        long[] done = {0};
        boolean[] cancelled = {false};
        long total = jdbc.execute((ConnectionCallback<Long>) con -> {
            ExportQuery query = new ExportQuery(con, projectId, layer, request, usernames, schema);
            long count = query.countDocuments();
            try {
                ReadAhead.run(query, ExportQuery.BATCH * 2, doc -> {
                    if (progress.cancelled()) {
                        cancelled[0] = true;
                        return false;
                    }
                    writer.write(doc, files);
                    stats.add(doc);
                    if (++done[0] % 100 == 0) {
                        progress.advanced(done[0], count);
                    }
                    return true;
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("Reading the project failed: " + e.getMessage(), e);
            }
            return count;
        });
        if (cancelled[0]) {
            return new Summary(stats.totalDocuments(), stats.totalSpans(), stats.relations(), files.names(), true);
        }
        try {
            if (writer instanceof FormatWriter.Finishing finishing) {
                finishing.finish(files);
            }
            files.finishFile();
            List<String> dataFiles = files.names();
            AgreementReport report = null;
            String note = null;
            if (!project.role().atLeast(ProjectRole.CURATOR)) {
                note = "Agreement figures are for curators; ask one for the project's agreement page.";
            } else if (total <= AGREEMENT_INLINE_LIMIT) {
                try {
                    // its own transaction: a failure here must not spoil the export's
                    report = separately.execute(tx -> agreement.agreement(projectId, null, null));
                } catch (RuntimeException e) {
                    note = "Not computed: " + e.getMessage();
                }
            } else {
                note = "The project has " + total + " documents; see GET /api/projects/" + projectId + "/agreement.";
            }
            DatasetCard.write(files.file("README.md"), format, ctx, request, stats, dataFiles, report, note,
                    LocalDate.now(clock));
            files.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.advanced(total, total);
        return new Summary(stats.totalDocuments(), stats.totalSpans(), stats.relations(), files.names(), false);
    }

    private ExportQuery.Layer resolveLayer(ProjectSummary p, String layerName) {
        long projectId = p.id();
        long gold = users.goldLayer().id();
        String name = layerName == null ? "" : layerName.strip();
        UserSummary me = currentUser.require();
        if (name.equals(me.username())) {
            if (!p.role().atLeast(ProjectRole.ANNOTATOR)) {
                throw new ForbiddenException("Exporting needs the ANNOTATOR role for your own layer, CURATOR for others.");
            }
            return new ExportQuery.Layer(me.id(), gold);
        }
        if (!p.role().atLeast(ProjectRole.CURATOR)) {
            throw new ForbiddenException("Exporting the gold layer or other annotators' layers needs the CURATOR role.");
        }
        if (name.equals(ExportRequest.GOLD)) {
            return new ExportQuery.Layer(gold, gold);
        }
        if (name.equals(ExportRequest.ALL)) {
            return new ExportQuery.Layer(null, gold);
        }
        UserSummary user = users.findByUsername(name).orElseThrow(() -> new InvalidInputException(
                "Layer '" + name + "' is neither 'gold', 'all' nor a user's name."));
        boolean member = projects.members(projectId).stream().anyMatch(m -> m.userId() == user.id());
        if (!member) {
            throw new InvalidInputException("'" + name + "' is not a member of this project.");
        }
        return new ExportQuery.Layer(user.id(), gold);
    }

}
