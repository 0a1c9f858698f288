package org.claimdesk.document.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.claimdesk.document.DocumentListItem;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.ui.DocumentsView;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@ClaimDeskTest
@WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
class DocumentsViewIT extends SpringBrowserlessTest {
    @Autowired
    TestUsers testUsers;
    @Autowired
    DocumentService documents;

    @Test
    @SuppressWarnings("unchecked")
    void pasted_text_is_imported_normalized_and_listed() {
        long project = testUsers.newProject("admin");
        TestUsers.signInAsAdmin();
        navigate(DocumentsView.class, project);
        test($(Button.class).withText("Paste text").single()).click();
        test($(TextField.class).withCaption("Source URL (optional)").single()).setValue("https://example.org/story");
        test($(TextArea.class).withCaption("Text").single()).setValue("Officials deny it.\r\nIt can't. 👩‍💻");
        test($(Button.class).withText("Import").single()).click();

        Grid<DocumentListItem> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        DocumentListItem row = test(grid).getRow(0);
        String normalized = "Officials deny it.\nIt can't. 👩‍💻";
        assertThat(documents.get(row.id()).text()).isEqualTo(normalized);
        assertThat(row.lengthCp()).isEqualTo(normalized.codePointCount(0, normalized.length()));
    }

    @Test
    void the_same_text_again_is_refused_and_the_dialog_stays_open() {
        long project = testUsers.newProject("admin");
        TestUsers.signInAsAdmin();
        navigate(DocumentsView.class, project);
        for (int i = 0; i < 2; i++) {
            test($(Button.class).withText("Paste text").single()).click();
            test($(TextArea.class).withCaption("Text").last()).setValue("Same words twice.");
            test($(Button.class).withText("Import").last()).click();
        }
        assertThat(documents.count(project)).isEqualTo(1);
        assertThat($(Button.class).withText("Import").all()).hasSize(1);
    }
}
