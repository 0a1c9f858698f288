package org.claimdesk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.claimdesk.annotation.event.GoldChanged;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.NewDocument;
import org.claimdesk.project.LabelSchema;
import org.claimdesk.project.ProjectService;
import org.claimdesk.support.ApiClient;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.Team;
import org.claimdesk.support.TestUsers;
import org.claimdesk.suggestion.tagger.GoldDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Training on a project's gold layer, end to end over REST: a curator's request trains in the
 * background while reviewers keep writing, the model is evaluated on gold documents it never saw,
 * beats the rules there and is served; a fresh node reads the same model from PostgreSQL.
 */
@ClaimDeskTest
class SuggestionTrainingIT {
    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    DocumentService documents;
    @Autowired
    SuggestionEngines engines;
    @Autowired
    ModelStore store;
    @Autowired
    ModelTraining training;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ServedModels thisNode;
    @Autowired
    ProjectService projects;
    @Autowired
    SuggestCommand command;
    @Autowired
    GoldCorpus corpus;

    Team team;
    ApiClient owner;

    @BeforeEach
    void goldProject() {
        team = testUsers.team().owner("o").annotators("a").viewers("v").create();
        owner = api("o");
    }

    @Test
    void a_model_trained_on_gold_beats_the_rules_on_held_out_gold_and_is_served_while_reviewers_write() throws Exception {
        importGold(GeneratedNews.corpus(11, 30));
        long fresh = documents.importDocument(team.project(), NewDocument.of("New", GeneratedNews.corpus(12, 1)
                .getFirst().text(), null)).id();
        ApiClient annotator = api("a");
        assertThat(status(annotator).get("state").asString()).isEqualTo("idle");
        assertThat(annotator.get("/api/documents/" + fresh + "/suggestions").json().get("model").get("engine").asString())
                .isEqualTo("attribution-rules");

        ApiClient.Response started = owner.post(statusPath().replace("status", "train"), "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        int writtenWhileTraining = 0;
        for (int i = 0; i < 5; i++) {
            ApiClient.Response w = annotator.post("/api/documents/" + fresh + "/spans",
                    "{\"label\":\"CLAIM\",\"start\":" + (i * 20) + ",\"end\":" + (i * 20 + 5) + "}");
            assertThat(w.status()).as(w.body()).isEqualTo(201);
            writtenWhileTraining += status(annotator).get("state").asString().equals("training") ? 1 : 0;
        }
        assertThat(writtenWhileTraining).isPositive();

        JsonNode ready = awaitReady(annotator);
        assertThat(ready.get("modelVersion").asString()).isEqualTo("1");
        assertThat(ready.get("trainedOn").asInt() + ready.get("heldOut").asInt()).isEqualTo(30);
        assertThat(ready.get("heldOut").asInt()).isPositive();
        assertThat(ready.get("curve")).hasSizeGreaterThanOrEqualTo(3);
        JsonNode learned = ready.get("evaluation").get("(all)");
        JsonNode rules = ready.get("rules").get("(all)");
        assertThat(learned.get("exact").get("f1").asDouble()).isGreaterThan(rules.get("exact").get("f1").asDouble());
        assertThat(learned.get("overlap").get("f1").asDouble()).isGreaterThan(rules.get("overlap").get("f1").asDouble());
        assertThat(ready.get("evaluation").get("CLAIM").get("overlap").get("r").asDouble()).isGreaterThan(0.5);
        assertThat(ready.get("serving").get(0).get("engine").asString()).isEqualTo(LearnedTaggerEngine.ID);

        JsonNode served = annotator.get("/api/documents/" + fresh + "/suggestions").json();
        assertThat(served.get("model").get("engine").asString()).isEqualTo(LearnedTaggerEngine.ID);
        assertThat(served.get("model").get("version").asString()).isEqualTo("1");
        assertThat(served.get("spans")).isNotEmpty();
        assertThat(served.get("relations")).isNotEmpty();

        // another node has none of this one's memory: only PostgreSQL
        LabelSchema schema = projects.schemaUnchecked(team.project());
        ServedModels.Served here = thisNode.forProject(team.project(), schema).getFirst();
        ServedModels.Served there = new ServedModels(engines, store, jdbc).forProject(team.project(), schema).getFirst();
        assertThat(there.version()).isEqualTo("1");
        assertThat(there.model()).isNotSameAs(here.model());
        String text = jdbc.sql("select text from document where id = ?").param(fresh).query(String.class).single();
        assertThat(there.engine().predict(text, schema, there.model()))
                .isEqualTo(here.engine().predict(text, schema, here.model()));
    }

    @Test
    void owners_switch_suggestions_off_and_only_curators_train() {
        importGold(GeneratedNews.corpus(13, 4));
        long doc = documents.importDocument(team.project(), NewDocument.of("D", "Ana Lopez said prices rose.", null)).id();
        ApiClient annotator = api("a");
        assertThat(annotator.post(statusPath().replace("status", "train"), "").status()).isEqualTo(403);
        assertThat(api("v").get(statusPath()).status()).isEqualTo(403);
        Team elsewhere = testUsers.team().owner("x").create();
        assertThat(new ApiClient(port, elsewhere.name("x"), TestUsers.PASSWORD).get(statusPath()).status()).isEqualTo(404);
        assertThat(annotator.put(statusPath().replace("status", "mode"), "{\"mode\":\"off\"}").status()).isEqualTo(403);
        assertThat(owner.put(statusPath().replace("status", "mode"), "{\"mode\":\"sometimes\"}").status()).isEqualTo(400);

        assertThat(owner.put(statusPath().replace("status", "mode"), "{\"mode\":\"off\"}").json().get("mode").asString())
                .isEqualTo("off");
        JsonNode none = annotator.get("/api/documents/" + doc + "/suggestions").json();
        assertThat(none.get("spans")).isEmpty();
        assertThat(none.get("model").get("engine").asString()).isEqualTo("none");
        owner.put(statusPath().replace("status", "mode"), "{\"mode\":\"auto\"}");
        assertThat(annotator.get("/api/documents/" + doc + "/suggestions").json().get("spans")).isNotEmpty();
    }

    @Test
    void a_burst_of_gold_changes_trains_once_after_the_gold_layer_is_quiet() throws Exception {
        importGold(GeneratedNews.corpus(14, 6));
        TrainingQueue queue = new TrainingQueue(training, Duration.ofMillis(300));
        try {
            for (int i = 0; i < 5; i++) {
                queue.on(new GoldChanged(team.project(), 0, 0));
                Thread.sleep(50);
            }
            assertThat(store.newest(team.project(), LearnedTaggerEngine.ID)).isEmpty();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while ((queue.job(team.project()).finishedAt() == null) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(500);
            assertThat(jdbc.sql("select count(*) from suggestion_model where project_id = ?").param(team.project())
                    .query(Integer.class).single()).isEqualTo(1);
        } finally {
            queue.stop();
        }
    }

    @Test
    void a_project_with_too_little_gold_says_how_much_it_needs() throws Exception {
        importGold(GeneratedNews.corpus(15, 2));
        owner.post(statusPath().replace("status", "train"), "");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode s = status(owner);
        while (s.get("problem").isNull() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            s = status(owner);
        }
        assertThat(s.get("problem").asString()).contains("at least 4 documents").contains("has 2");
        assertThat(s.get("state").asString()).isEqualTo("idle");
    }

    @Test
    void the_suggest_command_trains_and_prints_the_evaluation_beside_the_rules() {
        importGold(GeneratedNews.corpus(16, 10));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = command.run(java.util.Map.of("project", String.valueOf(team.project()), "as", team.name("o"),
                "train", "true", "evaluate", "true"), new java.io.PrintStream(out, true), new java.io.PrintStream(err, true));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("Trained model 1 on").contains("exact P / R / F1").contains("Learning curve")
                .containsPattern("CLAIM +\\d+ +\\d+ \\| \\d\\.\\d\\d / ").contains("Members get: learned-tagger 1");
        assertThat(command.run(java.util.Map.of("project", String.valueOf(team.project()), "as", team.name("a"), "train", "true"),
                new java.io.PrintStream(out, true), new java.io.PrintStream(err, true))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("CURATOR");
    }

    @Test
    void a_rejection_in_a_document_without_gold_is_negative_evidence_except_in_a_blind_project() {
        importGold(GeneratedNews.corpus(17, 4));
        long fresh = documents.importDocument(team.project(), NewDocument.of("Fresh", "Bossert said it can't happen.", null)).id();
        ApiClient annotator = api("a");
        JsonNode suggested = annotator.get("/api/documents/" + fresh + "/suggestions").json();
        JsonNode first = suggested.get("spans").get(0);
        assertThat(annotator.post("/api/suggestions/" + first.get("id").asLong() + "/reject", "").status()).isEqualTo(204);

        GoldCorpus.Split split = corpus.load(team.project());
        assertThat(split.train().size() + split.heldOut().size()).isEqualTo(4);
        assertThat(split.negatives()).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(fresh);
            assertThat(d.partial()).isTrue();
            assertThat(d.rejected()).singleElement().satisfies(r -> {
                assertThat(r.label()).isEqualTo(first.get("label").asString());
                assertThat(r.start()).isEqualTo(first.get("start").asInt());
                assertThat(r.end()).isEqualTo(first.get("end").asInt());
            });
        });
        team.signInAs("o");
        projects.setBlind(team.project(), true);
        assertThat(corpus.load(team.project()).negatives()).isEmpty();
    }

    private void importGold(List<GoldDocument> docs) {
        ApiClient.Response r = owner.upload("/api/projects/" + team.project() + "/import?annotator=gold", "gold.jsonl",
                GeneratedNews.jsonl(docs).getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("problems")).as(r.body()).isEmpty();
    }

    private JsonNode awaitReady(ApiClient who) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        JsonNode s = status(who);
        while (!s.get("state").asString().equals("ready") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            s = status(who);
        }
        assertThat(s.get("state").asString()).as(s.toString()).isEqualTo("ready");
        return s;
    }

    private JsonNode status(ApiClient who) {
        ApiClient.Response r = who.get(statusPath());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private String statusPath() {
        return "/api/projects/" + team.project() + "/suggestions/status";
    }

    private ApiClient api(String who) {
        return new ApiClient(port, team.name(who), TestUsers.PASSWORD);
    }
}
