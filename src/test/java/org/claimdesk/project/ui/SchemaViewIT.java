package org.claimdesk.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.claimdesk.project.SchemaDocument;
import org.claimdesk.project.SchemaService;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.Team;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@ClaimDeskTest
@WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
class SchemaViewIT extends SpringBrowserlessTest {
    @Autowired
    TestUsers testUsers;
    @Autowired
    SchemaService schemas;

    @Test
    @SuppressWarnings("unchecked")
    void an_owner_adds_a_label_with_its_key_and_writes_guidelines_and_the_schema_is_saved() {
        Team team = testUsers.team().owner("owner").create().signInAs("owner");
        UI.getCurrent().navigate("projects/" + team.project() + "/schema");
        Grid<SchemaRows.LabelRow> labels = $(Grid.class).first();
        assertThat(test(labels).size()).isEqualTo(3);
        test($(Button.class).withText("Add a label").single()).click();
        assertThat(test(labels).size()).isEqualTo(4);
        ((TextField) test(labels).getCellComponent(3, 1)).setValue("QUOTE");
        ((TextField) test(labels).getCellComponent(3, 2)).setValue("q");
        ((Select<String>) test(labels).getCellComponent(3, 4)).setValue("claim");
        $(TextArea.class).single().setValue("# Quotes\n\nTag **direct** quotes.");
        test($(Button.class).withText("Save the schema").single()).click();

        SchemaDocument saved = schemas.document(team.project());
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.labels()).anySatisfy(l -> {
            assertThat(l.name()).isEqualTo("QUOTE");
            assertThat(l.shortcut()).isEqualTo("q");
            assertThat(l.role()).isEqualTo("claim");
        });
        assertThat(saved.guidelines()).contains("**direct**");
    }

    @Test
    void a_viewer_reads_the_schema_without_editing_it_and_is_told_what_it_lacks() {
        Team team = testUsers.team().owner("owner").viewers("v").create().signInAs("v");
        UI.getCurrent().navigate("projects/" + team.project() + "/schema");
        assertThat($(Button.class).withText("Save the schema").all()).isEmpty();
        assertThat($(TextField.class).all()).isEmpty();
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Every fact-check feature works"))
                .anySatisfy(t -> assertThat(t).contains("keeps r a e n x ?"));
    }
}
