package org.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimdesk.admin.ui.AdminView;
import org.claimdesk.review.ui.ActivityView;
import org.claimdesk.annotation.ui.AnnotationView;
import org.claimdesk.dataset.ui.DatasetsView;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.NewDocument;
import org.claimdesk.document.ui.DocumentsView;
import org.claimdesk.document.ui.ProgressView;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ui.MembersView;
import org.claimdesk.project.ui.ProjectsView;
import org.claimdesk.review.ui.AgreementView;
import org.claimdesk.review.ui.ClaimsView;
import org.claimdesk.review.ui.CurationView;
import org.claimdesk.security.ui.ApiTokensView;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import com.vaadin.flow.component.html.Anchor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every view route opened by the project's OWNER, CURATOR, ANNOTATOR and VIEWER and by a
 * non-member: the page either shows, or says it is not available (or not found) and shows nothing
 * of the project.
 */
@ClaimDeskTest
@WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
class ViewAccessMatrixIT extends SpringBrowserlessTest {
    static final List<String> ROLES = List.of("owner", "curator", "annotator", "viewer", "outsider");

    @Autowired
    TestUsers testUsers;
    @Autowired
    DocumentService documents;

    record Route(String location, Class<? extends Component> view, String expected) {
    }

    @Test
    void each_view_shows_only_to_the_roles_it_is_for() {
        Map<String, String> users = new LinkedHashMap<>();
        for (String role : ROLES) {
            users.put(role, testUsers.newUser(role).username());
        }
        long project = testUsers.newProject(users.get("owner"), users.get("curator"), ProjectRole.CURATOR,
                users.get("annotator"), ProjectRole.ANNOTATOR, users.get("viewer"), ProjectRole.VIEWER);
        TestUsers.signIn(users.get("owner"));
        long doc = documents.importDocument(project, NewDocument.of("Views", "Officials said so.", null)).id();
        String p = "projects/" + project;
        // S = shown, R = refused, in the order owner, curator, annotator, viewer, outsider
        List<Route> routes = List.of(
                new Route("", ProjectsView.class, "SSSSS"),
                new Route(p, DocumentsView.class, "SSSSR"),
                new Route("documents/" + doc, AnnotationView.class, "SSSSR"),
                new Route(p + "/claims", ClaimsView.class, "SSSSR"),
                new Route(p + "/activity", ActivityView.class, "SSSSR"),
                new Route(p + "/progress", ProgressView.class, "SSRRR"),
                new Route(p + "/agreement", AgreementView.class, "SSRRR"),
                new Route(p + "/datasets", DatasetsView.class, "SSSRR"),
                new Route(p + "/suggestions", org.claimdesk.suggestion.ui.SuggestionsView.class, "SSSRR"),
                new Route(p + "/schema", org.claimdesk.project.ui.SchemaView.class, "SSSSR"),
                new Route("curation/" + doc, CurationView.class, "SSRRR"),
                new Route(p + "/members", MembersView.class, "SRRRR"),
                new Route("admin", AdminView.class, "RRRRR"),
                new Route("tokens", ApiTokensView.class, "SSSSS"));
        List<String> wrong = new ArrayList<>();
        for (Route route : routes) {
            for (int i = 0; i < ROLES.size(); i++) {
                TestUsers.signIn(users.get(ROLES.get(i)));
                char outcome = open(route);
                if (outcome != route.expected().charAt(i)) {
                    wrong.add(route.location() + " as " + ROLES.get(i) + ": " + outcome + " instead of "
                            + route.expected().charAt(i));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void a_wrong_or_foreign_address_is_a_not_found_page_in_the_layout_with_a_way_back_and_no_internals() {
        String owner = testUsers.newUser("owner").username();
        String outsider = testUsers.newUser("outsider").username();
        long project = testUsers.newProject(owner);
        TestUsers.signIn(owner);
        long doc = documents.importDocument(project, NewDocument.of("Foreign", "Officials said so.", null)).id();
        TestUsers.signIn(outsider);
        String p = "projects/" + project;
        List<String> wrong = new ArrayList<>();
        for (String location : List.of("curation/abc", "projects/abc/claims", "documents/abc", "no-such-page",
                "documents/" + doc, "curation/" + doc, p + "/claims", p + "/activity", p + "/datasets",
                p + "/agreement", p + "/progress", p)) {
            try {
                UI.getCurrent().navigate(location);
            } catch (RuntimeException e) {
                wrong.add(location + ": " + e);
                continue;
            }
            String page = UI.getCurrent().getElement().getTextRecursively();
            boolean saysSo = $(H2.class).all().stream().map(H2::getText).anyMatch(t -> t.toLowerCase(Locale.ROOT)
                    .matches(".*(not found|not available).*"));
            boolean wayBack = $(Anchor.class).all().stream().anyMatch(a -> a.getText().equals("Back to projects"));
            if (!saysSo || !wayBack || page.matches("(?s).*(Exception|rolled back|Transaction|Whitelabel|Officials said).*")) {
                wrong.add(location + ": " + page.replaceAll("\\s+", " ").strip());
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** S when the view opened and shows its content; R when it refused or another page came instead. */
    private char open(Route route) {
        try {
            UI.getCurrent().navigate(route.location());
        } catch (RuntimeException e) {
            return 'R';
        }
        Object current = getCurrentView();
        if (!route.view().isInstance(current)) {
            return 'R';
        }
        boolean refused = $(H2.class).all().stream().map(H2::getText)
                .anyMatch(t -> t.contains("not available") || t.contains("not found") || t.contains("Not found"));
        return refused ? 'R' : 'S';
    }
}
