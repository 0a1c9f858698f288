package org.claimdesk.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.base.ConflictException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.TextRules;
import org.jspecify.annotations.Nullable;
import org.claimdesk.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schema editor's use cases: read a project's schema with its version and guidelines, and
 * replace it as a whole (OWNERs), in one transaction: renames keep every span's label, deletions
 * are refused while in use unless merged into another label, and a stale version is a conflict.
 */
@Service
public class SchemaService {
    private final ProjectAccess access;
    private final ProjectRepository projects;
    private final LabelRepository labels;
    private final ProjectService projectService;
    private final LabelUsage usage;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    SchemaService(ProjectAccess access, ProjectRepository projects, LabelRepository labels,
                  ProjectService projectService, LabelUsage usage, CurrentUser currentUser,
                  ApplicationEventPublisher events) {
        this.access = access;
        this.projects = projects;
        this.labels = labels;
        this.projectService = projectService;
        this.usage = usage;
        this.currentUser = currentUser;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public SchemaDocument document(long projectId) {
        access.require(projectId, ProjectRole.VIEWER);
        Project p = projects.findById(projectId).orElseThrow();
        return SchemaDocuments.of(projectService.schemaUnchecked(projectId), p.schemaVersion(), p.guidelines());
    }

    /**
     * Replaces the schema with one read from another tool's file ("brat" annotation.conf or
     * "labelstudio" labeling config). Items with a name the project has keep their id, colour and
     * key unless the file gives its own; the guidelines stay; the rest is as a PUT.
     */
    @Transactional
    public SchemaDocument importFile(long projectId, String format, String text, @Nullable Long version) {
        access.require(projectId, ProjectRole.OWNER);
        SchemaDocument file = switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "brat" -> SchemaFiles.fromBratConf(text);
            case "labelstudio" -> SchemaFiles.fromLabelStudio(text);
            case "json" -> SchemaFiles.fromJson(text);
            default -> throw new InvalidInputException("from", "A schema file is read from brat, labelstudio or json; got "
                    + TextRules.quote(format) + ".");
        };
        SchemaDocument now = document(projectId);
        SchemaDocument matched = SchemaDocuments.matchedByName(file, now, version == null ? now.version() : version);
        if (file.guidelines() != null) {
            matched = new SchemaDocument(matched.version(), matched.labels(), matched.relations(), matched.events(),
                    file.guidelines(), null);
        }
        return replace(projectId, matched);
    }

    /** The project's guidelines in Markdown, for everyone on the project. */
    @Transactional(readOnly = true)
    public String guidelines(long projectId) {
        access.require(projectId, ProjectRole.VIEWER);
        return projects.findById(projectId).orElseThrow().guidelines();
    }

    /** True while no span or link of the project uses any of its labels: a new schema loses nothing. */
    @Transactional(readOnly = true)
    public boolean unused(long projectId) {
        access.require(projectId, ProjectRole.VIEWER);
        return projectService.schemaUnchecked(projectId).labels().stream().allMatch(l -> usage.uses(l.id()) == 0);
    }

    /** How many spans or links use each label, for the owners deciding what to delete. */
    @Transactional(readOnly = true)
    public Map<Long, Long> usage(long projectId) {
        access.require(projectId, ProjectRole.OWNER);
        Map<Long, Long> out = new HashMap<>();
        projectService.schemaUnchecked(projectId).labels().forEach(l -> out.put(l.id(), usage.uses(l.id())));
        return out;
    }

    @Transactional
    public SchemaDocument replace(long projectId, SchemaDocument body) {
        access.require(projectId, ProjectRole.OWNER);
        Project project = projects.lockById(projectId).orElseThrow();
        if (body.version() == null || body.version() != project.schemaVersion()) {
            throw new ConflictException("The schema changed since version " + body.version()
                    + "; it is at version " + project.schemaVersion() + ". Reload it and apply your change again.");
        }
        LabelSchema current = projectService.schemaUnchecked(projectId);
        SchemaPlan plan = SchemaPlan.of(current, body);
        for (LabelDefinition gone : plan.deleted()) {
            long uses = plan.merges().containsKey(gone.id()) ? 0 : usage.uses(gone.id());
            if (uses > 0) {
                throw new ConflictException(gone.name() + " is used " + uses + (gone.kind() == LabelKind.SPAN
                        ? " times by spans" : " times by links") + "; merge it into another ("
                        + "\"mergeInto\") or remove those first.");
            }
        }
        Map<Long, Label> rows = new HashMap<>();
        labels.findByProjectIdOrderBySortOrderAscIdAsc(projectId).forEach(l -> rows.put(l.getId(), l));
        // names may be swapped (A->B, B->A) or reused by a new item: park every old name first, so
        // the unique index holds at each statement
        for (LabelDefinition d : current.labels()) {
            rows.get(d.id()).update(d.withName("~" + d.id()), 0);
        }
        labels.flush();
        Map<String, LabelDefinition> byName = new LinkedHashMap<>();
        List<Label> fresh = new ArrayList<>();
        for (int i = 0; i < plan.labels().size(); i++) {
            LabelDefinition d = plan.labels().get(i);
            if (d.id() != null) {
                rows.get(d.id()).update(d, i);
            } else {
                fresh.add(new Label(projectId, d, i));
            }
        }
        labels.saveAll(fresh);
        labels.flush();
        projectService.schemaUnchecked(projectId).labels()
                .forEach(d -> byName.put((d.kind() == LabelKind.SPAN ? "s:" : "l:") + d.name(), d));
        for (LabelDefinition gone : plan.deleted()) {
            String into = plan.merges().get(gone.id());
            if (into != null) {
                usage.merge(gone, byName.get((gone.kind() == LabelKind.SPAN ? "s:" : "l:") + into), currentUser.id());
            }
            labels.deleteById(gone.id());
        }
        labels.flush();
        project.schemaReplaced(plan.guidelines());
        events.publishEvent(new SchemaChanged(projectId, project.schemaVersion()));
        return SchemaDocuments.of(projectService.schemaUnchecked(projectId), project.schemaVersion(), project.guidelines());
    }
}
