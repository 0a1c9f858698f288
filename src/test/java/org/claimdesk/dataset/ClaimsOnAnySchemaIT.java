package org.claimdesk.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.OwnLayerEditing;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SpanOrigin;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.NewDocument;
import org.claimdesk.project.ProjectService;
import org.claimdesk.review.ClaimFilter;
import org.claimdesk.review.ClaimRow;
import org.claimdesk.review.ProvenanceService;
import org.claimdesk.review.ReviewService;
import org.claimdesk.project.SchemaDocument;
import org.claimdesk.project.SchemaService;
import org.claimdesk.project.SchemaTemplate;
import org.claimdesk.support.ApiClient;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.Team;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The claims table, verdicts, provenance and the claim exports find claims by the schema's roles:
 * on the attribution template a claim is an Attribution event's Content, and its source is the
 * event's Source argument.
 */
@ClaimDeskTest
class ClaimsOnAnySchemaIT {
    private static final String TEXT = "Bossert said Russia did it. Moscow continues to deny it.";

    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    ProjectService projects;
    @Autowired
    DocumentService documents;
    @Autowired
    OwnLayerEditing editing;
    @Autowired
    ReviewService reviews;
    @Autowired
    ProvenanceService provenance;
    @Autowired
    SchemaService schemas;

    @Test
    void an_attribution_events_content_is_a_claim_with_its_source_in_table_provenance_and_exports() throws Exception {
        Team team = testUsers.team().owner("o").create().signInAs("o");
        long project = projects.create("PARC " + System.nanoTime(), SchemaTemplate.ATTRIBUTION).id();
        DocumentContent doc = documents.importDocument(project, NewDocument.of("Attribution", TEXT, null));
        SpanDto source = span(doc, "Source", 0, 7);
        SpanDto cue = span(doc, "Cue", 8, 12);
        SpanDto content = span(doc, "Content", 13, 26);
        SpanDto trigger = span(doc, "Attribution", 0, 12);
        editing.createRelation(doc.id(), "Source", trigger.id(), source.id());
        editing.createRelation(doc.id(), "Cue", trigger.id(), cue.id());
        editing.createRelation(doc.id(), "Content", trigger.id(), content.id());
        reviews.review(content.id(), "mostly false", List.of(), null);

        List<ClaimRow> table = reviews.claims(project, ClaimFilter.all(), 0, 50);
        assertThat(table).singleElement().satisfies(row -> {
            assertThat(row.text()).isEqualTo("Russia did it");
            assertThat(row.sources()).isEqualTo("Bossert");
            assertThat(row.verdict()).isEqualTo("mostly false");
        });
        assertThat(provenance.of(content.id()).sources()).extracting(s -> s.attribution().text()).containsExactly("Bossert");

        ApiClient api = new ApiClient(port, team.name("o"), TestUsers.PASSWORD);
        Map<String, String> claimReview = DatasetExportIT.unzip(api.download("/api/projects/" + project
                + "/export?split=none&format=claimreview&layer=" + team.name("o")).body());
        assertThat(String.join("\n", claimReview.values())).contains("\"claimReviewed\":\"Russia did it\"")
                .contains("\"name\":\"Bossert\"");
        Map<String, String> csv = DatasetExportIT.unzip(api.download("/api/projects/" + project
                + "/export?split=none&format=csv&layer=" + team.name("o")).body());
        assertThat(String.join("\n", csv.values())).contains("Russia did it,Bossert,");
    }

    @Test
    void a_claim_label_renamed_into_another_language_keeps_the_claims_table() {
        Team team = testUsers.team().owner("o").create().signInAs("o");
        DocumentContent doc = documents.importDocument(team.project(), NewDocument.of("Rename", TEXT, null));
        SpanDto claim = span(doc, "CLAIM", 13, 26);
        SpanDto attribution = span(doc, "ATTRIBUTION", 0, 12);
        editing.createRelation(doc.id(), null, claim.id(), attribution.id());
        SchemaDocument before = schemas.document(team.project());
        List<SchemaDocument.LabelItem> renamed = before.labels().stream()
                .map(l -> l.name().equals("CLAIM") ? new SchemaDocument.LabelItem(l.id(), "AFIRMACIÓN", l.color(),
                        l.shortcut(), l.description(), l.role()) : l)
                .toList();
        schemas.replace(team.project(), new SchemaDocument(before.version(), renamed, before.relations(),
                before.events(), before.guidelines(), null));
        assertThat(reviews.claims(team.project(), ClaimFilter.all(), 0, 50)).singleElement().satisfies(row -> {
            assertThat(row.text()).isEqualTo("Russia did it");
            assertThat(row.sources()).isEqualTo("Bossert said");
        });
    }

    private SpanDto span(DocumentContent doc, String label, int start, int end) {
        return editing.createSpan(doc.id(), label, List.of(new Fragment(start, end)), SpanOrigin.MANUAL);
    }
}
