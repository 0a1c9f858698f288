package org.claimdesk.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.claimdesk.project.ProjectSummary;
import org.claimdesk.project.ui.ProjectsView;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

@ClaimDeskTest
@WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
class ProjectsViewIT extends SpringBrowserlessTest {

    @Test
    @SuppressWarnings("unchecked")
    void lists_my_projects_and_creates_a_new_one() {
        navigate(ProjectsView.class);
        Grid<ProjectSummary> grid = $(Grid.class).single();
        int before = test(grid).size();
        assertThat(before).isGreaterThanOrEqualTo(1);

        String name = TestUsers.unique("Newsroom");
        test($(TextField.class).single()).setValue(name);
        test($(Button.class).withText("Create project").single()).click();

        assertThat(test(grid).size()).isEqualTo(before + 1);
    }

    @Test
    void an_empty_name_is_refused_in_the_field() {
        navigate(ProjectsView.class);
        TextField field = $(TextField.class).single();
        test(field).setValue(" ");
        test($(Button.class).withText("Create project").single()).click();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("1 to 200 characters");
    }
}
