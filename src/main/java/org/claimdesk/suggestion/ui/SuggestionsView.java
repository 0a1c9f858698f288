package org.claimdesk.suggestion.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.claimdesk.base.ui.Links;
import org.claimdesk.project.ProjectPage;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.project.ProjectSummary;
import org.claimdesk.suggestion.SuggestionMode;
import org.claimdesk.suggestion.SuggestionModels;
import org.claimdesk.suggestion.SuggestionStatus;
import org.claimdesk.suggestion.tagger.SpanEvaluation;

/**
 * A project's suggestions, honestly: what is served, the learned model's figures on gold it never
 * saw beside the rules', its learning curve, and how often reviewers accept each label. Curators
 * train and cancel; owners choose what the project gets. Polls while a training runs.
 */
@Route("projects/:projectId/suggestions")
@PermitAll
public class SuggestionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final SuggestionModels models;
    private final ProjectService projects;
    private final Paragraph summary = new Paragraph();
    private final Paragraph problem = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Span step = new Span();
    private final Button train = new Button("Train now");
    private final Button cancel = new Button("Cancel training");
    private final Select<SuggestionMode> mode = new Select<>();
    private final EvaluationGrid evaluation = new EvaluationGrid();
    private final Image curve = new Image();
    private final Grid<Map.Entry<String, SuggestionStatus.Acceptance>> acceptance = new Grid<>();
    private String title = "Suggestions";
    private com.vaadin.flow.shared.Registration polling;
    private long projectId;

    public SuggestionsView(SuggestionModels models, ProjectService projects) {
        this.models = models;
        this.projects = projects;
        train.addThemeVariants(ButtonVariant.PRIMARY);
        train.addClickListener(e -> act(() -> models.train(projectId)));
        cancel.addClickListener(e -> act(() -> models.cancel(projectId)));
        mode.setLabel("Project members get");
        mode.setItems(SuggestionMode.values());
        mode.setItemLabelGenerator(m -> switch (m) {
            case AUTO -> "the better of rules and learned model";
            case RULES -> "the attribution rules";
            case LEARNED -> "the learned model";
            case OFF -> "no suggestions";
        });
        mode.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                act(() -> models.setMode(projectId, e.getValue()));
            }
        });
        progress.setWidth("20em");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        curve.setAlt("Learning curve");
        acceptance.addColumn(Map.Entry::getKey).setHeader("Label");
        acceptance.addColumn(e -> e.getValue().accepted()).setHeader("Accepted");
        acceptance.addColumn(e -> e.getValue().rejected()).setHeader("Rejected");
        acceptance.addColumn(e -> LearningCurveSvg.fmt(e.getValue().rate())).setHeader("Acceptance rate");
        acceptance.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ProjectSummary project = ProjectPage.open(event, projects, this, ProjectRole.ANNOTATOR, "Suggestions").orElse(null);
        if (project == null) {
            return;
        }
        projectId = project.id();
        title = "Suggestions · " + project.name();
        train.setVisible(project.role().atLeast(ProjectRole.CURATOR));
        cancel.setVisible(false);
        mode.setReadOnly(project.role() != ProjectRole.OWNER);
        HorizontalLayout actions = new HorizontalLayout(train, cancel, progress, step);
        actions.setAlignItems(Alignment.CENTER);
        add(Links.to("projects/" + projectId, "← " + project.name()), new H2("Suggestions"), summary, mode, actions,
                problem, new H3("On gold documents the model never saw"), evaluation, new H3("Learning curve"), curve,
                new H3("What reviewers accept"), acceptance);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // the UI outlives this page: its poll listener must not keep refreshing a page no longer shown
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
    }

    private void act(Runnable action) {
        action.run();
        refresh();
    }

    private void refresh() {
        if (projectId == 0) {
            return;
        }
        SuggestionStatus s = models.status(projectId);
        boolean busy = s.state().equals("training") || s.queued();
        getUI().ifPresent(ui -> ui.setPollInterval(busy ? 1000 : -1));
        summary.setText(StatusText.of(s));
        mode.setValue(SuggestionMode.valueOf(s.mode().toUpperCase(java.util.Locale.ROOT)));
        progress.setVisible(busy);
        progress.setValue(Math.max(0, Math.min(1, s.progress())));
        step.setText(s.step());
        cancel.setVisible(busy && train.isVisible());
        problem.setText(s.problem() == null ? "" : s.problem());
        problem.setVisible(s.problem() != null);
        evaluation.show(s);
        evaluation.setVisible(!s.evaluation().isEmpty());
        curve.setVisible(!s.curve().isEmpty());
        if (!s.curve().isEmpty()) {
            Double rules = s.rules() == null || s.rules().get(SpanEvaluation.ALL) == null ? null
                    : s.rules().get(SpanEvaluation.ALL).overlap().f1();
            curve.setSrc("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
                    LearningCurveSvg.of(s.curve(), rules).getBytes(StandardCharsets.UTF_8)));
            curve.setAlt("Learning curve: " + StatusText.curve(s));
        }
        acceptance.setItems(s.acceptance().entrySet());
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
