package org.claimdesk.admin.ui;

import java.util.List;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.base.ConflictException;
import org.claimdesk.base.ForbiddenException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.base.ui.Notifications;
import org.claimdesk.project.MemberSummary;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.project.ProjectSummary;
import org.claimdesk.security.UserService;
import org.claimdesk.security.UserSummary;

/** Users and project membership, for administrators. */
@Route("admin")
@PageTitle("Users & members · ClaimDesk")
@RolesAllowed("ADMIN")
public class AdminView extends VerticalLayout {
    private final UserService users;
    private final ProjectService projects;
    private final Grid<UserSummary> userGrid = new Grid<>();
    private final Grid<MemberSummary> memberGrid = new Grid<>();
    private final ComboBox<UserSummary> member = new ComboBox<>("User");
    private final ComboBox<ProjectSummary> project = new ComboBox<>("Project");

    public AdminView(UserService users, ProjectService projects) {
        this.users = users;
        this.projects = projects;
        add(new H2("Users & members"), new H3("Add a user"), userForm(), userGrid,
                new H3("Add a user to a project"), memberForm(), memberGrid);
        userGrid.addColumn(UserSummary::username).setHeader("Username");
        userGrid.addColumn(UserSummary::displayName).setHeader("Name");
        userGrid.addColumn(u -> u.admin() ? "administrator" : "").setHeader("Global role");
        userGrid.setAllRowsVisible(true);
        memberGrid.addColumn(MemberSummary::username).setHeader("Member");
        memberGrid.addColumn(MemberSummary::displayName).setHeader("Name");
        memberGrid.addColumn(m -> m.role().name()).setHeader("Role");
        memberGrid.setAllRowsVisible(true);
        refresh();
    }

    private FormLayout userForm() {
        TextField username = new TextField("Username");
        TextField displayName = new TextField("Display name");
        PasswordField password = new PasswordField("Password (8+ characters)");
        Checkbox admin = new Checkbox("Administrator");
        Button add = new Button("Add user", e -> {
            try {
                UserSummary u = users.createUser(username.getValue(), password.getValue(), displayName.getValue(),
                        admin.getValue());
                Notifications.info("User '" + u.username() + "' added.");
                username.clear();
                displayName.clear();
                password.clear();
                admin.clear();
                refresh();
            } catch (InvalidInputException | ConflictException | ForbiddenException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new FormLayout(username, displayName, password, admin, add);
    }

    private FormLayout memberForm() {
        project.setItemLabelGenerator(ProjectSummary::name);
        member.setItemLabelGenerator(u -> u.username() + " (" + u.displayName() + ")");
        Select<ProjectRole> role = new Select<>();
        role.setLabel("Role");
        role.setItems(ProjectRole.values());
        role.setValue(ProjectRole.ANNOTATOR);
        project.addValueChangeListener(e -> showMembers());
        Button add = new Button("Add to project", e -> {
            if (project.getValue() == null || member.getValue() == null) {
                Notifications.error("Choose a project and a user.");
                return;
            }
            try {
                projects.setMember(project.getValue().id(), member.getValue().username(), role.getValue());
                Notifications.info(member.getValue().username() + " is now " + role.getValue() + " of "
                        + project.getValue().name() + ".");
                showMembers();
            } catch (InvalidInputException | NotFoundException | ForbiddenException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new FormLayout(project, member, role, add);
    }

    private void showMembers() {
        memberGrid.setItems(project.getValue() == null ? List.of() : projects.members(project.getValue().id()));
    }

    private void refresh() {
        userGrid.setItems(users.all());
        member.setItems(users.all());
        project.setItems(projects.allProjectsForAdmin());
    }
}
