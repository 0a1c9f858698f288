package org.claimdesk.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.claimdesk.document.DocumentAccess;
import org.claimdesk.document.DocumentService;
import org.claimdesk.project.LabelSchema;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.UserService;
import org.claimdesk.security.UserSummary;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's own layer of one document as one line of ClaimDesk JSONL, the same shape the
 * dataset export writes (document key, spans T1..., relations R1..., the layer's verdicts), so
 * that there is one ClaimDesk JSONL. Any member who may open the document may take their layer.
 */
@Service
public class DocumentLayerExport {
    private final JdbcTemplate jdbc;
    private final FormatRegistry formats;
    private final DocumentService documents;
    private final ProjectService projects;
    private final UserService users;
    private final CurrentUser currentUser;

    DocumentLayerExport(DataSource dataSource, FormatRegistry formats, DocumentService documents,
                        ProjectService projects, UserService users, CurrentUser currentUser) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.formats = formats;
        this.documents = documents;
        this.projects = projects;
        this.users = users;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public void writeJsonl(long documentId, OutputStream target) {
        DocumentAccess access = documents.getWithRole(documentId, ProjectRole.VIEWER);
        long projectId = access.project().id();
        UserSummary me = currentUser.require();
        LabelSchema schema = projects.schemaUnchecked(projectId);
        ExportContext context = ExportContext.of(access.project().name(), schema, Set.of(), projects.ratingScale(projectId));
        ExportRequest request = new ExportRequest("jsonl", me.username(), Set.of(), Set.of(), List.of(documentId),
                true, SplitPlan.NONE);
        Map<Long, String> names = new HashMap<>(Map.of(me.id(), me.username()));
        FormatWriter writer = formats.writable("jsonl").writer(context);
        ExportFiles files = ExportFiles.stream(target);
        jdbc.execute((ConnectionCallback<Void>) con -> {
            try {
                new ExportQuery(con, projectId, new ExportQuery.Layer(me.id(), users.goldLayer().id()), request, names,
                        schema)
                        .stream(doc -> {
                            writer.write(doc, files);
                            return true;
                        });
                files.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("Reading the document failed: " + e.getMessage(), e);
            }
            return null;
        });
    }
}
