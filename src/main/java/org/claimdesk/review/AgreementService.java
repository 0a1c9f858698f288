package org.claimdesk.review;

import java.sql.SQLException;
import java.sql.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.TextRules;
import org.claimdesk.project.LabelDefinition;
import org.claimdesk.project.ProjectAccess;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inter-annotator agreement of a project, or of one document or one label, over the documents
 * that have spans. For curators and owners.
 */
@Service
public class AgreementService {
    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final ProjectService projects;

    AgreementService(JdbcClient jdbc, ProjectAccess access, ProjectService projects) {
        this.jdbc = jdbc;
        this.access = access;
        this.projects = projects;
    }

    @Transactional(readOnly = true)
    public AgreementReport agreement(long projectId, @Nullable String label, @Nullable Long documentId) {
        return agreement(projectId, label, documentId, false);
    }

    /**
     * {@code withoutSuggested}: leaves out spans accepted from suggestions (origin SUGGESTED), so
     * that people are not credited with a model's agreement with itself.
     */
    @Transactional(readOnly = true)
    public AgreementReport agreement(long projectId, @Nullable String label, @Nullable Long documentId,
                                     boolean withoutSuggested) {
        access.require(projectId, ProjectRole.CURATOR);
        List<String> labels = projects.schemaUnchecked(projectId).spanLabels().stream().map(LabelDefinition::name).toList();
        if (label != null && !label.isBlank() && !labels.contains(label)) {
            throw new InvalidInputException("label", "Label " + TextRules.quote(label) + " is not a span label of this project; it has " + labels + ".");
        }
        List<String> order = label == null || label.isBlank() ? labels : List.of(label);
        Map<Long, AgreementInput.Doc> docs = new LinkedHashMap<>();
        LinkedHashSet<String> annotators = new LinkedHashSet<>();
        List<AgreementInput.LabelledSpan> spans = new ArrayList<>();
        jdbc.sql("""
                        select s.document_id, d.length_cp, u.username, l.name, s.fragments
                        from span s
                        join document d on d.id = s.document_id
                        join app_user u on u.id = s.annotator_id
                        join label l on l.id = s.label_id
                        where d.project_id = :project and (:document = 0 or s.document_id = :document)
                          and not u.system_user and (not :withoutSuggested or s.origin <> 'SUGGESTED')
                        order by s.document_id, u.username, s.start_cp, s.id""")
                .param("project", projectId).param("document", documentId == null ? 0L : documentId)
                .param("withoutSuggested", withoutSuggested)
                .query(rs -> {
                    if (!order.contains(rs.getString(4))) {
                        return;
                    }
                    long doc = rs.getLong(1);
                    docs.putIfAbsent(doc, new AgreementInput.Doc(doc, rs.getInt(2)));
                    annotators.add(rs.getString(3));
                    spans.add(new AgreementInput.LabelledSpan(doc, rs.getString(3), rs.getString(4), pairs(rs.getArray(5))));
                });
        return AgreementCalculator.compute(
                new AgreementInput(List.copyOf(docs.values()), annotators.stream().sorted().toList(), spans), order);
    }

    private static List<int[]> pairs(Array array) throws SQLException {
        Integer[] flat = (Integer[]) array.getArray();
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i + 1 < flat.length; i += 2) {
            out.add(new int[] {flat[i], flat[i + 1]});
        }
        return out;
    }
}
