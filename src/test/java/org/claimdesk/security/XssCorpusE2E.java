package org.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.claimdesk.annotation.OwnLayerEditing;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SpanOrigin;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.NewDocument;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.review.CommentService;
import org.claimdesk.review.EvidenceItem;
import org.claimdesk.review.ReviewService;
import org.claimdesk.support.Browser;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Script tags, event handlers, SVG, javascript: URLs and bidi overrides in a document's title and
 * text, a note, a verdict's evidence and a comment, shown on every page that shows them in a real
 * Chromium: nothing runs (each payload would set window.__xss), the text shows as text, and a
 * javascript: evidence link is refused before it is stored.
 */
@ClaimDeskTest
class XssCorpusE2E {
    static final String SCRIPT = "<script>window.__xss='script'</script>";
    static final String IMG = "<img src=x onerror=\"window.__xss='img'\">";
    static final String SVG = "<svg onload=\"window.__xss='svg'\"></svg>";
    static final String LINK = "<a href=\"javascript:window.__xss='link'\">click</a>";
    static final String BIDI = "\u202Efdp.exe";
    static final String TEXT = "Claim: " + SCRIPT + " said the envoy.\n\n" + IMG + " " + SVG + " " + LINK + " " + BIDI;

    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    DocumentService documents;
    @Autowired
    OwnLayerEditing annotations;
    @Autowired
    ReviewService reviews;
    @Autowired
    CommentService comments;
    @Autowired
    ProjectService projects;

    @Test
    void nothing_from_documents_or_users_runs_in_the_browser() {
        String owner = testUsers.newUser("owner").username();
        long project = testUsers.newProject(owner);
        TestUsers.signIn(owner);
        DocumentContent doc = documents.importDocument(project, NewDocument.of(IMG + " title " + SCRIPT, TEXT, null));
        int start = doc.text().indexOf(SCRIPT);
        SpanDto claim = annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(start, start + SCRIPT.length())),
                SpanOrigin.MANUAL);
        annotations.setNote(claim.id(), IMG + " note", claim.version());
        assertThatThrownBy(() -> reviews.review(claim.id(), "false",
                List.of(new EvidenceItem("javascript:window.__xss='href'", null, null)), null))
                .isInstanceOf(InvalidInputException.class);
        reviews.review(claim.id(), "false", List.of(new EvidenceItem("https://example.org/?q=%3Csvg%20onload%3D1%3E", SCRIPT, IMG)), null);
        comments.comment(claim.id(), SVG + " comment " + LINK);
        assertThatThrownBy(() -> projects.addLabels(project, List.of("<b>bold</b>"), List.of(), List.of()))
                .isInstanceOf(InvalidInputException.class);

        try (Browser browser = new Browser(port)) {
            browser.open("/projects/" + project);
            browser.logIn(owner, TestUsers.PASSWORD);
            browser.waitUntil(d -> pageText(browser).contains(" title "));
            assertSafe(browser, "documents page");
            assertThat(pageText(browser)).contains("<script>");

            browser.open("/documents/" + doc.id());
            browser.waitForEditor();
            browser.clickSegment(SCRIPT);
            browser.waitUntil(d -> pageText(browser).contains("note"));
            assertSafe(browser, "annotation view");
            assertThat((String) browser.js("return document.querySelector('claim-editor').shadowRoot.textContent"))
                    .contains(SCRIPT).contains(IMG).contains(BIDI);
            // the editor takes its embedded data out of the page, so the page is fetched again and parsed inert
            assertThat((String) browser.js("""
                    return fetch(location.href).then(r => r.text()).then(html => JSON.parse(new DOMParser()
                        .parseFromString(html, 'text/html').getElementById('claimdesk-editor-data').textContent).text);"""))
                    .as("the page carries the text as JSON data, whole").isEqualTo(doc.text());

            for (String page : List.of("/projects/" + project + "/claims", "/curation/" + doc.id(),
                    "/projects/" + project + "/activity")) {
                browser.open(page);
                browser.waitUntil(d -> pageText(browser).contains("<script>") || pageText(browser).contains("onerror"));
                assertSafe(browser, page);
            }
        }
    }

    private static String pageText(Browser browser) {
        return (String) browser.js("return document.body.innerText");
    }

    /**
     * No payload ran, and none became an element: no img with src=x, no svg with onload, no javascript: link,
     * no script of the payload's own code. The page's data scripts (Vaadin's first response, the editor's data)
     * do carry the payload, as escaped JSON strings, which is why a script counts only if the payload is its code.
     */
    private static void assertSafe(Browser browser, String where) {
        Object ran = browser.js("return window.__xss || null");
        assertThat(ran).as(where + ": a payload ran").isNull();
        Object elements = browser.js("""
                const roots = [document, ...[...document.querySelectorAll('*')].filter(e => e.shadowRoot).map(e => e.shadowRoot)];
                return roots.flatMap(r => [...r.querySelectorAll('img[src="x"], svg[onload], a[href^="javascript"], script')])
                    .filter(e => e.tagName !== 'SCRIPT' || e.textContent.trim().startsWith('window.__xss')).length;""");
        assertThat(((Number) elements).intValue()).as(where + ": a payload became an element").isZero();
    }
}
