package org.claimdesk.dataset.ui;

import java.util.ArrayList;
import java.util.Locale;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimdesk.base.ForbiddenException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.Notifications;
import org.claimdesk.dataset.DatasetExporter;
import org.claimdesk.dataset.ExportRequest;
import org.claimdesk.dataset.FormatSupport;
import org.claimdesk.dataset.SplitPlan;
import org.claimdesk.document.AnnotationState;

/**
 * Export: format, layer, labels, document state and split; the export runs in the background with
 * a progress bar into a temporary file, then offers it for download.
 */
class ExportPanel extends VerticalLayout {
    private final DatasetExporter exporter;
    private final long projectId;
    private final Select<FormatSupport> format = new Select<>();
    private final Select<String> layer = new Select<>();
    private final CheckboxGroup<String> labels = new CheckboxGroup<>("Labels (none ticked: all)");
    private final CheckboxGroup<AnnotationState> states = new CheckboxGroup<>("Document state in the layer (none: any)");
    private final TextField split = new TextField("Split train,dev,test (or none)");
    private final TextField salt = new TextField("Split salt");
    private final Checkbox includeEmpty = new Checkbox("Include documents without spans in the layer");
    private final BackgroundTask task = new BackgroundTask();
    private final VerticalLayout downloads = new VerticalLayout();
    private final Button start = new Button("Export");
    private final List<Path> files = new ArrayList<>();

    ExportPanel(DatasetExporter exporter, long projectId, List<FormatSupport> formats, List<String> layers,
                List<String> labelNames) {
        this.exporter = exporter;
        this.projectId = projectId;
        format.setLabel("Format");
        format.setItems(formats);
        format.setItemLabelGenerator(f -> f.name() + " (" + f.id() + ")");
        format.setValue(formats.getFirst());
        layer.setLabel("Layer");
        layer.setItems(layers);
        layer.setValue(layers.getFirst());
        layer.setItemLabelGenerator(l -> switch (l) {
            case ExportRequest.GOLD -> "gold (curated)";
            case ExportRequest.ALL -> "all annotators";
            default -> l;
        });
        labels.setItems(labelNames);
        states.setItems(AnnotationState.values());
        states.setItemLabelGenerator(s -> s.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        split.setValue("0.8,0.1,0.1");
        salt.setValue(SplitPlan.DEFAULT_SALT);
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> export());
        downloads.setPadding(false);
        FormLayout form = new FormLayout(format, layer, split, salt, labels, states, includeEmpty);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Span help = new Span("A zip with train/dev/test files (or one file) and a dataset card (README.md). "
                + "Offsets are code points except doccano (UTF-16).");
        help.addClassName("cd-muted");
        setPadding(false);
        add(new H3("Export"), help, form, start, task, downloads);
        addDetachListener(e -> files.forEach(f -> f.toFile().delete()));
    }

    private void export() {
        ExportRequest request;
        try {
            request = new ExportRequest(format.getValue().id(), layer.getValue(), new LinkedHashSet<>(labels.getValue()),
                    Set.copyOf(states.getValue()), List.of(), includeEmpty.getValue(),
                    SplitPlan.parse(split.getValue().strip(), salt.getValue().strip()));
            exporter.check(projectId, request);
        } catch (InvalidInputException | ForbiddenException e) {
            Notifications.error(e.getMessage());
            return;
        }
        String name = exporter.fileName(projectId, request);
        Path file;
        try {
            file = Files.createTempFile("claimdesk-export-", ".zip");
        } catch (IOException e) {
            Notifications.error("No room for the export: " + e.getMessage());
            return;
        }
        files.add(file);
        start.setEnabled(false);
        task.run("documents", progress -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                return exporter.export(projectId, request, out, progress);
            }
        }, result -> {
            start.setEnabled(true);
            if (result.error() != null) {
                file.toFile().delete();
                Notifications.error("The export failed: " + result.error().getMessage());
            } else if (result.value().cancelled()) {
                file.toFile().delete();
                Notifications.info("Export cancelled; nothing was kept.");
            } else {
                DatasetExporter.Summary s = result.value();
                Anchor link = new Anchor(DownloadHandler.forFile(file.toFile(), name), "Download " + name);
                link.getElement().setAttribute("download", true);
                downloads.addComponentAsFirst(new VerticalLayout(link, new Span(s.documents() + " document layers, "
                        + s.spans() + " spans, " + s.relations() + " relations: " + String.join(", ", s.files()))));
            }
        });
    }
}
