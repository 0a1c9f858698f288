package org.claimdesk.dataset.ui;

import org.claimdesk.project.ProjectService;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import org.claimdesk.dataset.FormatSupport;
import org.claimdesk.dataset.ui.DatasetsView;
import org.claimdesk.document.DocumentService;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The datasets page: an import with its report, then an export offered for download. */
@ClaimDeskTest
@WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
class DatasetsViewIT extends SpringBrowserlessTest {
    @Autowired
    TestUsers testUsers;
    @Autowired
    DocumentService documents;
    @Autowired
    ProjectService projects;

    long project;
    String annotator;

    @BeforeEach
    void project() {
        annotator = testUsers.newUser("a").username();
        project = testUsers.newProject("admin", annotator, ProjectRole.ANNOTATOR);
        TestUsers.signInAsAdmin();
    }

    @Test
    @SuppressWarnings("unchecked")
    void imports_a_jsonl_file_with_a_report_then_exports_it_for_download() {
        navigate("projects/" + project + "/datasets", DatasetsView.class);
        String lines = "{\"id\":\"one\",\"text\":\"Alpha said so.\",\"spans\":[{\"label\":\"CLAIM\",\"start\":0,\"end\":5}]}\n"
                + "{\"text\":\"Broken\",\"spans\":[{\"label\":\"CLAIM\",\"start\":0,\"end\":99}]}\n";
        test($(Upload.class).single()).upload("corpus.jsonl", "application/jsonl", lines.getBytes(StandardCharsets.UTF_8));
        waitFor(() -> $(Button.class).withText("Import corpus.jsonl").all().size() == 1);
        Select<String> layer = $(Select.class).withCaption("Annotations go into the layer of").single();
        test(layer).selectItem("gold");
        test($(Button.class).withText("Import corpus.jsonl").single()).click();
        waitFor(() -> $(Paragraph.class).all().stream().anyMatch(p -> p.getText().contains("documents created")));
        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText).filter(t -> t.contains("documents created")))
                .singleElement().asString().contains("1 documents created").contains("1 spans").contains("1 problems");
        TestUsers.signInAsAdmin();
        assertThat(documents.count(project)).isEqualTo(1);

        Select<FormatSupport> format = $(Select.class).withCaption("Format").first();
        test(format).selectItem("CoNLL 2003 (IOB2) (conll)");
        test($(Button.class).withText("Export").single()).click();
        waitFor(() -> !$(Anchor.class).all().stream().filter(a -> a.getText().startsWith("Download")).toList().isEmpty());
        assertThat($(Anchor.class).all().stream().map(Anchor::getText).filter(t -> t.startsWith("Download")))
                .singleElement().asString().endsWith("-gold-conll.zip");
    }

    @Test
    @SuppressWarnings("unchecked")
    void labels_the_project_lacks_are_mapped_in_a_second_step() {
        navigate("projects/" + project + "/datasets", DatasetsView.class);
        String line = "{\"text\":\"Gamma said so.\",\"spans\":[{\"label\":\"PER\",\"start\":0,\"end\":5}]}\n";
        test($(Upload.class).single()).upload("people.jsonl", "application/jsonl", line.getBytes(StandardCharsets.UTF_8));
        waitFor(() -> $(Button.class).withText("Import people.jsonl").all().size() == 1);
        test($(Button.class).withText("Import people.jsonl").single()).click();
        waitFor(() -> $(Button.class).withText("Import again with this mapping").all().size() == 1);
        Select<String> per = $(Select.class).withCaption("PER →").single();
        test(per).selectItem("ATTRIBUTION");
        test($(Button.class).withText("Import again with this mapping").single()).click();
        waitFor(() -> $(Paragraph.class).all().stream().anyMatch(p -> p.getText().contains("1 documents created")));
        assertThat($(Button.class).withText("Import again with this mapping").all()).isEmpty();
    }

    @Test
    void a_viewer_is_told_the_page_is_not_for_them() {
        String viewer = testUsers.newUser("v").username();
        projects.setMember(project, viewer, ProjectRole.VIEWER);
        TestUsers.signIn(viewer);
        navigate("projects/" + project + "/datasets", DatasetsView.class);
        assertThat($(H2.class).withText("Datasets is not available").all()).hasSize(1);
        assertThat($(Upload.class).all()).isEmpty();
    }

    private void waitFor(BooleanSupplier condition) {
        long until = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("timed out waiting for the page");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            roundTrip();
        }
    }
}
