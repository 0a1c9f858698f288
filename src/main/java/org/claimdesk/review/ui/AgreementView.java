package org.claimdesk.review.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimdesk.base.ui.Links;
import org.claimdesk.project.LabelDefinition;
import org.claimdesk.project.ProjectPage;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.project.ProjectSummary;
import org.claimdesk.review.AgreementCsv;
import org.claimdesk.review.AgreementReport;
import org.claimdesk.review.AgreementService;
import org.jspecify.annotations.Nullable;

/** The agreement matrix of a project: overall figures and one row per pair of annotators. */
@Route("projects/:projectId/agreement")
@PermitAll
public class AgreementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final String ALL = "All labels";

    private final AgreementService agreement;
    private final ProjectService projects;
    private final Grid<AgreementReport.Pair> grid = new Grid<>();
    private final Select<String> label = new Select<>();
    private final Checkbox withoutSuggested = new Checkbox("Leave out spans accepted from suggestions");
    private final Paragraph summary = new Paragraph();
    private final Paragraph notes = new Paragraph();
    private final HorizontalLayout download = new HorizontalLayout();
    private String title = "Agreement";
    private long projectId;

    public AgreementView(AgreementService agreement, ProjectService projects) {
        this.agreement = agreement;
        this.projects = projects;
        setSizeFull();
        grid.addColumn(AgreementReport.Pair::a).setHeader("Annotator A");
        grid.addColumn(AgreementReport.Pair::b).setHeader("Annotator B");
        grid.addColumn(p -> fmt(p.cohenKappa())).setHeader("Cohen's kappa");
        grid.addColumn(p -> fmt(p.spanF1Exact())).setHeader("Span F1 (exact)");
        grid.addColumn(p -> fmt(p.spanF1Overlap())).setHeader("Span F1 (overlap)");
        grid.setAllRowsVisible(true);
        notes.addClassName("cd-muted");
        label.setLabel("Label");
        label.addValueChangeListener(e -> refresh());
        withoutSuggested.setTooltipText("So that people are not credited with a model's agreement with itself");
        withoutSuggested.addValueChangeListener(e -> refresh());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ProjectSummary project = ProjectPage.open(event, projects, this, ProjectRole.CURATOR, "Agreement").orElse(null);
        if (project == null) {
            return;
        }
        projectId = project.id();
        title = "Agreement · " + project.name();
        List<String> labels = new ArrayList<>(List.of(ALL));
        projects.schema(projectId).spanLabels().stream().map(LabelDefinition::name).forEach(labels::add);
        label.setItems(labels);
        HorizontalLayout bar = new HorizontalLayout(new H2("Inter-annotator agreement"), label, withoutSuggested,
                download);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(Links.to("projects/" + projectId, "← " + project.name()), bar, summary, grid, notes,
                new Paragraph("Definitions: docs/agreement.md in the repository."));
        label.setValue(ALL);
    }

    private void refresh() {
        String chosen = ALL.equals(label.getValue()) ? null : label.getValue();
        AgreementReport r = agreement.agreement(projectId, chosen, null, withoutSuggested.getValue());
        summary.setText("Annotators: " + String.join(", ", r.annotators()) + " · Krippendorff's alpha (unitizing): "
                + fmt(r.alphaU()) + " · Fleiss' kappa: " + fmt(r.fleissKappa()));
        grid.setItems(r.pairs());
        notes.setText(String.join(" ", r.notes()));
        byte[] csv = AgreementCsv.of(r).getBytes(StandardCharsets.UTF_8);
        download.removeAll();
        download.add(new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(csv),
                "agreement-project-" + projectId + (withoutSuggested.getValue() ? "-without-suggested" : "") + ".csv", "text/csv", csv.length)), "Download CSV"));
    }

    private static String fmt(@Nullable Double d) {
        return d == null ? "n/a" : String.format(Locale.ROOT, "%.3f", d);
    }

    @Override
    public String getPageTitle() {
        return title + " · ClaimDesk";
    }
}
