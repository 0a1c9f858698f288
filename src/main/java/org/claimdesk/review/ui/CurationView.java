package org.claimdesk.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.claimdesk.base.ForbiddenException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.base.ui.Links;
import org.claimdesk.base.ui.Notifications;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.document.DocumentService;
import org.claimdesk.review.CurationCandidate;
import org.claimdesk.review.CommentService;
import org.claimdesk.review.CurationService;
import org.claimdesk.review.SpanComment;
import org.claimdesk.project.LabelDefinition;
import org.claimdesk.project.ProjectService;

/**
 * Curating one document into its gold layer: every proposed span with its votes; unanimous ones
 * merge with one click; A accepts and R rejects the selected row.
 */
@Route("curation/:documentId")
@PermitAll
public class CurationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final CurationService curation;
    private final DocumentService documents;
    private final Grid<CurationCandidate> grid = new Grid<>();
    private final Span counts = new Span();
    private final Div questions = new Div();
    private final CommentService comments;
    private final ProjectService projects;
    private final CurationText merged = new CurationText();
    private String title = "Curation";
    private long documentId;
    private DocumentContent doc;

    public CurationView(CurationService curation, DocumentService documents, CommentService comments,
                        ProjectService projects) {
        this.projects = projects;
        this.comments = comments;
        this.curation = curation;
        this.documents = documents;
        setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CurationCandidate::label).setHeader("Label").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CurationCandidate::text).setHeader("Text").setFlexGrow(3);
        grid.addColumn(c -> c.proposedBy().size() + "/" + c.annotators()
                + (c.modelOnly() ? "" : c.proposedBy().isEmpty() ? " (curator)" : " (" + String.join(", ", c.proposedBy()) + ")"))
                .setHeader("Proposed by").setFlexGrow(2);
        grid.addColumn(c -> c.modelScore() == null ? "–" : "proposes (" + Math.round(c.modelScore() * 100) + "%)")
                .setHeader("Model (no vote)").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.inGold() ? "✓ in gold" : c.modelOnly() ? "model only" : c.unanimous() ? "agreed" : "disputed")
                .setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(c -> {
            Button accept = new Button("Accept", e -> decide(c, true));
            Button reject = new Button("Reject", e -> decide(c, false));
            Button edit = new Button("Edit", e -> edit(c));
            accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            accept.setEnabled(!c.inGold());
            reject.setEnabled(c.inGold());
            return new HorizontalLayout(accept, reject, edit);
        }).setHeader("Decision").setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        Shortcuts.addShortcutListener(this, () -> grid.getSelectedItems().stream().findFirst()
                .ifPresent(c -> decide(c, true)), Key.KEY_A).listenOn(this);
        Shortcuts.addShortcutListener(this, () -> grid.getSelectedItems().stream().findFirst()
                .ifPresent(c -> decide(c, false)), Key.KEY_R).listenOn(this);
        Shortcuts.addShortcutListener(this, () -> grid.getSelectedItems().stream().findFirst()
                .ifPresent(this::edit), Key.KEY_E).listenOn(this);
    }

    /** The document of /curation/ID; empty for an id that is not a number (/curation/abc). */
    private static Optional<Long> documentId(BeforeEnterEvent event) {
        try {
            return event.getRouteParameters().getLong("documentId");
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            documentId = documentId(event).orElseThrow(() -> new NotFoundException("Document not found."));
            doc = documents.get(documentId);
            curation.candidates(documentId);
        } catch (NotFoundException | ForbiddenException e) {
            add(new H2("Curation is not available"), new Paragraph(e.getMessage()), Links.to("", "Back to projects"));
            return;
        }
        title = "Curation · " + doc.title();
        Button merge = new Button("Merge agreed spans into gold", e -> {
            int n = curation.mergeAgreed(documentId);
            Notifications.info(n + " agreed span(s) merged into gold.");
            refresh();
        });
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(new H2("Curation: " + doc.title()), merge);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        Span help = new Span("Select a row (or click the text), then A accepts it into gold, R rejects it and "
                + "E edits its label or boundaries into gold. In the text: shaded is in gold, underlined is agreed, "
                + "wavy red is disputed.");
        help.addClassName("cd-muted");
        SplitLayout split = new SplitLayout(merged, grid);
        split.setSplitterPosition(45);
        split.setSizeFull();
        add(new HorizontalLayout(Links.to("documents/" + documentId, "← Back to the document"),
                Links.to("projects/" + doc.projectId() + "/schema", "Guidelines and schema →")),
                bar, counts, questions, help, split);
        refresh();
    }

    private void decide(CurationCandidate c, boolean accept) {
        try {
            if (accept) {
                curation.accept(documentId, c);
            } else {
                curation.reject(c);
            }
        } catch (InvalidInputException | NotFoundException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    private void edit(CurationCandidate c) {
        List<String> labels = projects.schema(doc.projectId()).spanLabels().stream().map(LabelDefinition::name).toList();
        new CandidateEditDialog(doc.text(), c, labels, (label, fragments) -> {
            curation.acceptEdited(documentId, c, label, fragments);
            Notifications.info("Accepted into gold as " + label + ".");
            refresh();
        }).open();
    }

    private void refresh() {
        List<CurationCandidate> all = curation.candidates(documentId);
        grid.setItems(all);
        merged.show(doc.text(), all.stream().filter(c -> !c.modelOnly()).toList(), c -> {
            grid.select(c);
            grid.scrollToItem(c);
        });
        long gold = all.stream().filter(CurationCandidate::inGold).count();
        long agreed = all.stream().filter(CurationCandidate::unanimous).count();
        counts.setText(all.size() + " candidates · " + agreed + " agreed by all · " + gold + " in gold");
        questions.removeAll();
        for (SpanComment q : comments.openQuestions(documentId)) {
            Button resolve = new Button("Resolve", e -> {
                comments.resolve(q.id());
                refresh();
            });
            resolve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout row = new HorizontalLayout(new Span("Open question from " + q.author() + " on “"
                    + q.spanText() + "”: " + q.text()), resolve);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            questions.add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · ClaimDesk";
    }
}
