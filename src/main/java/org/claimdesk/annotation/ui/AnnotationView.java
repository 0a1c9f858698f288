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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.claimdesk.annotation.AnnotationLayer;
import org.claimdesk.annotation.LayerProgress;
import org.claimdesk.annotation.LayerReader;
import org.claimdesk.annotation.OwnLayerEditing;
import org.claimdesk.annotation.LayerUndo;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.RelationDto;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SpanSection;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.base.ui.Edits;
import org.claimdesk.base.ui.Links;
import org.claimdesk.collaboration.ChangeFeed;
import org.claimdesk.collaboration.DocumentChange;
import org.claimdesk.collaboration.Presence;
import org.claimdesk.collaboration.PresenceBoard;
import org.claimdesk.base.ui.Notifications;
import org.claimdesk.document.AnnotationState;
import org.claimdesk.document.TextOffsetsCache;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
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
        SpanEditor.Handler, LayerState.Listener, SpanDetailsPanel.Actions {

    private final LayerReader annotations;
    private final OwnLayerEditing ownLayer;
    private final LayerProgress progress;
    private final LayerUndo layerUndo;
    private final ProjectService projects;
    private final TextOffsetsCache offsets;
    private final ChangeFeed feed;
    private final List<SpanSection> spanSections;
    private final PresenceBoard presence;
    private final String viewKey = UUID.randomUUID().toString();
    private final Span presenceLabel = new Span();
    private final SpanEditor editor = new SpanEditor();
    private final List<ChangeFeed.Subscription> subscriptions = new ArrayList<>();
    private @Nullable Presence here;
    private boolean showOthers;
    private final Button undo = new Button(VaadinIcon.ROTATE_LEFT.create(), e -> undo());
    private final Button redo = new Button(VaadinIcon.ROTATE_RIGHT.create(), e -> redo());
    private final Button finish = new Button();
    private String title = "Document";
    private long documentId;
    private @Nullable AnnotationLayer layer;
    private @Nullable LayerState state;
    private @Nullable LayerEditing editing;
    private @Nullable SpanDetailsPanel details;
    private @Nullable SpanListPanel list;
    private AnnotationState myState = AnnotationState.NEW;
    private boolean mayAnnotate;

    public AnnotationView(LayerReader annotations, OwnLayerEditing ownLayer, LayerProgress progress,
                          ProjectService projects,
                          TextOffsetsCache offsets, ChangeFeed feed, PresenceBoard presence,
                          List<SpanSection> spanSections, LayerUndo layerUndo) {
        this.ownLayer = ownLayer;
        this.progress = progress;
        this.layerUndo = layerUndo;
        this.spanSections = spanSections;
        this.feed = feed;
        this.presence = presence;
        this.annotations = annotations;
        this.projects = projects;
        this.offsets = offsets;
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        addClassName("cd-annotation-view");
        editor.setHandler(this);
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
                .filter(spanId -> state != null && state.span(spanId) != null)
                .ifPresent(this::show);
        if (isAttached()) {
            unsubscribe();
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
        unsubscribe();
        super.onDetach(event);
    }

    /** Live updates of this document, and announcing that this user has it open. */
    private void subscribe() {
        UI ui = UI.getCurrent();
        AnnotationLayer l = Objects.requireNonNull(layer);
        subscriptions.add(feed.subscribe(documentId, change -> ui.access(() -> applyRemote(change))));
        subscriptions.add(presence.watch(documentId, names -> ui.access(() -> showPresence(names))));
        here = new Presence(documentId, l.annotator(), viewKey);
        presence.join(here);
    }

    private void unsubscribe() {
        subscriptions.forEach(ChangeFeed.Subscription::cancel);
        subscriptions.clear();
        if (here != null) {
            presence.leave(here);
            here = null;
        }
    }

    private void showPresence(Set<String> names) {
        String me = layer == null ? "" : layer.annotator();
        List<String> others = names.stream().filter(n -> !n.equals(me)).toList();
        presenceLabel.setText(others.isEmpty() ? "" : "Also here: " + String.join(", ", others));
    }

    /** A change made elsewhere (another tab, another reviewer, another node) arrives. */
    private void applyRemote(DocumentChange change) {
        if (layer != null && state != null) {
            new LiveLayerMerge(documentId, layer.annotatorId(), annotations::visibleSpan, annotations::ownRelation)
                    .apply(change, new EditorMergeTarget(state, editor, () -> {
                layer = annotations.layer(documentId);
                build(layer);
            }), showOthers);
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

    private static java.util.Optional<Long> parseId(String s) {
        try {
            return java.util.Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · ClaimDesk";
    }

    private void build(AnnotationLayer l) {
        removeAll();
        state = new LayerState(l.spans(), l.relations(), this);
        editing = new LayerEditing(ownLayer, layerUndo, state, l.document().id());
        details = new SpanDetailsPanel(l.schema().spanLabels(), this, !mayAnnotate, spanSections);
        list = new SpanListPanel(l.schema().spanLabels(), s -> show(s.id()));
        list.setSpans(state.spans());

        Div scroller = new Div(editor);
        scroller.addClassName("cd-editor-scroller");
        VerticalLayout side = new VerticalLayout(details, list);
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
        return new DocumentHeader(l, presenceLabel, showOthers, this::setShowOthers, snap -> {
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

    private void updateButtons() {
        boolean editable = !readOnly();
        undo.setEnabled(editable && editing != null && editing.canUndo());
        redo.setEnabled(editable && editing != null && editing.canRedo());
        finish.setText(myState == AnnotationState.FINISHED ? "Reopen" : "Mark finished");
        finish.setIcon(myState == AnnotationState.FINISHED ? VaadinIcon.EDIT.create() : VaadinIcon.CHECK.create());
    }

    // ---- SpanEditor.Handler: edits from the browser ----

    @Override
    public @Nullable SpanDto createSpan(String label, List<Fragment> fragments) {
        // The details panel is not built here: the editor selects the new span once this answer
        // arrives, which asks for it, so the answer that confirms the span stays small and quick.
        SpanDto[] created = new SpanDto[1];
        attempt(() -> created[0] = editing().create(label, fragments));
        return created[0];
    }

    @Override
    public void addFragment(long spanId, Fragment fragment) {
        attempt(() -> editing().addFragment(spanId, fragment));
    }

    @Override
    public void changeLabel(long spanId, String label) {
        attempt(() -> editing().relabel(spanId, label));
    }

    @Override
    public void deleteSpan(long spanId) {
        attempt(() -> editing().delete(spanId));
    }

    @Override
    public void createRelation(long fromSpanId, long toSpanId) {
        attempt(() -> editing().link(fromSpanId, toSpanId));
    }

    @Override
    public void spanSelected(@Nullable Long spanId) {
        refreshDetails(spanId);
        if (spanId != null && state != null && state.span(spanId) != null && list != null) {
            list.select(state.span(spanId));
        }
    }

    @Override
    public void undo() {
        if (editing != null && editing.canUndo() && !readOnly()) {
            attempt(editing::undo);
        }
    }

    @Override
    public void redo() {
        if (editing != null && editing.canRedo() && !readOnly()) {
            attempt(editing::redo);
        }
    }

    @Override
    public void reportError(String message) {
        Notifications.error(message);
    }

    // ---- SpanDetailsPanel.Actions ----

    @Override
    public void relabel(long spanId, String label) {
        changeLabel(spanId, label);
    }

    @Override
    public void saveNote(long spanId, String note) {
        if (attempt(() -> editing().note(spanId, note))) {
            Notifications.info("Note saved.");
        }
    }

    @Override
    public void delete(long spanId) {
        deleteSpan(spanId);
    }

    @Override
    public void startLink(long spanId) {
        editor.startLink(spanId);
    }

    @Override
    public void unlink(long relationId) {
        attempt(() -> editing().unlink(relationId));
    }

    @Override
    public void show(long spanId) {
        editor.selectSpan(spanId, true);
        refreshDetails(spanId);
    }

    // ---- LayerState.Listener: keep the browser and the panel in step ----

    @Override
    public void spanChanged(SpanDto span) {
        editor.showSpan(span);
        afterChange();
    }

    @Override
    public void spanRemoved(long spanId) {
        editor.removeSpan(spanId);
        afterChange();
    }

    @Override
    public void relationChanged(RelationDto relation) {
        editor.showRelation(relation);
        afterChange();
    }

    @Override
    public void relationRemoved(long relationId) {
        editor.removeRelation(relationId);
        afterChange();
    }

    private void afterChange() {
        if (list != null && state != null) {
            list.setSpans(state.spans());
        }
        refreshDetails(details == null ? null : details.spanId());
        updateButtons();
    }

    private void refreshDetails(@Nullable Long spanId) {
        if (details == null || state == null) {
            return;
        }
        SpanDto span = spanId == null ? null : state.span(spanId);
        details.show(span, span == null ? List.of() : state.relationsOf(span.id()), state::span);
    }

    /** Runs an edit under the UI's one error policy; a stale item reloads the layer. */
    private boolean attempt(Runnable edit) {
        if (readOnly()) {
            Notifications.error(mayAnnotate ? "This document is marked finished; reopen it to edit."
                    : "Your role in this project does not allow annotating.");
            return false;
        }
        boolean done = Edits.attempt(edit, () -> {
            layer = annotations.layer(documentId);
            build(layer);
        });
        if (done) {
            updateButtons();
        }
        return done;
    }

    private LayerEditing editing() {
        if (editing == null) {
            throw new IllegalStateException("No document loaded");
        }
        return editing;
    }
}
