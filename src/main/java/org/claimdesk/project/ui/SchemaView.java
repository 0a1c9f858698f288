package org.claimdesk.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.base.ConflictException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.Links;
import org.claimdesk.base.ui.Notifications;
import org.claimdesk.project.ProjectPage;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.project.ProjectSummary;
import org.claimdesk.project.ReservedKeys;
import org.claimdesk.project.SchemaDocument;
import org.claimdesk.project.SchemaService;

/**
 * A project's schema: span labels (name, colour, key, description, role), relation types and the
 * guidelines, edited by owners and saved as a whole. Everyone on the project may read it. Events
 * are listed here and edited through the schema file or the API.
 */
@Route("projects/:projectId/schema")
@PermitAll
public class SchemaView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final ProjectService projects;
    private final SchemaService schemas;
    private final Grid<SchemaRows.LabelRow> labels = new Grid<>();
    private final Grid<SchemaRows.RelationRow> relations = new Grid<>();
    private final GuidelinesEditor guidelines = new GuidelinesEditor();
    private final Paragraph missing = new Paragraph();
    private final VerticalLayout events = new VerticalLayout();
    private final Map<String, String> mergeInto = new LinkedHashMap<>();
    private List<SchemaRows.LabelRow> labelRows = new ArrayList<>();
    private List<SchemaRows.RelationRow> relationRows = new ArrayList<>();
    private SchemaDocument loaded = new SchemaDocument(0L, List.of(), List.of(), List.of(), "", null);
    private Map<Long, Long> uses = Map.of();
    private long projectId;
    private boolean owner;
    private String title = "Schema";

    public SchemaView(ProjectService projects, SchemaService schemas) {
        this.projects = projects;
        this.schemas = schemas;
        setWidthFull();
        labels.setAllRowsVisible(true);
        relations.setAllRowsVisible(true);
        events.setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ProjectSummary project = ProjectPage.open(event, projects, this, ProjectRole.VIEWER, "The schema").orElse(null);
        if (project == null) {
            return;
        }
        projectId = project.id();
        owner = project.role() == ProjectRole.OWNER;
        title = "Schema · " + project.name();
        SchemaColumns.labels(labels, owner, this::deleteLabel, id -> uses.getOrDefault(id, 0L));
        SchemaColumns.relations(relations, owner, r -> {
            relationRows.remove(r);
            relations.setItems(relationRows);
        });
        Anchor file = new Anchor("api/projects/" + projectId + "/schema", "Schema as JSON");
        file.getElement().setAttribute("download", "schema-" + projectId + ".json");
        Paragraph reserved = new Paragraph("Keys are one letter or digit. The editor keeps "
                + String.join(" ", ReservedKeys.CHARACTERS) + " for itself; press ? in a document to see every key.");
        reserved.addClassName("cd-muted");
        add(Links.to("projects/" + projectId, "← " + project.name()), new H2("Schema"), missing,
                new H3("Span labels"), reserved, labels);
        if (owner) {
            add(new Button("Add a label", e -> {
                labelRows.add(SchemaRows.LabelRow.fresh(labelRows.size()));
                labels.setItems(labelRows);
            }));
        }
        add(new H3("Relation types"), relations);
        if (owner) {
            add(new Button("Add a relation type", e -> {
                relationRows.add(SchemaRows.RelationRow.fresh());
                relations.setItems(relationRows);
            }));
        }
        add(new H3("Events"), events, new H3("Guidelines"), guidelines);
        HorizontalLayout bar = new HorizontalLayout(file);
        if (owner) {
            Button save = new Button("Save the schema", e -> save());
            save.addThemeVariants(ButtonVariant.PRIMARY);
            bar.addComponentAsFirst(save);
            bar.add(SchemaUpload.of(this::upload));
        }
        add(bar);
        guidelines.setReadOnly(!owner);
        load();
    }

    private void load() {
        loaded = schemas.document(projectId);
        uses = owner ? schemas.usage(projectId) : Map.of();
        mergeInto.clear();
        labelRows = new ArrayList<>(loaded.labels().stream().map(SchemaRows.LabelRow::of).toList());
        relationRows = new ArrayList<>(loaded.relations().stream().map(SchemaRows.RelationRow::of).toList());
        labels.setItems(labelRows);
        relations.setItems(relationRows);
        guidelines.setValue(loaded.guidelines() == null ? "" : loaded.guidelines());
        missing.setText(SchemaRows.whatIsMissing(loaded));
        events.removeAll();
        for (SchemaDocument.EventItem e : loaded.events()) {
            events.add(new Paragraph(SchemaRows.describe(e)));
        }
        if (loaded.events().isEmpty()) {
            events.add(new Paragraph("No events. An event (brat's E lines) ties a trigger span to its arguments by"
                    + " roles; add them with the schema file or PUT /api/projects/" + projectId + "/schema."));
        }
    }

    private void deleteLabel(SchemaRows.LabelRow row) {
        long used = row.id == null ? 0 : uses.getOrDefault(row.id, 0L);
        if (used == 0) {
            labelRows.remove(row);
            labels.setItems(labelRows);
            return;
        }
        List<String> others = labelRows.stream().filter(r -> r != row && r.id != null).map(r -> r.name).toList();
        new MergeDialog(row.name, used, others, into -> {
            mergeInto.put(String.valueOf(row.id), into);
            labelRows.remove(row);
            labels.setItems(labelRows);
            Notifications.info(row.name + " goes into " + into + " when you save.");
        }).open();
    }

    /** A schema file replaces the schema: items are matched by name, so same-named labels keep their spans. */
    private void upload(String format, String text) {
        try {
            SchemaDocument saved = schemas.importFile(projectId, format, text, loaded.version());
            Notifications.info("Schema replaced from the file (version " + saved.version() + ").");
            load();
        } catch (InvalidInputException | ConflictException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void save() {
        SchemaDocument body = new SchemaDocument(loaded.version(),
                labelRows.stream().map(SchemaRows.LabelRow::toItem).toList(),
                relationRows.stream().map(SchemaRows.RelationRow::toItem).toList(),
                loaded.events(), guidelines.getValue(), mergeInto.isEmpty() ? null : Map.copyOf(mergeInto));
        try {
            schemas.replace(projectId, body);
            Notifications.info("Schema saved (version " + (loaded.version() == null ? 1 : loaded.version() + 1) + ").");
            load();
        } catch (InvalidInputException | ConflictException e) {
            Notifications.error(e.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · ClaimDesk";
    }
}
