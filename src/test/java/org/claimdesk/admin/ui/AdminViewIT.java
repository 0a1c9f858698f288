package org.claimdesk.admin.ui;

import org.assertj.core.groups.Tuple;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.claimdesk.admin.ui.AdminView;
import org.claimdesk.project.MemberSummary;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.project.ProjectSummary;
import org.claimdesk.security.UserSummary;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@ClaimDeskTest
@WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
class AdminViewIT extends SpringBrowserlessTest {
    @Autowired
    ProjectService projects;

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_adds_a_user_and_makes_them_annotator_of_a_project() {
        AdminView view = navigate(AdminView.class);
        String name = TestUsers.unique("newbie");
        test($(TextField.class, view).withCaption("Username").single()).setValue(name);
        test($(TextField.class, view).withCaption("Display name").single()).setValue("New Bie");
        test($(PasswordField.class, view).single()).setValue("long-enough-1");
        test($(Button.class, view).withText("Add user").single()).click();

        Grid<UserSummary> users = $(Grid.class, view).first();
        assertThat(users.getGenericDataView().getItems().map(UserSummary::username)).contains(name);

        ComboBox<ProjectSummary> project = $(ComboBox.class, view).withCaption("Project").single();
        ComboBox<UserSummary> user = $(ComboBox.class, view).withCaption("User").single();
        ProjectSummary demo = projects.allProjectsForAdmin().stream().filter(p -> p.name().equals("Demo")).findFirst().orElseThrow();
        project.setValue(demo);
        user.setValue(users.getGenericDataView().getItems().filter(u -> u.username().equals(name)).findFirst().orElseThrow());
        test($(Button.class, view).withText("Add to project").single()).click();

        assertThat(projects.members(demo.id())).extracting(MemberSummary::username, MemberSummary::role)
                .contains(Tuple.tuple(name, ProjectRole.ANNOTATOR));
    }

    @Test
    void a_short_password_is_refused_and_no_user_is_added() {
        AdminView view = navigate(AdminView.class);
        long before = $(Grid.class, view).first().getGenericDataView().getItems().count();
        test($(TextField.class, view).withCaption("Username").single()).setValue(TestUsers.unique("shorty"));
        test($(PasswordField.class, view).single()).setValue("short");
        test($(Button.class, view).withText("Add user").single()).click();
        assertThat($(Grid.class, view).first().getGenericDataView().getItems().count()).isEqualTo(before);
    }
}
