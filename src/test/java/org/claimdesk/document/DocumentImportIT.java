package org.claimdesk.document;

import java.util.LinkedHashMap;
import java.util.Map;
import org.claimdesk.annotation.LayerProgress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.claimdesk.base.ConflictException;
import org.claimdesk.base.ForbiddenException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.project.ProjectSummary;
import org.claimdesk.security.UserSummary;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ClaimDeskTest
class DocumentImportIT {
    @Autowired
    TestUsers testUsers;
    @Autowired
    DocumentService documents;
    @Autowired
    ProjectService projects;

    @Test
    void the_seed_article_is_in_the_demo_project_owned_by_admin() {
        TestUsers.signInAsAdmin();
        ProjectSummary demo = projects.myProjects().stream().filter(p -> p.name().equals("Demo")).findFirst().orElseThrow();
        assertThat(demo.role()).isEqualTo(ProjectRole.OWNER);
        assertThat(documents.list(demo.id(), 0, 50)).extracting(DocumentListItem::title)
                .contains("Russia Says In Talks With U.S. On Creating Cybersecurity Workgroup");
        assertThat(projects.schema(demo.id()).spanLabels()).hasSize(3);
    }

    @Test
    void the_same_text_twice_is_refused_by_its_hash_even_with_other_line_breaks() {
        UserSummary owner = testUsers.newUser("owner");
        long project = testUsers.newProject(owner.username());
        documents.importDocument(project, NewDocument.of("One", "Line one\nLine two", null));
        assertThatThrownBy(() -> documents.importDocument(project, NewDocument.of("Two", "Line one\r\nLine two", null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already in the project");
        assertThat(documents.count(project)).isEqualTo(1);
    }

    @Test
    void bad_input_is_refused_with_a_clear_message() {
        UserSummary owner = testUsers.newUser("owner");
        long project = testUsers.newProject(owner.username());
        assertThatThrownBy(() -> documents.importDocument(project, NewDocument.of("x", "   ", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> documents.importDocument(project, NewDocument.of("x", "text", "javascript:alert(1)")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("http(s)");
        assertThat(documents.count(project)).isZero();
    }

    @Autowired
    LayerProgress progress;

    @Test
    void the_progress_matrix_shows_each_annotators_state_and_is_for_curators() {
        UserSummary owner = testUsers.newUser("owner");
        UserSummary annotator = testUsers.newUser("annotator");
        long project = testUsers.newProject(owner.username(), annotator.username(), ProjectRole.ANNOTATOR);
        DocumentContent doc = documents.importDocument(project, NewDocument.of("One", "Some words here.", null));
        TestUsers.signIn(annotator.username());
        progress.setMyState(doc.id(), AnnotationState.FINISHED);
        assertThatThrownBy(() -> documents.progress(project, Map.of(annotator.id(), annotator.username()), 0, 10))
                .isInstanceOf(ForbiddenException.class);
        TestUsers.signIn(owner.username());
        Map<Long, String> who = new LinkedHashMap<>();
        who.put(owner.id(), owner.username());
        who.put(annotator.id(), annotator.username());
        ProgressRow row = documents.progress(project, who, 0, 10).getFirst();
        assertThat(row.byAnnotator().get(annotator.username()).state()).isEqualTo(AnnotationState.FINISHED);
        assertThat(row.byAnnotator().get(owner.username()).state()).isEqualTo(AnnotationState.NEW);
    }

    @Test
    void annotators_cannot_import() {
        UserSummary owner = testUsers.newUser("owner");
        UserSummary annotator = testUsers.newUser("annotator");
        long project = testUsers.newProject(owner.username(), annotator.username(), ProjectRole.ANNOTATOR);
        TestUsers.signIn(annotator.username());
        assertThatThrownBy(() -> documents.importDocument(project, NewDocument.of("x", "text", null)))
                .isInstanceOf(ForbiddenException.class);
    }
}
