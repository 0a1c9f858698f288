package org.claimdesk.annotation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.claimdesk.annotation.AnnotationLayer;
import org.claimdesk.annotation.LayerProgress;
import org.claimdesk.annotation.LayerReader;
import org.claimdesk.annotation.OwnLayerEditing;
import org.claimdesk.annotation.LayerUndo;
import org.claimdesk.annotation.SpanSection;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.base.ui.Links;
import org.claimdesk.collaboration.ChangeFeed;
import org.claimdesk.collaboration.DocumentChange;
import org.claimdesk.collaboration.PresenceBoard;
import org.claimdesk.base.ui.Notifications;
import org.claimdesk.document.AnnotationState;
import org.claimdesk.document.TextOffsetsCache;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.project.SchemaService;
import org.claimdesk.annotation.SuggestionsForEditor;
import org.jspecify.annotations.Nullable;

/**
 * The annotation view of one document, bookmarkable as /documents/{id}: the article with the
 * user's spans, a legend, and a side panel with the selected span and all spans by label.
 */
@Route("documents")
@PermitAll
// Side panel sections come from other features at run time (SpanSection beans); the production
// bundle only sees static references, so name the components they use here.
@Uses(ComboBox.class)
@Uses(Select.class)
@Uses(TextArea.class)
@Uses(TextField.class)
public class AnnotationView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle,
        DocumentEditActions.Host {

    private final LayerReader annotations;
    private final OwnLayerEditing ownLayer;
    private final LayerProgress progress;
    private final LayerUndo layerUndo;
    private final ProjectService projects;
    private final TextOffsetsCache offsets;
    private final List<SpanSection> spanSections;
    private final DocumentLiveFeed live;
    private final SpanEditor editor = new SpanEditor();
    private boolean showOthers;
    private final Button undo = new Button(VaadinIcon.ROTATE_LEFT.create(), e -> actions().undo());
    private final Button redo = new Button(VaadinIcon.ROTATE_RIGHT.create(), e -> actions().redo());
    private final Button finish = new Button();
    private String title = "Document";
    private long documentId;
    private @Nullable AnnotationLayer layer;
    private @Nullable DocumentEditActions actions;
    private AnnotationState myState = AnnotationState.NEW;
    private boolean mayAnnotate;

    private final SchemaService schemas;
    private final List<SuggestionsForEditor> suggestionSources;
    private @Nullable SuggestionActions suggestions;

    public AnnotationView(LayerReader annotations, OwnLayerEditing ownLayer, LayerProgress progress,
                          ProjectService projects,
                          TextOffsetsCache offsets, ChangeFeed feed, PresenceBoard presence,
                          List<SpanSection> spanSections, LayerUndo layerUndo, SchemaService schemas,
                          List<SuggestionsForEditor> suggestionSources) {
        this.schemas = schemas;
        this.suggestionSources = suggestionSources;
        this.ownLayer = ownLayer;
        this.progress = progress;
        this.layerUndo = layerUndo;
        this.spanSections = spanSections;
        this.live = new DocumentLiveFeed(feed, presence);
        this.annotations = annotations;
        this.projects = projects;
        this.offsets = offsets;
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        addClassName("cd-annotation-view");
        finish.addClickListener(e -> toggleFinished());
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        documentId = id;
        try {
            layer = annotations.layer(id);
        } catch (NotFoundException e) {
            removeAll();
            add(new H2("Document not found"), new Span("It does not exist, or you are not a member of its project."),
                    Links.to("", "Back to projects"));
            return;
        }
        if (VaadinRequest.getCurrent() != null) {
            VaadinRequest.getCurrent().setAttribute(EditorPrefetch.LAYER_READ, layer);
        }
        myState = progress.myState(id);
        mayAnnotate = layer.project().role().atLeast(ProjectRole.ANNOTATOR);
        title = layer.document().title();
        build(layer);
        // ?span=ID (from the claims table) selects that span and scrolls to it
        event.getLocation().getQueryParameters().getSingleParameter("span").flatMap(AnnotationView::parseId)
                .filter(spanId -> actions().state().span(spanId) != null)
                .ifPresent(actions()::show);
        if (isAttached()) {
            subscribe();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (layer != null) {
            subscribe();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        live.stop();
        super.onDetach(event);
    }

    /** Live updates of this document, and announcing that this user has it open. */
    private void subscribe() {
        AnnotationLayer open = Objects.requireNonNull(layer);
        live.start(UI.getCurrent(), documentId, open.project().id(), open.annotator(), this::applyRemote, () -> {
            reload();
            Notifications.info("The project's schema changed; its labels and keys are up to date.");
        });
    }

    /** A change made elsewhere (another tab, another reviewer, another node) arrives. */
    private void applyRemote(DocumentChange change) {
        if (layer != null && actions != null) {
            new LiveLayerMerge(documentId, layer.annotatorId(), annotations::visibleSpan, annotations::ownRelation)
                    .apply(change, new EditorMergeTarget(actions.state(), editor, this::reload), showOthers);
        }
    }

    private void setShowOthers(boolean show) {
        showOthers = show;
        if (show) {
            annotations.otherLayers(documentId).forEach(editor::showOtherSpan);
        } else {
            editor.hideOtherSpans();
        }
    }

    private static Optional<Long> parseId(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · ClaimDesk";
    }

    private void build(AnnotationLayer l) {
        removeAll();
        DocumentEditActions a = new DocumentEditActions(editor, this,
                listener -> new LayerState(l.spans(), l.relations(), listener),
                state -> new LayerEditing(ownLayer, layerUndo, state, l.document().id()));
        actions = a;
        editor.setHandler(a);
        SpanDetailsPanel details = new SpanDetailsPanel(l.schema().spanLabels(), a, !mayAnnotate, spanSections);
        SpanListPanel list = new SpanListPanel(l.schema().spanLabels(), s -> a.show(s.id()));
        a.attachPanels(details, list);

        Div scroller = new Div(editor);
        scroller.addClassName("cd-editor-scroller");
        VerticalLayout side = new VerticalLayout(new GuidelinesPanel(schemas.guidelines(l.project().id())));
        editor.setSuggestionHandler(null);
        suggestions = null;
        if (mayAnnotate && !suggestionSources.isEmpty()) {
            suggestions = new SuggestionActions(suggestionSources.getFirst(), l.document().id(), editor,
                    a.state(), a::editedBeside);
            editor.setSuggestionHandler(suggestions);
            side.add(suggestions);
        }
        side.add(details, list);
        side.addClassName("cd-side");
        side.setSizeFull();
        side.setFlexGrow(1, list);
        SplitLayout split = new SplitLayout(scroller, side);
        split.setSizeFull();
        split.setSplitterPosition(70);
        add(header(l), split);
        setFlexGrow(1, split);

        editor.load(offsets.of(l.document()), l, readOnly(), l.project().snapToWords());
        if (showOthers) {
            setShowOthers(true);
        }
        updateButtons();
    }

    private DocumentHeader header(AnnotationLayer l) {
        undo.setTooltipText("Undo (Ctrl+Z)");
        undo.setAriaLabel("Undo");
        redo.setTooltipText("Redo (Ctrl+Shift+Z)");
        redo.setAriaLabel("Redo");
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        redo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        finish.setVisible(mayAnnotate);
        return new DocumentHeader(l, live.label(), showOthers, this::setShowOthers, snap -> {
            projects.setSnapToWords(l.project().id(), snap);
            editor.setSnap(snap);
        }, undo, redo, finish);
    }

    private boolean readOnly() {
        return !mayAnnotate || myState == AnnotationState.FINISHED;
    }

    private void toggleFinished() {
        myState = progress.setMyState(documentId,
                myState == AnnotationState.FINISHED ? AnnotationState.IN_PROGRESS : AnnotationState.FINISHED);
        editor.setReadOnly(readOnly());
        Notifications.info(myState == AnnotationState.FINISHED ? "Marked finished." : "Reopened for editing.");
        updateButtons();
    }

    @Override
    public void stepReplayed() {
        if (suggestions != null) {
            suggestions.refresh();
        }
    }

    @Override
    public void updateButtons() {
        boolean editable = !readOnly();
        undo.setEnabled(editable && actions != null && actions.canUndo());
        redo.setEnabled(editable && actions != null && actions.canRedo());
        finish.setText(myState == AnnotationState.FINISHED ? "Reopen" : "Mark finished");
        finish.setIcon(myState == AnnotationState.FINISHED ? VaadinIcon.EDIT.create() : VaadinIcon.CHECK.create());
    }

    // ---- DocumentEditActions.Host ----

    @Override
    public boolean editable() {
        return !readOnly();
    }

    @Override
    public String whyReadOnly() {
        return mayAnnotate ? "This document is marked finished; reopen it to edit."
                : "Your role in this project does not allow annotating.";
    }

    @Override
    public void reload() {
        layer = annotations.layer(documentId);
        build(layer);
    }

    DocumentEditActions actions() {
        if (actions == null) {
            throw new IllegalStateException("No document loaded");
        }
        return actions;
    }
}
