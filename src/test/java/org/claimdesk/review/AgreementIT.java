package org.claimdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimdesk.annotation.OwnLayerEditing;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.SpanOrigin;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.NewDocument;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.support.ApiClient;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The agreement API on the worked example of AgreementCalculatorTest, stored in PostgreSQL. */
@ClaimDeskTest
class AgreementIT {
    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    DocumentService documents;
    @Autowired
    OwnLayerEditing annotations;

    String curator;
    String a;
    String b;
    long project;
    DocumentContent doc;

    @BeforeEach
    void twoAnnotatorsAndACurator() {
        curator = testUsers.newUser("curator").username();
        a = testUsers.newUser("a").username();
        b = testUsers.newUser("b").username();
        project = testUsers.newProject(curator, a, ProjectRole.ANNOTATOR, b, ProjectRole.ANNOTATOR);
        doc = documents.importDocument(project, NewDocument.of("Ten", "ABCD EF GHI", null));
    }

    @Test
    void curators_get_the_figures_in_the_documented_shape_and_annotators_are_refused() {
        TestUsers.signIn(a);
        annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(0, 4)), SpanOrigin.MANUAL);
        annotations.createSpan(doc.id(), "ATTRIBUTION", List.of(new Fragment(8, 11)), SpanOrigin.MANUAL);
        TestUsers.signIn(b);
        annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(0, 4)), SpanOrigin.MANUAL);
        annotations.createSpan(doc.id(), "ATTRIBUTION", List.of(new Fragment(5, 11)), SpanOrigin.MANUAL);

        ApiClient api = new ApiClient(port, curator, TestUsers.PASSWORD);
        JsonNode r = api.get("/api/projects/" + project + "/agreement").json();
        assertThat(r.get("annotators").valueStream().map(JsonNode::asString).toList()).containsExactly(a, b);
        assertThat(r.get("pairs").get(0).get("spanF1Exact").asDouble()).isEqualTo(0.5);
        assertThat(r.get("pairs").get(0).get("spanF1Overlap").asDouble()).isEqualTo(1.0);
        assertThat(r.get("labels").get("CLAIM").get("pairs").get(0).get("cohenKappa").asDouble()).isEqualTo(1.0);
        assertThat(r.get("labels").get("DENIAL").get("fleissKappa").isNull()).isTrue();
        assertThat(r.get("alphaU").isNumber()).isTrue();
        assertThat(r.get("notes").isArray()).isTrue();

        JsonNode claimOnly = api.get("/api/projects/" + project + "/agreement?label=CLAIM").json();
        assertThat(claimOnly.get("fleissKappa").asDouble()).isEqualTo(1.0);
        assertThat(api.get("/api/projects/" + project + "/agreement?label=OPINION").status()).isEqualTo(400);
        assertThat(api.get("/api/projects/" + project + "/agreement.csv").body())
                .startsWith("scope,annotator_a,annotator_b").contains("CLAIM," + a + "," + b);
        assertThat(new ApiClient(port, a, TestUsers.PASSWORD).get("/api/projects/" + project + "/agreement").status())
                .isEqualTo(403);
    }

    @Test
    void spans_accepted_from_suggestions_can_be_left_out_so_a_model_does_not_agree_with_itself() {
        TestUsers.signIn(a);
        annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(0, 4)), SpanOrigin.MANUAL);
        annotations.createSpan(doc.id(), "ATTRIBUTION", List.of(new Fragment(8, 11)), SpanOrigin.SUGGESTED);
        TestUsers.signIn(b);
        annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(0, 4)), SpanOrigin.MANUAL);
        annotations.createSpan(doc.id(), "ATTRIBUTION", List.of(new Fragment(8, 11)), SpanOrigin.SUGGESTED);
        annotations.createSpan(doc.id(), "DENIAL", List.of(new Fragment(5, 7)), SpanOrigin.MANUAL);

        ApiClient api = new ApiClient(port, curator, TestUsers.PASSWORD);
        String path = "/api/projects/" + project + "/agreement";
        JsonNode all = api.get(path).json();
        JsonNode people = api.get(path + "?withoutSuggested=true").json();
        // both accepted the same suggestion: counted, it lifts their agreement; left out, it does not
        assertThat(all.get("pairs").get(0).get("spanF1Exact").asDouble()).isGreaterThan(
                people.get("pairs").get(0).get("spanF1Exact").asDouble());
        assertThat(people.get("labels").get("ATTRIBUTION").get("fleissKappa").isNull()).isTrue();
        assertThat(api.get("/api/projects/" + project + "/agreement.csv?withoutSuggested=true").body())
                .contains("ATTRIBUTION," + a + "," + b + ",,,,,");
    }
}
