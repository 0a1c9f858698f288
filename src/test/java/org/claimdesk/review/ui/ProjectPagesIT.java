package org.claimdesk.review.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.IntStream;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import org.claimdesk.annotation.ActivityEntry;
import org.claimdesk.annotation.OwnLayerEditing;
import org.claimdesk.annotation.LayerReader;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.SpanOrigin;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.NewDocument;
import org.claimdesk.document.ProgressRow;
import org.claimdesk.document.ui.ProgressView;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.review.AgreementReport;
import org.claimdesk.review.CurationCandidate;
import org.claimdesk.review.ui.AgreementView;
import org.claimdesk.review.ui.CurationView;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The project pages for curators: activity, progress, agreement, curation. */
@ClaimDeskTest
@WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
class ProjectPagesIT extends SpringBrowserlessTest {
    @Autowired
    TestUsers testUsers;
    @Autowired
    DocumentService documents;
    @Autowired
    OwnLayerEditing annotations;
    @Autowired
    LayerReader layers;
    @Autowired
    ProjectService projects;

    long project;
    String b;
    DocumentContent doc;

    @BeforeEach
    void twoAnnotatorsTagged() {
        String a = testUsers.newUser("a").username();
        b = testUsers.newUser("b").username();
        project = testUsers.newProject("admin", a, ProjectRole.ANNOTATOR, b, ProjectRole.ANNOTATOR);
        doc = documents.importDocument(project, NewDocument.of("Pages", "Talks are on. Krutskikh said.", null));
        for (String who : List.of(a, b)) {
            TestUsers.signIn(who);
            annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(0, 13)), SpanOrigin.MANUAL);
        }
        TestUsers.signInAsAdmin();
    }

    @Test
    @SuppressWarnings("unchecked")
    void activity_lists_the_changes_of_the_project() {
        navigate("projects/" + project + "/activity", ActivityView.class);
        Grid<ActivityEntry> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getRow(0).summary()).isEqualTo("CLAIM · Talks are on.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void progress_shows_a_row_per_document() {
        navigate("projects/" + project + "/progress", ProgressView.class);
        Grid<ProgressRow> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).byAnnotator().values()).anySatisfy(c -> assertThat(c.spans()).isEqualTo(1));
    }

    @Test
    @SuppressWarnings("unchecked")
    void agreement_shows_the_pair_of_annotators() {
        navigate("projects/" + project + "/agreement", AgreementView.class);
        Grid<AgreementReport.Pair> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).spanF1Exact()).isEqualTo(1.0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void curation_merges_the_agreed_claim_into_gold() {
        navigate("curation/" + doc.id(), CurationView.class);
        test($(Button.class).withText("Merge agreed spans into gold").single()).click();
        Grid<CurationCandidate> grid = $(Grid.class).single();
        assertThat(test(grid).getRow(0).inGold()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void curation_marks_the_disputed_stretch_and_the_curator_edits_it_into_gold() {
        TestUsers.signIn(b);
        annotations.createSpan(doc.id(), "ATTRIBUTION", List.of(new Fragment(14, 23)), SpanOrigin.MANUAL);
        TestUsers.signInAsAdmin();
        navigate("curation/" + doc.id(), CurationView.class);

        Span disputed = $(Span.class).all().stream()
                .filter(s -> s.getElement().hasAttribute("data-disputed")).findFirst().orElseThrow();
        assertThat(disputed.getText()).isEqualTo("Krutskikh");
        test(disputed).click();
        Grid<CurationCandidate> grid = $(Grid.class).single();
        assertThat(test(grid).getSelected()).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("Krutskikh"));
        int row = IntStream.range(0, test(grid).size())
                .filter(i -> test(grid).getRow(i).text().equals("Krutskikh")).findFirst().orElseThrow();
        test((Button) test(grid).getCellComponent(row, 5).getChildren()
                .filter(c -> c instanceof Button b && "Edit".equals(b.getText())).findFirst().orElseThrow()).click();
        test($(TextField.class).withCaption("End").single()).setValue("28");
        assertThat($(Paragraph.class).withText("“Krutskikh said”").all()).hasSize(1);
        test($(Button.class).withText("Accept into gold").single()).click();

        assertThat(IntStream.range(0, test(grid).size()).filter(i -> !test(grid).getRow(i).modelOnly()).count())
                .as("people's candidates; the rules' proposals are rows of their own").isEqualTo(3);
        assertThat(layers.allLayers(doc.id()).stream().filter(s -> s.annotator().equals("gold"))
                .map(s -> s.label() + " " + s.text())).containsExactly("ATTRIBUTION Krutskikh said");
        assertThat($(Span.class).all().stream().filter(s -> s.getElement().hasAttribute("data-gold"))
                .map(Span::getText)).containsExactly("Krutskikh", " said");
    }

    @Test
    void an_annotator_is_told_the_curator_pages_are_not_for_them() {
        String c = testUsers.newUser("c").username();
        projects.setMember(project, c, ProjectRole.ANNOTATOR);
        TestUsers.signIn(c);
        navigate("projects/" + project + "/agreement", AgreementView.class);
        assertThat($(H2.class).withText("Agreement is not available").all()).hasSize(1);
    }
}
