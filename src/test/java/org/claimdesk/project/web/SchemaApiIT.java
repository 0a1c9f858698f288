package org.claimdesk.project.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.OwnLayerEditing;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SpanOrigin;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.NewDocument;
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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@ClaimDeskTest
class SchemaApiIT {
    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    DocumentService documents;
    @Autowired
    OwnLayerEditing editing;
    @Autowired
    JdbcClient jdbc;

    Team team;
    ApiClient owner;
    ApiClient curator;
    String path;

    @BeforeEach
    void project() {
        team = testUsers.team().owner("o").curators("c").annotators("a").create();
        owner = new ApiClient(port, team.name("o"), TestUsers.PASSWORD);
        curator = new ApiClient(port, team.name("c"), TestUsers.PASSWORD);
        path = "/api/projects/" + team.project() + "/schema";
    }

    @Test
    void the_default_schema_has_its_fact_check_roles_and_version_zero() {
        JsonNode schema = owner.get(path).json();
        assertThat(schema.get("version").asLong()).isZero();
        assertThat(schema.get("labels")).extracting(l -> l.get("name").asString() + ":" + l.get("role").asString())
                .containsExactly("CLAIM:claim", "ATTRIBUTION:attribution", "DENIAL:denial");
        assertThat(schema.get("relations")).extracting(l -> l.get("name").asString() + ":" + l.get("from").get(0).asString()
                + "->" + l.get("to").get(0).asString() + ":" + l.get("role").asString())
                .containsExactly("ATTRIBUTED_TO:CLAIM->ATTRIBUTION:attributed-to", "DENIES:DENIAL->CLAIM:denies");
    }

    @Test
    void a_rename_keeps_every_span_and_a_stale_version_is_a_conflict() {
        SpanDto span = claimIn(team);
        ObjectNode schema = (ObjectNode) owner.get(path).json();
        ObjectNode claim = (ObjectNode) schema.get("labels").get(0);
        claim.put("name", "AFIRMACIÓN").put("shortcut", "q").put("description", "Lo que se afirma.");
        ApiClient.Response put = owner.put(path, schema.toString());
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get("version").asLong()).isEqualTo(1);
        // the relation still said CLAIM: the old name of a label renamed in the same body is followed
        assertThat(put.json().get("relations").get(0).get("from").get(0).asString()).isEqualTo("AFIRMACIÓN");
        assertThat(jdbc.sql("select l.name from span s join label l on l.id = s.label_id where s.id = ?")
                .param(span.id()).query(String.class).single()).isEqualTo("AFIRMACIÓN");
        assertThat(owner.put(path, schema.toString()).status()).isEqualTo(409);
    }

    @Test
    void a_label_in_use_is_refused_with_its_count_unless_merged_and_the_merge_is_in_the_history() {
        SpanDto span = claimIn(team);
        ObjectNode schema = (ObjectNode) owner.get(path).json();
        ((ArrayNode) schema.get("labels")).remove(0);
        // a relation to the deleted label must go too
        ((ArrayNode) schema.get("relations")).removeAll();
        ApiClient.Response refused = owner.put(path, schema.toString());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("CLAIM is used 1 times");
        schema.putObject("mergeInto").put("CLAIM", "DENIAL");
        ApiClient.Response merged = owner.put(path, schema.toString());
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(jdbc.sql("select l.name from span s join label l on l.id = s.label_id where s.id = ?")
                .param(span.id()).query(String.class).single()).isEqualTo("DENIAL");
        assertThat(jdbc.sql("""
                        select before_state->>'label' || '>' || (after_state->>'label') from annotation_event
                        where entity = 'span' and entity_id = ? and action = 'relabel'""")
                .param(span.id()).query(String.class).single()).isEqualTo("CLAIM>DENIAL");
    }

    @Test
    void duplicate_keys_reserved_keys_and_links_to_missing_labels_are_refused_and_nothing_changes() {
        ObjectNode schema = (ObjectNode) owner.get(path).json();
        ((ObjectNode) schema.get("labels").get(1)).put("shortcut", "1");
        assertThat(owner.put(path, schema.toString()).body()).contains("Key '1' is taken by both CLAIM and ATTRIBUTION");
        ((ObjectNode) schema.get("labels").get(1)).put("shortcut", "n");
        assertThat(owner.put(path, schema.toString()).body()).contains("editor's own");
        ((ObjectNode) schema.get("labels").get(1)).put("shortcut", "2");
        ((ArrayNode) ((ObjectNode) schema.get("relations").get(0)).putArray("to")).add("SPEAKER");
        ApiClient.Response missing = owner.put(path, schema.toString());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("'SPEAKER', which is not a span label");
        assertThat(owner.get(path).json().get("version").asLong()).isZero();
    }

    @Test
    void only_owners_change_the_schema_and_strangers_do_not_see_it() {
        ObjectNode schema = (ObjectNode) curator.get(path).json();
        assertThat(curator.put(path, schema.toString()).status()).isEqualTo(403);
        Team other = testUsers.team().owner("x").create();
        ApiClient stranger = new ApiClient(port, other.name("x"), TestUsers.PASSWORD);
        assertThat(stranger.get(path).status()).isEqualTo(404);
        assertThat(stranger.put(path, schema.toString()).status()).isEqualTo(404);
    }

    @Test
    void a_project_from_the_attribution_template_has_the_event_and_its_roles() {
        ApiClient.Response created = owner.post("/api/projects",
                "{\"name\":\"PARC " + System.nanoTime() + "\",\"template\":\"attribution\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode schema = owner.get("/api/projects/" + created.json().get("id").asLong() + "/schema").json();
        assertThat(schema.get("labels")).extracting(l -> l.get("name").asString())
                .containsExactly("Source", "Cue", "Content", "Attribution");
        JsonNode event = schema.get("events").get(0);
        assertThat(event.get("trigger").asString()).isEqualTo("Attribution");
        assertThat(event.get("roles")).extracting(r -> r.get("name").asString() + ":" + r.get("role").asString())
                .containsExactly("Source:source", "Cue:cue", "Content:claim");
        assertThat(owner.post("/api/projects", "{\"name\":\"x\",\"template\":\"nope\"}").status()).isEqualTo(400);
    }

    @Test
    void an_annotation_conf_put_as_the_schema_replaces_an_unused_default_and_a_bad_format_is_named() {
        ApiClient.Response put = owner.put(path + "?from=brat", """
                [entities]
                Source
                Cue
                Content
                [relations]
                [events]
                Attribution\tSource:Source, Cue:Cue, Content:Content
                """);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        JsonNode schema = owner.get(path).json();
        assertThat(schema.get("labels")).extracting(l -> l.get("name").asString())
                .containsExactly("Source", "Cue", "Content", "Attribution");
        assertThat(schema.get("events").get(0).get("roles")).extracting(r -> r.get("role").asString())
                .containsExactly("source", "cue", "claim");
        assertThat(owner.put(path + "?from=doccano", "x").body()).contains("brat, labelstudio or json");
        assertThat(curator.put(path + "?from=brat", "[entities]\nX\n").status()).isEqualTo(403);
    }

    @Test
    void a_schema_file_from_another_project_is_matched_by_name_and_brings_its_guidelines() {
        Team other = testUsers.team().owner("o").create();
        ApiClient otherOwner = new ApiClient(port, other.name("o"), TestUsers.PASSWORD);
        String otherPath = "/api/projects/" + other.project() + "/schema";
        tools.jackson.databind.node.ObjectNode theirs = (tools.jackson.databind.node.ObjectNode) otherOwner.get(otherPath).json();
        theirs.put("guidelines", "# Quotes");
        ((tools.jackson.databind.node.ArrayNode) theirs.get("labels")).addObject().put("name", "QUOTE")
                .put("color", "#123456").put("shortcut", "q");
        ApiClient.Response edited = otherOwner.put(otherPath, theirs.toString());
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        String file = otherOwner.get(otherPath).body();

        ApiClient.Response put = owner.put(path + "?from=json", file);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        JsonNode mine = owner.get(path).json();
        assertThat(mine.get("labels")).extracting(l -> l.get("name").asString()).contains("QUOTE", "CLAIM");
        assertThat(mine.get("labels").findValuesAsString("name")).doesNotHaveDuplicates();
        assertThat(mine.get("guidelines").asString()).isEqualTo("# Quotes");
        assertThat(owner.put(path + "?from=json", "{not json").status()).isEqualTo(400);
    }

    private SpanDto claimIn(Team t) {
        t.signInAs("c");
        DocumentContent doc = documents.importDocument(t.project(), NewDocument.of("Doc", "Bossert said it was Russia.", null));
        t.signInAs("a");
        return editing.createSpan(doc.id(), "CLAIM", List.of(new Fragment(14, 26)), SpanOrigin.MANUAL);
    }
}
