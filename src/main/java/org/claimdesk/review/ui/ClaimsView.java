package org.claimdesk.review.ui;

import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.base.ui.Links;
import org.claimdesk.project.ProjectPage;
import org.claimdesk.project.ProjectService;
import org.claimdesk.project.ProjectSummary;
import org.claimdesk.review.ClaimFilter;
import org.claimdesk.review.ClaimRow;
import org.claimdesk.review.ReviewService;
import org.claimdesk.review.SourceEntity;
import org.claimdesk.review.SourceService;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.Notifications;
import org.claimdesk.project.ProjectRole;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;

/** Every claim of a project in one table: source, denials, verdict; filtered and sorted in the database. */
@Route("projects/:projectId/claims")
@PermitAll
public class ClaimsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final String ANY = "Any verdict";
    private static final String UNRATED = "Not rated";
    private static final String ANY_SOURCE = "Any source";

    private final ReviewService reviews;
    private final ProjectService projects;
    private final Grid<ClaimRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<String> verdict = new Select<>();
    private final Select<String> source = new Select<>();
    private final SourceService sources;
    private String title = "Claims";
    private long projectId;

    public ClaimsView(ReviewService reviews, ProjectService projects, SourceService sources) {
        this.sources = sources;
        this.reviews = reviews;
        this.projects = projects;
        setSizeFull();
        search.setPlaceholder("Search claims");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        verdict.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        source.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addColumn(ClaimRow::text).setHeader("Claim").setKey("TEXT").setSortable(true).setFlexGrow(3);
        grid.addColumn(r -> r.sourceEntities() == null ? "" : r.sourceEntities()).setHeader("Source")
                .setKey("SOURCE").setSortable(true).setFlexGrow(1);
        grid.addColumn(r -> r.sources() == null ? "" : r.sources()).setHeader("Attributed to").setFlexGrow(2);
        grid.addColumn(ClaimRow::denials).setHeader("Denials").setKey("DENIALS").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.verdict() == null ? "" : r.verdict()).setHeader("Verdict").setKey("VERDICT").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.reviewer() == null ? "" : r.reviewer()).setHeader("Reviewer").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ClaimRow::annotator).setHeader("Tagged by").setKey("ANNOTATOR").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ClaimRow::documentTitle).setHeader("Document").setKey("DOCUMENT").setSortable(true).setFlexGrow(1);
        grid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate("documents/" + e.getItem().documentId() + "?span=" + e.getItem().spanId())));
        grid.setEmptyStateText("No claims yet. Tag a CLAIM (key 1) in a document.");
        grid.setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ProjectSummary project = ProjectPage.open(event, projects, this, ProjectRole.VIEWER, "The claims table").orElse(null);
        if (project == null) {
            return;
        }
        projectId = project.id();
        title = "Claims · " + project.name();
        List<String> verdicts = new ArrayList<>(List.of(ANY, UNRATED));
        verdicts.addAll(projects.ratingScale(projectId));
        verdict.setItems(verdicts);
        verdict.setValue(ANY);
        List<String> names = new ArrayList<>(List.of(ANY_SOURCE));
        List<SourceEntity> known = sources.sources(projectId);
        known.forEach(s -> names.add(s.name()));
        source.setItems(names);
        source.setValue(ANY_SOURCE);
        HorizontalLayout bar = new HorizontalLayout(new H2("Claims"), search, verdict, source);
        if (project.role().atLeast(ProjectRole.CURATOR) && known.size() > 1) {
            bar.add(mergeControls(known));
        }
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(Links.to("projects/" + projectId, "← " + project.name()), bar, grid);
        grid.setItems(q -> reviews.claims(projectId, filter(q.getSortOrders()), q.getOffset(), q.getLimit()).stream(),
                q -> (int) reviews.countClaims(projectId, filter(q.getSortOrders())));
    }

    private ClaimFilter filter(List<QuerySortOrder> orders) {
        ClaimFilter.Sort sort = ClaimFilter.Sort.DOCUMENT;
        boolean descending = false;
        if (!orders.isEmpty()) {
            sort = ClaimFilter.Sort.valueOf(orders.getFirst().getSorted());
            descending = orders.getFirst().getDirection() == SortDirection.DESCENDING;
        }
        String v = verdict.getValue();
        String verdictFilter = v == null || ANY.equals(v) ? null : UNRATED.equals(v) ? "none" : v;
        String s = source.getValue();
        return new ClaimFilter(search.getValue(), verdictFilter, s == null || ANY_SOURCE.equals(s) ? null : s, sort, descending);
    }

    /** Curators merge two sources that are the same speaker ("Krutskikh" into "Andrei Krutskikh"). */
    private HorizontalLayout mergeControls(List<SourceEntity> known) {
        ComboBox<SourceEntity> from = new ComboBox<>("Merge source");
        ComboBox<SourceEntity> into = new ComboBox<>("into");
        for (ComboBox<SourceEntity> box : List.of(from, into)) {
            box.setItems(known);
            box.setItemLabelGenerator(s -> s.name() + " (" + s.attributions() + ")");
        }
        Button merge = new Button("Merge", e -> {
            if (from.getValue() == null || into.getValue() == null) {
                Notifications.error("Choose both sources.");
                return;
            }
            try {
                sources.merge(projectId, from.getValue().id(), into.getValue().id());
                Notifications.info("Merged '" + from.getValue().name() + "' into '" + into.getValue().name() + "'.");
                UI.getCurrent().refreshCurrentRoute(false);
            } catch (InvalidInputException | NotFoundException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        HorizontalLayout controls = new HorizontalLayout(from, into, merge);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        return controls;
    }

    @Override
    public String getPageTitle() {
        return title + " · ClaimDesk";
    }

}
