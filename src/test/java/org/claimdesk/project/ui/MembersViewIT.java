package org.claimdesk.project.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import org.claimdesk.project.MemberSummary;
import org.claimdesk.project.ProjectMembers;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.security.UserSummary;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.Team;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@ClaimDeskTest
@WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
class MembersViewIT extends SpringBrowserlessTest {
    @Autowired
    TestUsers testUsers;
    @Autowired
    ProjectMembers members;

    @Test
    @SuppressWarnings("unchecked")
    void an_owner_adds_a_person_by_name_and_removes_a_member_and_the_last_owner_stays() {
        Team team = testUsers.team().owner("owner").annotators("ann").create();
        UserSummary newcomer = testUsers.newUser("newcomer");
        team.signInAs("owner");
        UI.getCurrent().navigate("projects/" + team.project() + "/members");
        Grid<MemberSummary> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(2);

        ComboBox<UserSummary> person = $(ComboBox.class).single();
        person.setValue(newcomer);
        test($(Button.class).withText("Add to project").single()).click();
        assertThat(grid.getGenericDataView().getItems()).extracting(MemberSummary::username, MemberSummary::role)
                .contains(tuple(newcomer.username(), ProjectRole.ANNOTATOR));

        removeButton(grid, team.name("ann")).click();
        assertThat(grid.getGenericDataView().getItems()).extracting(MemberSummary::username)
                .doesNotContain(team.name("ann"));
        // the last owner cannot leave: refused, and still listed
        removeButton(grid, team.name("owner")).click();
        assertThat(grid.getGenericDataView().getItems()).extracting(MemberSummary::username).contains(team.name("owner"));
    }

    /** The "Remove" button in a member's row (grid cells are rendered on demand, so asked of the grid). */
    private Button removeButton(Grid<MemberSummary> grid, String username) {
        List<MemberSummary> rows = grid.getGenericDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(m -> m.username().equals(username)).findFirst().orElseThrow());
        return (Button) test(grid).getCellComponent(row, 3);
    }

    @Test
    void the_person_search_finds_by_name_in_the_database_never_the_gold_account_and_takes_wildcards_literally() {
        Team team = testUsers.team().owner("owner").create();
        UserSummary findMe = testUsers.newUser("find_me");
        team.signInAs("owner");
        assertThat(members.candidates(team.project(), findMe.username().toUpperCase(), 10))
                .extracting(UserSummary::username).containsExactly(findMe.username());
        assertThat(members.candidates(team.project(), "gold", 50)).extracting(UserSummary::username).doesNotContain("gold");
        assertThat(members.candidates(team.project(), "%_%", 50)).isEmpty();
        assertThat(members.candidates(team.project(), "", 3)).hasSize(3);
    }

    @Test
    void an_annotator_is_told_the_page_is_for_owners() {
        Team team = testUsers.team().owner("owner").annotators("ann").create();
        team.signInAs("ann");
        UI.getCurrent().navigate("projects/" + team.project() + "/members");
        assertThat($(H2.class).all()).extracting(H2::getText).anyMatch(t -> t.contains("not available"));
        assertThat($(Grid.class).all()).isEmpty();
    }
}
