package org.claimdesk.dataset;

import java.util.HashMap;
import java.util.Map;
import org.claimdesk.base.TextRules;
import org.claimdesk.project.ProjectService;
import org.jspecify.annotations.Nullable;

/**
 * The layer an imported document's annotations go into: the member its file names as their
 * author (a Label Studio annotation's completed_by), else the layer chosen for the import. The
 * report says which whenever the file named somebody.
 */
final class ImportLayers {
    private final ProjectService projects;
    private final long projectId;
    private final long chosen;
    private @Nullable Map<String, Long> members;

    ImportLayers(ProjectService projects, long projectId, long chosen) {
        this.projects = projects;
        this.projectId = projectId;
        this.chosen = chosen;
    }

    long of(ImportedDocument doc, ImportSink report) {
        String author = doc.layer();
        if (author == null) {
            return chosen;
        }
        if (members == null) {
            Map<String, Long> byName = new HashMap<>();
            projects.members(projectId).forEach(m -> byName.put(m.username(), m.userId()));
            members = byName;
        }
        Long member = members.get(author);
        if (member != null) {
            report.note(doc.file(), doc.line(), "the annotation by " + TextRules.quote(author) + " went into their layer");
            return member;
        }
        report.note(doc.file(), doc.line(), "the annotation by " + TextRules.quote(author) + ", who is not a member of"
                + " this project, went into the layer chosen for the import");
        return chosen;
    }
}
