package org.claimdesk.suggestion.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.NewDocument;
import org.claimdesk.project.ProjectService;
import org.claimdesk.project.SchemaTemplate;
import org.claimdesk.support.ApiClient;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.Team;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@ClaimDeskTest
class SuggestionApiIT {
    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    DocumentService documents;
    @Autowired
    ProjectService projects;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.claimdesk.review.ProvenanceService provenance;

    Team team;
    long document;
    ApiClient annotator;
    ApiClient other;

    @BeforeEach
    void seedArticle() throws Exception {
        team = testUsers.team().owner("o").annotators("a", "b").viewers("v").create().signInAs("o");
        document = documents.importDocument(team.project(), NewDocument.of("Seed",
                Files.readString(Path.of("seeds/000_8558d2e5bc5d2c06.txt")), null)).id();
        annotator = api("a");
        other = api("b");
    }

    @Test
    void the_seed_article_gets_linked_suggestions_at_once_with_ids_stable_across_requests() {
        JsonNode first = annotator.get(path()).json();
        assertThat(first.get("model").get("engine").asString()).isEqualTo("attribution-rules");
        assertThat(labelsOf(first)).contains("CLAIM", "ATTRIBUTION", "DENIAL");
        JsonNode claim = spanWithText(first, "Moscow and Washington are in negotiations to create a joint cybersecurity working group");
        assertThat(claim.get("start").asInt()).isEqualTo(219);
        assertThat(claim.get("fragments").get(0).get(1).asInt()).isEqualTo(306);
        assertThat(first.get("relations")).anySatisfy(r -> {
            assertThat(r.get("type").asString()).isEqualTo("ATTRIBUTED_TO");
            assertThat(r.get("from").asLong()).isEqualTo(claim.get("id").asLong());
            assertThat(r.get("group").asLong()).isEqualTo(claim.get("group").asLong());
        });
        // pgjdbc reads a statement's results in binary from its fifth run on: the answer must not change then
        for (int i = 0; i < 6; i++) {
            assertThat(annotator.get(path()).json().get("spans").toString()).isEqualTo(first.get("spans").toString());
        }
    }

    @Test
    void accepting_an_attribution_brings_its_claim_and_link_into_the_own_layer_as_suggested() {
        JsonNode attribution = spanWithText(annotator.get(path()).json(), "Bossert said");
        ApiClient.Response accepted = annotator.post("/api/suggestions/" + attribution.get("id").asLong() + "/accept", "");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        JsonNode body = accepted.json();
        assertThat(body.get("spans")).extracting(s -> s.get("label").asString() + ":" + s.get("origin").asString())
                .containsExactlyInAnyOrder("ATTRIBUTION:SUGGESTED", "CLAIM:SUGGESTED", "CLAIM:SUGGESTED");
        assertThat(body.get("relations")).hasSize(2).allSatisfy(r -> assertThat(r.get("type").asString()).isEqualTo("ATTRIBUTED_TO"));

        JsonNode layer = annotator.get("/api/documents/" + document + "/annotations").json();
        assertThat(layer.get("spans")).hasSize(3);
        long claimId = 0;
        for (JsonNode span : body.get("spans")) {
            claimId = span.get("label").asString().equals("CLAIM") ? span.get("id").asLong() : claimId;
        }
        assertThat(provenance.of(claimId).history()).extracting(org.claimdesk.annotation.ActivityEntry::summary)
                .anySatisfy(summary -> assertThat(summary).contains("suggested by attribution-rules 1"));
        assertThat(layer.get("relations")).hasSize(2);
        JsonNode after = annotator.get(path()).json();
        assertThat(texts(after)).doesNotContain("Bossert said");
        assertThat(after.get("relations")).noneSatisfy(r -> assertThat(r.get("group").asLong())
                .isEqualTo(attribution.get("group").asLong()));
        // another reviewer's suggestions are their own
        assertThat(texts(other.get(path()).json())).contains("Bossert said");
        assertThat(annotator.post("/api/suggestions/" + attribution.get("id").asLong() + "/accept", "").status()).isEqualTo(409);
    }

    @Test
    void a_rejected_suggestion_never_comes_back_even_when_recomputed_until_rejections_are_cleared() {
        JsonNode denial = spanWithText(annotator.get(path()).json(), "It can't");
        assertThat(annotator.post("/api/suggestions/" + denial.get("id").asLong() + "/reject", "").status()).isEqualTo(204);
        assertThat(texts(annotator.get(path()).json())).doesNotContain("It can't");
        jdbc.sql("delete from suggestion_run where document_id = ?").param(document).update();
        jdbc.sql("delete from suggestion where document_id = ?").param(document).update();
        JsonNode recomputed = annotator.get(path()).json();
        assertThat(texts(recomputed)).doesNotContain("It can't").contains("Bossert said");
        assertThat(annotator.request("DELETE", path() + "/rejections", null).json().get("cleared").asInt()).isEqualTo(1);
        assertThat(texts(annotator.get(path()).json())).contains("It can't");
    }

    @Test
    void viewers_get_none_and_strangers_do_not_learn_the_document_exists() {
        JsonNode anyId = annotator.get(path()).json().get("spans").get(0);
        ApiClient viewer = api("v");
        assertThat(viewer.get(path()).json().get("spans")).isEmpty();
        assertThat(viewer.post("/api/suggestions/" + anyId.get("id").asLong() + "/accept", "").status()).isEqualTo(403);
        Team elsewhere = testUsers.team().owner("x").create();
        ApiClient stranger = new ApiClient(port, elsewhere.name("x"), TestUsers.PASSWORD);
        assertThat(stranger.get(path()).status()).isEqualTo(404);
        assertThat(stranger.post("/api/suggestions/" + anyId.get("id").asLong() + "/reject", "").status()).isEqualTo(404);
        assertThat(stranger.post("/api/suggestions/999999999/accept", "").status()).isEqualTo(404);
    }

    @Test
    void on_the_attribution_template_an_accepted_suggestion_is_an_event_with_its_source_cue_and_content() {
        long parc = projects.create("PARC " + System.nanoTime(), SchemaTemplate.ATTRIBUTION).id();
        long doc = documents.importDocument(parc, NewDocument.of("Said", "Bossert said that it would be premature.", null)).id();
        ApiClient owner = api("o");
        JsonNode suggestions = owner.get("/api/documents/" + doc + "/suggestions").json();
        assertThat(labelsOf(suggestions)).containsExactlyInAnyOrder("Attribution", "Source", "Cue", "Content");
        JsonNode accepted = owner.post("/api/suggestions/" + suggestions.get("spans").get(0).get("id").asLong()
                + "/accept", "").json();
        assertThat(accepted.get("relations")).extracting(r -> r.get("type").asString())
                .containsExactlyInAnyOrder("Source", "Cue", "Content");
        assertThat(accepted.get("spans")).extracting(s -> s.get("text").asString())
                .contains("Bossert", "said", "it would be premature");
    }

    private ApiClient api(String who) {
        return new ApiClient(port, team.name(who), TestUsers.PASSWORD);
    }

    private String path() {
        return "/api/documents/" + document + "/suggestions";
    }

    private static List<String> labelsOf(JsonNode suggestions) {
        List<String> out = new ArrayList<>();
        suggestions.get("spans").forEach(s -> {
            if (!out.contains(s.get("label").asString())) {
                out.add(s.get("label").asString());
            }
        });
        return out;
    }

    private static List<String> texts(JsonNode suggestions) {
        List<String> out = new ArrayList<>();
        suggestions.get("spans").forEach(s -> out.add(s.get("text").asString()));
        return out;
    }

    private static JsonNode spanWithText(JsonNode suggestions, String text) {
        for (JsonNode s : suggestions.get("spans")) {
            if (s.get("text").asString().equals(text)) {
                return s;
            }
        }
        throw new AssertionError("No suggestion '" + text + "' in " + suggestions.get("spans"));
    }
}
