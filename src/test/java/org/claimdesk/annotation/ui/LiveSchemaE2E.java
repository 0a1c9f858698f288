package org.claimdesk.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.claimdesk.annotation.LayerReader;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.NewDocument;
import org.claimdesk.project.SchemaDocument;
import org.claimdesk.project.SchemaService;
import org.claimdesk.support.Browser;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.Team;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An owner adds a label with its key while a reviewer has a document open: the key works at once. */
@ClaimDeskTest
class LiveSchemaE2E {
    private static final String PHRASE = "pipe dream";

    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    DocumentService documents;
    @Autowired
    SchemaService schemas;
    @Autowired
    LayerReader layers;

    Browser browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
        TestUsers.signOut();
    }

    @Test
    void a_new_label_and_its_key_reach_an_open_editor_without_a_reload() {
        Team team = testUsers.team().owner("owner").annotators("reviewer").create().signInAs("owner");
        long doc = documents.importDocument(team.project(), NewDocument.of("Live",
                "Cooperation is only a pipe dream for now, an official said.", null)).id();
        browser = new Browser(port);
        browser.open("/documents/" + doc);
        browser.logIn(team.name("reviewer"), TestUsers.PASSWORD);
        browser.waitForEditor();

        team.signInAs("owner");
        SchemaDocument now = schemas.document(team.project());
        List<SchemaDocument.LabelItem> labels = new ArrayList<>(now.labels());
        labels.add(new SchemaDocument.LabelItem(null, "SCARE_QUOTE", "#2b8a3e", "q", "Words the writer distances from.", null));
        schemas.replace(team.project(), new SchemaDocument(now.version(), labels, now.relations(), now.events(),
                now.guidelines(), null));

        browser.waitUntil(d -> String.valueOf(browser.js("return document.body.innerText")).contains("SCARE_QUOTE"));
        browser.waitForEditor();
        browser.selectWithMouse(PHRASE);
        browser.press("q");
        browser.waitUntil(d -> {
            TestUsers.signIn(team.name("reviewer"));
            return layers.layer(doc).spans().stream().anyMatch(s -> s.label().equals("SCARE_QUOTE"));
        });
        assertThat(layers.layer(doc).spans()).extracting(SpanDto::text).contains(PHRASE);
    }
}
