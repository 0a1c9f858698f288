package org.claimdesk.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimdesk.document.DocumentListItem;
import org.claimdesk.document.DocumentService;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.support.Browser;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Two reviewers in two headless Chromium sessions: one tags, the other sees it live. */
@ClaimDeskTest
class LiveCollaborationE2E {
    private static final String PHRASE = "Moscow and Washington are in negotiations";

    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    ProjectService projects;
    @Autowired
    DocumentService documents;

    Browser alice;
    Browser bob;
    String aliceName;
    String bobName;
    long seedDocument;

    @BeforeEach
    void twoReviewers() {
        aliceName = testUsers.newUser("alice").username();
        bobName = testUsers.newUser("bob").username();
        TestUsers.signInAsAdmin();
        long demo = projects.myProjects().stream().filter(p -> p.name().equals("Demo")).findFirst().orElseThrow().id();
        projects.setMember(demo, aliceName, ProjectRole.ANNOTATOR);
        projects.setMember(demo, bobName, ProjectRole.ANNOTATOR);
        seedDocument = documents.list(demo, 0, 10).stream().map(DocumentListItem::id).findFirst().orElseThrow();
        alice = open(aliceName);
        bob = open(bobName);
    }

    @AfterEach
    void close() {
        alice.close();
        bob.close();
        TestUsers.signOut();
    }

    @Test
    void a_span_tagged_by_one_reviewer_appears_for_the_other_without_reloading() {
        bob.waitUntil(d -> d.findElement(By.className("cd-presence")).getText().contains(aliceName));
        bob.driver().findElement(By.xpath("//vaadin-checkbox[contains(., 'Show other reviewers')]")).click();
        bob.recordWhenOtherSpansAppear();
        alice.recordKeyPresses();

        alice.selectWithMouse(PHRASE);
        alice.press("1");

        bob.waitUntil(d -> bob.otherSegmentTexts().contains(PHRASE));
        long ms = bob.otherSpanSeenAt(PHRASE) - alice.lastKeyAt();
        System.out.println("Live propagation, key press in one browser to span shown in the other: " + ms + " ms");
        assertThat(alice.otherSegmentTexts()).isEmpty();
    }

    private Browser open(String user) {
        Browser browser = new Browser(port);
        browser.open("/documents/" + seedDocument);
        browser.logIn(user, TestUsers.PASSWORD);
        browser.waitForEditor();
        return browser;
    }
}
