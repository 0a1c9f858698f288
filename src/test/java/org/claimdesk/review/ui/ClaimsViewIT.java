package org.claimdesk.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.claimdesk.annotation.OwnLayerEditing;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.SpanOrigin;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.NewDocument;
import org.claimdesk.review.ClaimRow;
import org.claimdesk.review.ui.ClaimsView;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@ClaimDeskTest
@WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
class ClaimsViewIT extends SpringBrowserlessTest {
    @Autowired
    TestUsers testUsers;
    @Autowired
    DocumentService documents;
    @Autowired
    OwnLayerEditing annotations;

    @Test
    @SuppressWarnings("unchecked")
    void lists_the_claims_of_a_project_and_searches_them() {
        long project = testUsers.newProject("admin");
        DocumentContent doc = documents.importDocument(project, NewDocument.of("Talks",
                "Moscow and Washington are in negotiations. It can't happen.", null));
        annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(0, 41)), SpanOrigin.MANUAL);
        annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(43, 58)), SpanOrigin.MANUAL);
        TestUsers.signInAsAdmin();

        navigate("projects/" + project + "/claims", ClaimsView.class);
        Grid<ClaimRow> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(2);
        test($(TextField.class).single()).setValue("Washington");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).text()).isEqualTo("Moscow and Washington are in negotiations");
    }
}
