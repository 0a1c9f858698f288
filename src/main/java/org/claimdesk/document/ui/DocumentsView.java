package org.claimdesk.document.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.claimdesk.base.ConflictException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.base.ui.Links;
import org.claimdesk.base.ui.Notifications;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.document.DocumentListItem;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.NewDocument;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.project.ProjectSummary;

/** The documents of a project, loaded page by page, and importing more. */
@Route("projects")
@PermitAll
public class DocumentsView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
    private final DocumentService documents;
    private final ProjectService projects;
    private final Grid<DocumentListItem> grid = new Grid<>();
    private String title = "Documents";
    private long projectId;

    public DocumentsView(DocumentService documents, ProjectService projects) {
        this.documents = documents;
        this.projects = projects;
        setSizeFull();
        grid.addComponentColumn(d -> Links.to("documents/" + d.id(), d.title())).setHeader("Title").setFlexGrow(1);
        grid.addColumn(DocumentListItem::lengthCp).setHeader("Length").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> d.myState().name().replace('_', ' ').toLowerCase()).setHeader("Your state")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DocumentListItem::mySpans).setHeader("Your spans").setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(e -> getUI().ifPresent(ui -> ui.navigate("documents/" + e.getItem().id())));
        grid.setSizeFull();
        grid.setEmptyStateText("No documents yet.");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        ProjectSummary project;
        try {
            project = projects.get(id);
        } catch (NotFoundException e) {
            add(new H2("Project not found"), Links.to("", "Back to projects"));
            return;
        }
        projectId = id;
        title = project.name();
        HorizontalLayout bar = new HorizontalLayout(new H2(project.name()));
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(bar.getComponentAt(0));
        if (project.role() == ProjectRole.OWNER) {
            Checkbox blind = new Checkbox("Blind annotation", project.blind());
            blind.setTooltipText("Annotators see only their own layer; curators still see all");
            blind.addValueChangeListener(e -> projects.setBlind(id, e.getValue()));
            bar.add(blind, new Button("Rating scale", VaadinIcon.SCALE.create(),
                    e -> new RatingScaleDialog(projects, id).open()));
        }
        if (project.role().atLeast(ProjectRole.CURATOR)) {
            bar.add(uploadButton(), new Button("Paste text", VaadinIcon.PASTE.create(),
                    e -> new PasteTextDialog(this::importText).open()));
        }
        Span role = new Span("Your role: " + project.role().name().toLowerCase());
        role.addClassName("cd-muted");
        HorizontalLayout more = new HorizontalLayout(Links.to("projects/" + id + "/claims", "Claims →"),
                Links.to("projects/" + id + "/activity", "Activity →"), Links.to("projects/" + id + "/schema", "Schema →"));
        if (project.role().atLeast(ProjectRole.ANNOTATOR)) {
            more.add(Links.to("projects/" + id + "/suggestions", "Suggestions →"),
                    Links.to("projects/" + id + "/datasets", "Import & export →"));
        }
        if (project.role() == ProjectRole.OWNER) {
            more.add(Links.to("projects/" + id + "/members", "Members →"));
        }
        if (project.role().atLeast(ProjectRole.CURATOR)) {
            more.add(Links.to("projects/" + id + "/progress", "Progress →"),
                    Links.to("projects/" + id + "/agreement", "Agreement →"));
        }
        if (project.role() == ProjectRole.OWNER) {
            more.add(Links.to("projects/" + id + "/members", "Members →"));
        }
        add(Links.to("", "← Projects"), bar, role, more, grid);
        grid.setItems(q -> documents.list(projectId, q.getPage(), q.getPageSize()).stream(),
                q -> (int) documents.count(projectId));
    }

    @Override
    public String getPageTitle() {
        return title + " · ClaimDesk";
    }

    private Upload uploadButton() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> {
            try {
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
                String name = meta.fileName().replaceFirst("\\.txt$", "");
                importText(NewDocument.of(null, text, null), name);
            } catch (CharacterCodingException e) {
                Notifications.error(meta.fileName() + " is not UTF-8 text; save it as UTF-8 and try again.");
            }
        })));
        upload.setAcceptedFileTypes("text/plain", ".txt");
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setDropLabel(new Span(".txt, UTF-8"));
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        upload.addClassName("cd-upload");
        return upload;
    }

    /** Imports one text; the file name stands in for a title the text does not give. */
    private boolean importText(NewDocument doc, String fallbackTitle) {
        try {
            DocumentContent d = documents.importDocument(projectId, doc);
            Notifications.info("Imported '" + d.title() + "' (" + d.lengthCp() + " characters).");
            grid.getDataProvider().refreshAll();
            return true;
        } catch (InvalidInputException | ConflictException e) {
            Notifications.error(fallbackTitle + ": " + e.getMessage());
            return false;
        }
    }

    private boolean importText(NewDocument doc) {
        return importText(doc, doc.title() == null ? "Pasted text" : doc.title());
    }
}
