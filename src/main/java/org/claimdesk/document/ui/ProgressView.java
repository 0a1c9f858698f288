package org.claimdesk.document.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;
import org.claimdesk.base.ui.Links;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.ProgressRow;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectPage;
import org.claimdesk.project.ProjectService;
import org.claimdesk.project.ProjectSummary;

/** Documents by annotators: who has finished what. For curators and owners. */
@Route("projects/:projectId/progress")
@PermitAll
public class ProgressView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final DocumentService documents;
    private final ProjectService projects;
    private String title = "Progress";

    public ProgressView(DocumentService documents, ProjectService projects) {
        this.documents = documents;
        this.projects = projects;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ProjectSummary project = ProjectPage.open(event, projects, this, ProjectRole.CURATOR, "The progress matrix").orElse(null);
        if (project == null) {
            return;
        }
        long projectId = project.id();
        title = "Progress · " + project.name();
        Map<Long, String> annotators = new LinkedHashMap<>();
        projects.members(projectId).stream().filter(m -> m.role() != ProjectRole.VIEWER)
                .forEach(m -> annotators.put(m.userId(), m.username()));
        Grid<ProgressRow> grid = new Grid<>();
        grid.addColumn(ProgressRow::title).setHeader("Document").setFlexGrow(2).setFrozen(true);
        for (String name : annotators.values()) {
            grid.addColumn(r -> cell(r.byAnnotator().get(name))).setHeader(name).setAutoWidth(true);
        }
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("documents/" + e.getItem().documentId())));
        grid.setSizeFull();
        grid.setItems(q -> documents.progress(projectId, annotators, q.getPage(), q.getPageSize()).stream(),
                q -> (int) documents.count(projectId));
        add(Links.to("projects/" + projectId, "← " + project.name()), new H2("Progress"), grid);
    }

    private static String cell(ProgressRow.Cell c) {
        if (c == null) {
            return "";
        }
        String state = switch (c.state()) {
            case NEW -> "–";
            case IN_PROGRESS -> "in progress";
            case FINISHED -> "✓ finished";
        };
        return state + (c.spans() > 0 ? " · " + c.spans() + " spans" : "");
    }

    @Override
    public String getPageTitle() {
        return title + " · ClaimDesk";
    }
}
