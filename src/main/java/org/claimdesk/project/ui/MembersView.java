package org.claimdesk.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
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
import jakarta.annotation.security.PermitAll;
import org.claimdesk.base.ui.Edits;
import org.claimdesk.base.ui.Links;
import org.claimdesk.base.ui.Notifications;
import org.claimdesk.project.MemberSummary;
import org.claimdesk.project.ProjectMembers;
import org.claimdesk.project.ProjectPage;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.project.ProjectSummary;
import org.claimdesk.security.UserSummary;

/**
 * A project's members, for its owners: add a person by name (searched as you type), change a
 * role, remove a member. The rules are the service's: a project keeps an owner, the gold layer's
 * account is never a member, and a removed member's layer stays for curators.
 */
@Route("projects/:projectId/members")
@PermitAll
public class MembersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final ProjectService projects;
    private final ProjectMembers members;
    private final Grid<MemberSummary> grid = new Grid<>();
    private long projectId;
    private String title = "Members";

    public MembersView(ProjectService projects, ProjectMembers members) {
        this.projects = projects;
        this.members = members;
        setSizeFull();
        grid.addColumn(MemberSummary::username).setHeader("User").setAutoWidth(true);
        grid.addColumn(MemberSummary::displayName).setHeader("Name").setFlexGrow(1);
        grid.addComponentColumn(this::roleSelect).setHeader("Role").setAutoWidth(true);
        grid.addComponentColumn(this::removeButton).setHeader("").setAutoWidth(true);
        grid.setEmptyStateText("No members.");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ProjectSummary project = ProjectPage.open(event, projects, this, ProjectRole.OWNER, "Managing members").orElse(null);
        if (project == null) {
            return;
        }
        projectId = project.id();
        title = "Members · " + project.name();
        add(Links.to("projects/" + projectId, "← " + project.name()), new H2("Members"),
                new Paragraph("People are created on the admin page; here they join, change role or leave this"
                        + " project. A removed member's annotations stay, read-only, for curators."),
                addBar(), grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private HorizontalLayout addBar() {
        ComboBox<UserSummary> person = new ComboBox<>("Person");
        person.setItems(q -> members.candidates(projectId, q.getFilter().orElse(""), q.getLimit() + q.getOffset())
                .stream().skip(q.getOffset()));
        person.setItemLabelGenerator(u -> u.username() + (u.displayName().equals(u.username()) ? "" : " · " + u.displayName()));
        person.setPlaceholder("Type a name");
        Select<ProjectRole> role = new Select<>();
        role.setLabel("Role");
        role.setItems(ProjectRole.values());
        role.setValue(ProjectRole.ANNOTATOR);
        Button add = new Button("Add to project", e -> {
            if (person.getValue() == null) {
                Notifications.error("Choose a person first.");
                return;
            }
            String name = person.getValue().username();
            if (Edits.attempt(() -> members.set(projectId, name, role.getValue()), this::refresh)) {
                Notifications.info(name + " is " + role.getValue() + ".");
                person.clear();
                refresh();
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(person, role, add);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    // a refused or stale change is followed by the refresh below either way, so it asks for none
    private Select<ProjectRole> roleSelect(MemberSummary m) {
        Select<ProjectRole> role = new Select<>();
        role.setItems(ProjectRole.values());
        role.setValue(m.role());
        role.setAriaLabel("Role of " + m.username());
        role.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue() != m.role()) {
                if (Edits.attempt(() -> members.changeRole(projectId, m.username(), e.getValue()), () -> { })) {
                    Notifications.info(m.username() + " is " + e.getValue() + ".");
                }
                refresh();
            }
        });
        return role;
    }

    private Button removeButton(MemberSummary m) {
        Button remove = new Button("Remove", e -> {
            if (Edits.attempt(() -> members.remove(projectId, m.username()), () -> { })) {
                Notifications.info(m.username() + " left the project; their annotations stay.");
            }
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove " + m.username());
        return remove;
    }

    private void refresh() {
        grid.setItems(members.list(projectId));
    }

    @Override
    public String getPageTitle() {
        return title + " · ClaimDesk";
    }
}
