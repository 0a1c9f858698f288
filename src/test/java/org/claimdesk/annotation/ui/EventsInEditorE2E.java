package org.claimdesk.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.LayerReader;
import org.claimdesk.annotation.OwnLayerEditing;
import org.claimdesk.annotation.RelationDto;
import org.claimdesk.annotation.SpanOrigin;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.NewDocument;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.project.SchemaTemplate;
import org.claimdesk.suggestion.SuggestionMode;
import org.claimdesk.suggestion.SuggestionModels;
import org.claimdesk.support.Browser;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On the PARC-style attribution template, a reviewer builds an Attribution event in the editor:
 * R from the trigger span to the Source and to the Content adds those roles, in real Chromium.
 */
@ClaimDeskTest
class EventsInEditorE2E {
    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    ProjectService projects;
    @Autowired
    DocumentService documents;
    @Autowired
    OwnLayerEditing annotations;
    @Autowired
    LayerReader layers;
    @Autowired
    SuggestionModels suggestions;

    Browser browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
        TestUsers.signOut();
    }

    @Test
    void r_from_an_attribution_trigger_to_its_source_and_content_adds_the_events_roles() {
        String owner = testUsers.newUser("owner").username();
        String reviewer = testUsers.newUser("reviewer").username();
        TestUsers.signIn(owner);
        long project = projects.create("PARC " + System.nanoTime(), SchemaTemplate.ATTRIBUTION).id();
        projects.setMember(project, reviewer, ProjectRole.ANNOTATOR);
        suggestions.setMode(project, SuggestionMode.OFF); // only the reviewer's own spans under the mouse
        long doc = documents.importDocument(project, NewDocument.of("Said", "Bossert said the talks would go on.", null)).id();
        TestUsers.signIn(reviewer);
        annotations.createSpan(doc, "Source", List.of(new Fragment(0, 7)), SpanOrigin.MANUAL);
        annotations.createSpan(doc, "Attribution", List.of(new Fragment(8, 12)), SpanOrigin.MANUAL);
        annotations.createSpan(doc, "Content", List.of(new Fragment(13, 34)), SpanOrigin.MANUAL);

        browser = new Browser(port);
        browser.open("/documents/" + doc);
        browser.logIn(reviewer, TestUsers.PASSWORD);
        browser.waitForEditor();
        browser.clickSegment("said");
        browser.press("r");
        browser.clickSegment("Bossert");
        browser.waitUntil(d -> roles(reviewer, doc).contains("Source"));
        browser.clickSegment("said");
        browser.press("r");
        browser.clickSegment("the talks would go on");
        browser.waitUntil(d -> roles(reviewer, doc).contains("Content"));
        assertThat(roles(reviewer, doc)).containsExactlyInAnyOrder("Source", "Content");
    }

    private List<String> roles(String reviewer, long doc) {
        TestUsers.signIn(reviewer);
        return layers.layer(doc).relations().stream().map(RelationDto::type).toList();
    }
}
