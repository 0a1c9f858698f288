package org.claimdesk.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.annotation.ActivityEntry;
import org.claimdesk.review.ProjectActivity;
import org.claimdesk.base.ui.Links;
import org.claimdesk.project.MemberSummary;
import org.claimdesk.project.ProjectPage;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.project.ProjectSummary;

/**
 * The timeline of changes in a project, or in one document ({@code ?document=ID}), filterable
 * by person.
 */
@Route("projects/:projectId/activity")
@PermitAll
public class ActivityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final String EVERYONE = "Everyone";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final ProjectActivity activity;
    private final ProjectService projects;
    private final Grid<ActivityEntry> grid = new Grid<>();
    private final Select<String> person = new Select<>();
    private String title = "Activity";

    public ActivityView(ProjectActivity activity, ProjectService projects) {
        this.activity = activity;
        this.projects = projects;
        setSizeFull();
        grid.addColumn(e -> WHEN.format(e.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.actor() == null ? "(deleted user)" : e.actor()).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.action() + " " + e.entity()).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ActivityEntry::summary).setHeader("Item").setFlexGrow(2);
        grid.addColumn(ActivityEntry::documentTitle).setHeader("Document").setFlexGrow(1);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("documents/" + e.getItem().documentId())));
        grid.setEmptyStateText("No changes yet.");
        grid.setSizeFull();
        person.setLabel("Person");
        person.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ProjectSummary project = ProjectPage.open(event, projects, this, ProjectRole.VIEWER, "The activity").orElse(null);
        if (project == null) {
            return;
        }
        long projectId = project.id();
        long documentId = event.getLocation().getQueryParameters().getSingleParameter("document")
                .map(ActivityView::parse).orElse(0L);
        title = "Activity · " + project.name();
        List<String> people = new ArrayList<>(List.of(EVERYONE));
        projects.members(projectId).stream().map(MemberSummary::username).forEach(people::add);
        person.setItems(people);
        person.setValue(EVERYONE);
        HorizontalLayout bar = new HorizontalLayout(new H2(documentId == 0 ? "Activity" : "Activity of one document"), person);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(Links.to("projects/" + projectId, "← " + project.name()), bar, grid);
        grid.setItems(q -> activity.timeline(projectId, documentId, actor(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) activity.count(projectId, documentId, actor()));
    }

    private String actor() {
        return EVERYONE.equals(person.getValue()) ? null : person.getValue();
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0L;
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · ClaimDesk";
    }
}
