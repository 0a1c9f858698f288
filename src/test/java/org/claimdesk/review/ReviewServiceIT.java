package org.claimdesk.review;

import java.util.ArrayList;
import org.claimdesk.annotation.OwnLayerBulk;
import org.claimdesk.annotation.ActivityEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.claimdesk.annotation.OwnLayerEditing;
import org.claimdesk.annotation.LayerReader;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SpanOrigin;
import org.claimdesk.base.ConflictException;
import org.claimdesk.base.ForbiddenException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.NewDocument;
import org.claimdesk.project.ProjectService;
import org.claimdesk.support.ApiClient;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.Team;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ClaimDeskTest
class ReviewServiceIT {
    private static final String TEXT = "Moscow continues to deny it. It can't, Trump said.";

    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    DocumentService documents;
    @Autowired
    OwnLayerEditing annotations;
    @Autowired
    LayerReader layers;
    @Autowired
    ReviewService reviews;
    @Autowired
    ProjectService projects;
    @Autowired
    ProvenanceService provenance;
    @Autowired
    ProjectActivity activity;
    @Autowired
    OwnLayerBulk bulk;
    @Autowired
    JdbcClient jdbc;

    String owner;
    String checker;
    String viewer;
    long project;
    SpanDto claim;

    @BeforeEach
    void claimToReview() {
        Team team = testUsers.team().owner("owner").annotators("checker").viewers("viewer").create();
        owner = team.name("owner");
        checker = team.name("checker");
        viewer = team.name("viewer");
        project = team.project();
        DocumentContent doc = documents.importDocument(project, NewDocument.of("Deny", TEXT, null));
        claim = annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(0, 27)), SpanOrigin.MANUAL);
    }

    @Test
    void a_verdict_with_evidence_is_stored_and_replaced_by_the_next_one() {
        ReviewDto first = reviews.review(claim.id(), "mostly false",
                List.of(new EvidenceItem("https://example.org/report", "agencies concluded", null)), null);
        assertThat(first.evidence()).singleElement().satisfies(e -> assertThat(e.quote()).isEqualTo("agencies concluded"));
        ReviewDto second = reviews.review(claim.id(), "false", List.of(), first.version());
        assertThat(reviews.reviews(claim.id())).singleElement().satisfies(r -> {
            assertThat(r.verdict()).isEqualTo("false");
            assertThat(r.evidence()).isEmpty();
            assertThat(r.reviewer()).isEqualTo(owner);
        });
        assertThatThrownBy(() -> reviews.review(claim.id(), "true", List.of(), first.version()))
                .isInstanceOf(ConflictException.class);
        assertThat(second.version()).isGreaterThan(first.version());
    }

    @Test
    void verdicts_are_recorded_in_reviews_own_history_and_shown_in_the_project_timeline() {
        long annotationEvents = jdbc.sql("select count(*) from annotation_event").query(Long.class).single();
        ReviewDto first = reviews.review(claim.id(), "false", List.of(), null);
        reviews.review(claim.id(), "mostly false", List.of(), first.version());

        assertThat(jdbc.sql("select count(*) from annotation_event").query(Long.class).single())
                .as("review writes no row of annotation's table").isEqualTo(annotationEvents);
        assertThat(activity.historyOf(project, "review", first.id())).extracting(ActivityEntry::action)
                .containsExactly("create", "update");
        assertThat(activity.timeline(project, 0, null, 0, 2)).extracting(ActivityEntry::summary)
                .containsExactly("mostly false", "false");
        assertThat(activity.timeline(project, 0, null, 2, 10)).extracting(ActivityEntry::entity).containsExactly("span");
        assertThat(activity.count(project, 0, null)).isEqualTo(3);
    }

    @Test
    void the_project_timeline_pages_past_500_entries_of_both_histories() {
        List<OwnLayerBulk.NewSpan> many = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            many.add(new OwnLayerBulk.NewSpan("DENIAL", List.of(new Fragment(i % 20, i % 20 + 6))));
        }
        bulk.createSpans(claim.documentId(), many, SpanOrigin.MANUAL);
        reviews.review(claim.id(), "false", List.of(), null);
        long total = activity.count(project, 0, null);
        assertThat(total).isEqualTo(602);
        List<ActivityEntry> deep = activity.timeline(project, 0, null, 590, 50);
        assertThat(deep).hasSize(12);
        assertThat(deep.getLast().summary()).as("the oldest entry: the claim's creation").contains("CLAIM");
        assertThat(activity.timeline(project, 0, null, 0, 1).getFirst().entity()).isEqualTo("review");
    }

    @Test
    void another_reviewer_rates_the_same_claim_separately() {
        reviews.review(claim.id(), "false", List.of(), null);
        TestUsers.signIn(checker);
        reviews.review(claim.id(), "unverifiable", List.of(new EvidenceItem(null, null, "no source")), null);
        assertThat(reviews.reviews(claim.id())).extracting(ReviewDto::reviewer).containsExactlyInAnyOrder(owner, checker);
    }

    @Test
    void the_owner_configures_the_rating_scale_and_verdicts_follow_it() {
        projects.setRatingScale(project, List.of(" supported ", "refuted", "not enough info"));
        assertThat(reviews.review(claim.id(), "supported", List.of(), null).verdict()).isEqualTo("supported");
        assertThatThrownBy(() -> reviews.review(claim.id(), "true", List.of(), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("rating scale");
        assertThatThrownBy(() -> projects.setRatingScale(project, List.of("only one")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("2 to 20");
        TestUsers.signIn(checker);
        assertThatThrownBy(() -> projects.setRatingScale(project, List.of("yes", "no")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(projects.ratingScale(project)).containsExactly("supported", "refuted", "not enough info");
    }

    @Test
    void bad_verdicts_and_evidence_are_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> reviews.review(claim.id(), "pants on fire", List.of(), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("rating scale");
        assertThatThrownBy(() -> reviews.review(claim.id(), "false",
                List.of(new EvidenceItem("javascript:alert(1)", null, null)), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("http(s)");
        assertThat(reviews.reviews(claim.id())).isEmpty();
    }

    @Test
    void only_claims_get_verdicts_and_only_members_who_annotate_give_them() {
        SpanDto denial = annotations.createSpan(claim.documentId(), "DENIAL", List.of(new Fragment(29, 37)), SpanOrigin.MANUAL);
        assertThatThrownBy(() -> reviews.review(denial.id(), "false", List.of(), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Only claims get a verdict");
        TestUsers.signIn(viewer);
        assertThatThrownBy(() -> reviews.review(claim.id(), "false", List.of(), null)).isInstanceOf(ForbiddenException.class);
        TestUsers.signIn(testUsers.newUser("stranger").username());
        assertThatThrownBy(() -> reviews.reviews(claim.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void in_a_blind_project_annotators_cannot_see_others_claims() {
        TestUsers.signIn(owner);
        projects.setBlind(project, true);
        TestUsers.signIn(checker);
        assertThatThrownBy(() -> reviews.reviews(claim.id())).isInstanceOf(NotFoundException.class);
        assertThat(layers.otherLayers(claim.documentId())).isEmpty();
    }

    @Test
    void the_claims_table_shows_source_denials_and_verdict_and_filters_in_the_database() {
        long doc = claim.documentId();
        SpanDto source = annotations.createSpan(doc, "ATTRIBUTION", List.of(new Fragment(39, 49)), SpanOrigin.MANUAL);
        SpanDto denial = annotations.createSpan(doc, "DENIAL", List.of(new Fragment(29, 37)), SpanOrigin.MANUAL);
        annotations.createRelation(doc, null, claim.id(), source.id());
        annotations.createRelation(doc, null, denial.id(), claim.id());
        SpanDto unrated = annotations.createSpan(doc, "CLAIM", List.of(new Fragment(29, 37)), SpanOrigin.MANUAL);
        reviews.review(claim.id(), "false", List.of(), null);

        List<ClaimRow> rows = reviews.claims(project, ClaimFilter.all(), 0, 50);
        assertThat(rows).extracting(ClaimRow::spanId).containsExactly(claim.id(), unrated.id());
        assertThat(rows.getFirst()).satisfies(r -> {
            assertThat(r.sources()).isEqualTo("Trump said");
            assertThat(r.denials()).isEqualTo(1);
            assertThat(r.verdict()).isEqualTo("false");
            assertThat(r.reviewer()).isEqualTo(owner);
        });
        assertThat(reviews.claims(project, new ClaimFilter(null, "none", ClaimFilter.Sort.TEXT, false), 0, 50))
                .extracting(ClaimRow::spanId).containsExactly(unrated.id());
        assertThat(reviews.claims(project, new ClaimFilter("continues", null, ClaimFilter.Sort.DENIALS, true), 0, 50))
                .extracting(ClaimRow::spanId).containsExactly(claim.id());
        assertThat(reviews.countClaims(project, new ClaimFilter("100%_", null, ClaimFilter.Sort.TEXT, false))).isZero();

        TestUsers.signIn(owner);
        projects.setBlind(project, true);
        TestUsers.signIn(checker);
        assertThat(reviews.countClaims(project, ClaimFilter.all())).isZero();
    }

    @Test
    void provenance_follows_the_chain_to_the_outlet_and_finds_denials_similar_claims_and_history() {
        long doc = claim.documentId();
        DocumentContent other = documents.importDocument(project, new NewDocument("Wire copy",
                "Officials told Reuters on Monday. Moscow continues to deny that.", "https://example.org/wire", "Example Wire", null));
        SpanDto source = annotations.createSpan(other.id(), "ATTRIBUTION", List.of(new Fragment(0, 22)), SpanOrigin.MANUAL);
        SpanDto elsewhere = annotations.createSpan(other.id(), "CLAIM", List.of(new Fragment(34, 63)), SpanOrigin.MANUAL);
        annotations.createRelation(other.id(), null, elsewhere.id(), source.id());
        SpanDto denial = annotations.createSpan(doc, "DENIAL", List.of(new Fragment(29, 37)), SpanOrigin.MANUAL);
        annotations.createRelation(doc, null, denial.id(), claim.id());

        Provenance wire = provenance.of(elsewhere.id());
        assertThat(wire.sources()).singleElement().satisfies(s -> {
            assertThat(s.attribution().text()).isEqualTo("Officials told Reuters");
            assertThat(s.outlet()).isEqualTo("Reuters");
        });
        assertThat(wire.publisher()).isEqualTo("Example Wire");
        assertThat(wire.sourceUrl()).isEqualTo("https://example.org/wire");
        assertThat(wire.similar()).extracting(Provenance.SimilarClaim::spanId).contains(claim.id());
        assertThat(wire.history()).extracting(ActivityEntry::action).containsExactly("create");

        Provenance here = provenance.of(claim.id());
        assertThat(here.denials()).extracting(SpanDto::text).containsExactly("It can't");
        assertThat(here.sources()).isEmpty();
    }

    @Test
    void the_rest_api_sets_and_lists_verdicts() {
        ApiClient api = new ApiClient(port, owner, TestUsers.PASSWORD);
        ApiClient.Response put = api.put("/api/spans/" + claim.id() + "/review",
                "{\"verdict\":\"mixed\",\"evidence\":[{\"url\":\"https://example.org/x\",\"quote\":\"q\"}]}");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(api.get("/api/spans/" + claim.id() + "/reviews").json().get(0).get("verdict").asString()).isEqualTo("mixed");
        ApiClient.Response bad = api.put("/api/spans/" + claim.id() + "/review", "{\"verdict\":\"maybe\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
    }
}
