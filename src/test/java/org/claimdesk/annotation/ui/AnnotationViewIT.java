package org.claimdesk.annotation.ui;

import com.vaadin.flow.component.html.H4;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.ui.AnnotationView;
import org.claimdesk.annotation.ui.SpanEditor;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.NewDocument;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The annotation view's logic, driven as the browser component would drive it. */
@ClaimDeskTest
@WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
class AnnotationViewIT extends SpringBrowserlessTest {
    @Autowired
    TestUsers testUsers;
    @Autowired
    DocumentService documents;

    DocumentContent doc;

    @BeforeEach
    void document() {
        long project = testUsers.newProject("admin");
        doc = documents.importDocument(project, NewDocument.of("Talks",
                "Moscow and Washington are in negotiations, Krutskikh said. It can't.", null));
    }

    @Test
    void opens_by_deep_link_with_the_editor_and_the_title() {
        AnnotationView view = navigate("documents/" + doc.id(), AnnotationView.class);
        assertThat(view.getPageTitle()).startsWith("Talks");
        assertThat($(SpanEditor.class).all()).hasSize(1);
        assertThat($(H2.class).withText("Talks").all()).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void tagging_deleting_and_undo_update_the_span_list() {
        AnnotationView view = navigate("documents/" + doc.id(), AnnotationView.class);
        Grid<SpanDto> list = $(Grid.class).single();

        SpanDto claim = view.actions().createSpan("CLAIM", List.of(new Fragment(0, 41)));
        assertThat(claim).isNotNull();
        assertThat(claim.text()).isEqualTo("Moscow and Washington are in negotiations");
        assertThat(test(list).size()).isEqualTo(1);

        view.actions().deleteSpan(claim.id());
        assertThat(test(list).size()).isZero();

        view.actions().undo();
        assertThat(test(list).size()).isEqualTo(1);
        assertThat(test(list).getRow(0).text()).isEqualTo(claim.text());

        view.actions().redo();
        assertThat(test(list).size()).isZero();
    }

    @Test
    void selecting_a_claim_shows_its_verdict_form() {
        AnnotationView view = navigate("documents/" + doc.id(), AnnotationView.class);
        SpanDto claim = view.actions().createSpan("CLAIM", List.of(new Fragment(0, 41)));
        view.actions().spanSelected(claim.id());
        assertThat($(H4.class).withText("Verdict").all()).hasSize(1);
        SpanDto source = view.actions().createSpan("ATTRIBUTION", List.of(new Fragment(43, 57)));
        view.actions().spanSelected(source.id());
        assertThat($(H4.class).withText("Verdict").all()).isEmpty();
    }

    @Test
    void an_invalid_span_is_refused_and_nothing_changes() {
        AnnotationView view = navigate("documents/" + doc.id(), AnnotationView.class);
        assertThat(view.actions().createSpan("CLAIM", List.of(new Fragment(5, 500)))).isNull();
        assertThat(view.actions().createSpan("NOPE", List.of(new Fragment(0, 6)))).isNull();
    }

    @Test
    void a_document_of_another_project_is_not_found() {
        TestUsers.signInAsAdmin();
        String stranger = testUsers.newUser("stranger").username();
        long other = testUsers.newProject(stranger);
        DocumentContent hidden = documents.importDocument(other, NewDocument.of("Hidden", "Secret text here.", null));
        TestUsers.signInAsAdmin();
        navigate("documents/" + hidden.id(), AnnotationView.class);
        assertThat($(H2.class).withText("Document not found").all()).hasSize(1);
    }
}
