package org.claimdesk.dataset.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.File;
import java.util.List;
import org.claimdesk.base.ForbiddenException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.Notifications;
import org.claimdesk.dataset.DatasetImporter;
import org.claimdesk.dataset.FormatSupport;
import org.claimdesk.dataset.ImportOptions;
import org.claimdesk.dataset.ImportReport;
import org.claimdesk.dataset.UploadLimits;

/**
 * Import: upload a file or a zip, choose the format (or let the file names tell), the layer the
 * annotations go into and how labels map; the import runs in the background with a progress bar
 * and ends with a report naming every problem by file and line.
 */
class ImportPanel extends VerticalLayout {
    private static final String AUTO = "";

    private final DatasetImporter importer;
    private final long projectId;
    private final Select<String> format = new Select<>();
    private final Select<String> layer = new Select<>();
    private final TextField map = new TextField("Label map (THEIRS=OURS, comma-separated; =nothing drops a label)");
    private final Checkbox addLabels = new Checkbox("Add labels the project lacks to its schema");
    private final BackgroundTask task = new BackgroundTask();
    private final Paragraph summary = new Paragraph();
    private final Grid<ImportReport.Problem> problems = new Grid<>();
    private final Button start = new Button("Import");
    private final VerticalLayout mapping = new VerticalLayout();
    private final List<String> projectLabels;
    private File uploaded;
    private String uploadedName;

    ImportPanel(DatasetImporter importer, long projectId, List<FormatSupport> readable, List<String> layers, boolean owner,
                List<String> projectLabels) {
        this.projectLabels = projectLabels;
        this.importer = importer;
        this.projectId = projectId;
        format.setLabel("Format");
        List<String> ids = new ArrayList<>(List.of(AUTO));
        readable.forEach(f -> ids.add(f.id()));
        format.setItems(ids);
        format.setItemLabelGenerator(id -> id.isEmpty() ? "from the file names"
                : readable.stream().filter(f -> f.id().equals(id)).findFirst().map(f -> f.name() + " (" + id + ")").orElse(id));
        format.setValue(AUTO);
        layer.setLabel("Annotations go into the layer of");
        layer.setItems(layers);
        layer.setValue(layers.getFirst());
        map.setWidthFull();
        addLabels.setEnabled(owner);
        if (!owner) {
            addLabels.setTooltipText("Only project owners change the schema");
        }
        UploadLimits limits = importer.limits();
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.toTempFile((meta, file) -> ui.access(() -> {
            if (uploaded != null) {
                uploaded.delete();
            }
            uploaded = file;
            uploadedName = meta.fileName();
            start.setEnabled(true);
            start.setText("Import " + uploadedName);
        })));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxUploadBytes()));
        upload.setAcceptedFileTypes(".txt", ".html", ".htm", ".jsonl", ".ndjson", ".json", ".jsonld", ".ann", ".zip");
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage() + " (limit "
                + UploadLimits.megabytes(limits.maxUploadBytes()) + ")"));
        start.setEnabled(false);
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> runImport());
        problems.addColumn(ImportReport.Problem::file).setHeader("File").setAutoWidth(true);
        problems.addColumn(p -> p.line() > 0 ? String.valueOf(p.line()) : "").setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportReport.Problem::reason).setHeader("Problem").setFlexGrow(3);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        Span help = new Span("Documents: .txt, .html, .jsonl or a .zip of them. Annotations: brat (.txt + .ann), "
                + "Label Studio .json, doccano .jsonl, W3C .jsonld, ClaimDesk .jsonl. The same text imported again is "
                + "matched, not duplicated; each document goes in whole or not at all.");
        help.addClassName("cd-muted");
        FormLayout form = new FormLayout(format, layer, map, addLabels);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(map, 2);
        setPadding(false);
        mapping.setPadding(false);
        mapping.setVisible(false);
        add(new H3("Import"), help, upload, form, start, task, summary, mapping, problems);
        addDetachListener(e -> {
            if (uploaded != null) {
                uploaded.delete();
            }
        });
    }

    private void runImport() {
        ImportOptions options;
        try {
            options = new ImportOptions(format.getValue().isEmpty() ? null : format.getValue(), layer.getValue(),
                    ImportOptions.parseMap(map.getValue()), addLabels.getValue());
        } catch (InvalidInputException e) {
            map.setInvalid(true);
            map.setErrorMessage(e.getMessage());
            return;
        }
        map.setInvalid(false);
        File file = uploaded;
        String name = uploadedName;
        start.setEnabled(false);
        summary.setText("");
        problems.setVisible(false);
        task.run("documents", progress -> importer.importFile(projectId, name, file.toPath(), options, progress), result -> {
            start.setEnabled(true);
            if (result.error() != null) {
                Exception e = result.error();
                Notifications.error(e instanceof InvalidInputException || e instanceof ForbiddenException
                        ? e.getMessage() : "The import failed: " + e.getMessage());
                return;
            }
            ImportReport r = result.value();
            summary.setText((r.cancelled() ? "Cancelled. " : "") + r.documentsCreated() + " documents created, "
                    + r.documentsMatched() + " matched to texts already here; " + r.spans() + " spans and "
                    + r.relations() + " relations added" + (r.spansAlreadyThere() > 0 ? " (" + r.spansAlreadyThere()
                    + " spans were there already)" : "") + (r.labelsAdded().isEmpty() ? "" : "; labels added: "
                    + String.join(", ", r.labelsAdded())) + "; " + (r.problems().size() + r.moreProblems()) + " problems"
                    + (r.notes().isEmpty() ? "" : "; " + r.notes().size() + " notes (listed below)") + ".");
            List<ImportReport.Problem> rows = new ArrayList<>(r.problems());
            rows.addAll(r.notes());
            problems.setItems(rows);
            problems.setVisible(!rows.isEmpty());
            showMapping(r.unknownLabels());
        });
    }

    /** The mapping step: each label of the files that the project lacks gets one of the project's, or is left out. */
    private void showMapping(List<String> unknown) {
        mapping.removeAll();
        mapping.setVisible(!unknown.isEmpty());
        if (unknown.isEmpty()) {
            return;
        }
        mapping.add(new Span("The files use labels this project does not have. Map each to one of the project's "
                + "labels (or leave it out) and import again; documents already imported are matched, not doubled."));
        String leaveOut = "(leave out)";
        Map<String, Select<String>> choices = new LinkedHashMap<>();
        FormLayout rows = new FormLayout();
        for (String label : unknown) {
            Select<String> choice = new Select<>();
            choice.setLabel(label + " →");
            List<String> items = new ArrayList<>(projectLabels);
            items.add(leaveOut);
            choice.setItems(items);
            choice.setValue(projectLabels.stream().filter(l -> l.equalsIgnoreCase(label)).findFirst().orElse(leaveOut));
            choices.put(label, choice);
            rows.add(choice);
        }
        Button again = new Button("Import again with this mapping", e -> {
            String existing = map.getValue().isBlank() ? "" : map.getValue().strip() + ",";
            map.setValue(existing + choices.entrySet().stream()
                    .map(c -> c.getKey() + "=" + (leaveOut.equals(c.getValue().getValue()) ? "" : c.getValue().getValue()))
                    .collect(Collectors.joining(",")));
            runImport();
        });
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mapping.add(rows, again);
    }
}
