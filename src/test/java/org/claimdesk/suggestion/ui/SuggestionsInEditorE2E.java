package org.claimdesk.suggestion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimdesk.annotation.LayerReader;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SpanOrigin;
import org.claimdesk.document.DocumentService;
import org.claimdesk.support.Browser;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A newcomer opens the seed article in the Demo project and sees suggestions at once; N goes to
 * one, Enter accepts it with its claim and link, X rejects the next, Ctrl+Z undoes the accept, all
 * from the keyboard in real headless Chromium.
 */
@ClaimDeskTest
class SuggestionsInEditorE2E {
    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    DocumentService documents;
    @Autowired
    LayerReader layers;
    @Autowired
    JdbcClient jdbc;

    Browser browser;
    String reviewer;
    long seedDocument;

    @BeforeEach
    void newcomerInDemoProject() {
        TestUsers.DemoSeat seat = testUsers.annotatorInDemo("newcomer", documents);
        reviewer = seat.username();
        seedDocument = seat.seedDocument();
        browser = new Browser(port);
    }

    @AfterEach
    void close() {
        browser.close();
        TestUsers.signOut();
    }

    @Test
    void n_enter_and_x_accept_an_attribution_with_its_claim_and_reject_the_next_and_ctrl_z_undoes_the_accept() {
        browser.open("/documents/" + seedDocument);
        browser.logIn(reviewer, TestUsers.PASSWORD);
        browser.waitForEditor();
        browser.waitUntil(d -> browser.suggestionTexts().contains("Russia Says"));
        assertThat(browser.segmentTexts()).as("no span of the reviewer's own yet").isEmpty();
        browser.clickBefore("Moscow and Washington"); // the keyboard goes to the text

        browser.press("n");
        browser.waitUntil(d -> browser.focusedSuggestionTexts().contains("Russia Says"));
        browser.press(Keys.ENTER);
        browser.waitUntil(d -> layer().size() == 2);
        assertThat(layer()).extracting(SpanDto::label, SpanDto::text, SpanDto::origin).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("ATTRIBUTION", "Russia Says", SpanOrigin.SUGGESTED),
                org.assertj.core.groups.Tuple.tuple("CLAIM", "In Talks With U.S. On Creating Cybersecurity Workgroup",
                        SpanOrigin.SUGGESTED));
        assertThat(relations()).isEqualTo(1);
        browser.waitUntil(d -> browser.segmentTexts().contains("Russia Says"));
        browser.waitUntil(d -> !browser.suggestionTexts().contains("Russia Says")
                || browser.segmentTexts().contains("Russia Says"));

        browser.press("n");
        browser.waitUntil(d -> !browser.focusedSuggestionTexts().isEmpty()
                && !browser.focusedSuggestionTexts().contains("Russia Says"));
        List<String> rejected = browser.focusedSuggestionTexts();
        browser.press("x");
        browser.waitUntil(d -> decisions("REJECTED") == 1);
        browser.waitUntil(d -> !browser.suggestionTexts().containsAll(rejected));
        assertThat(layer()).hasSize(2);

        new org.openqa.selenium.interactions.Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("z")
                .keyUp(Keys.CONTROL).perform();
        browser.waitUntil(d -> layer().isEmpty());
        assertThat(relations()).isZero();
        // an undone accept proposes the suggestion again
        browser.waitUntil(d -> browser.suggestionTexts().contains("Russia Says"));
        // and the side panel brings back what was rejected
        Object buttons = browser.js("const b = [...document.querySelectorAll('vaadin-button')]"
                + ".find(x => x.textContent.includes('Bring back rejected'));"
                + "if (b) { b.click(); return 'clicked'; }"
                + "return [...document.querySelectorAll('vaadin-button')].map(x => x.textContent).join(' | ');");
        assertThat(buttons).isEqualTo("clicked");
        browser.waitUntil(d -> decisions("REJECTED") == 0);
        browser.waitUntil(d -> browser.suggestionTexts().containsAll(rejected));
    }

    @Test
    void shift_enter_accepts_the_suggestions_in_view_above_the_slider_in_one_undo_step() {
        browser.open("/documents/" + seedDocument);
        browser.logIn(reviewer, TestUsers.PASSWORD);
        browser.waitForEditor();
        browser.waitUntil(d -> browser.suggestionTexts().contains("Krutskikh was reported as saying"));
        browser.js("const i = document.querySelector('input[type=range]'); i.value = '90';"
                + "i.dispatchEvent(new Event('input')); i.dispatchEvent(new Event('change'));");
        browser.waitUntil(d -> String.valueOf(browser.js("return document.body.innerText;"))
                .contains("Shift+Enter accepts those in view from 90%"));
        browser.clickBefore("Moscow and Washington");
        new org.openqa.selenium.interactions.Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.ENTER)
                .keyUp(Keys.SHIFT).perform();
        browser.waitUntil(d -> !layer().isEmpty());
        assertThat(layer()).extracting(SpanDto::text).contains("Krutskikh was reported as saying")
                .as("scored 0.6, below the slider").doesNotContain("Russia Says");
        assertThat(layer()).allSatisfy(s -> assertThat(s.origin()).isEqualTo(SpanOrigin.SUGGESTED));
        new org.openqa.selenium.interactions.Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("z")
                .keyUp(Keys.CONTROL).perform();
        browser.waitUntil(d -> layer().isEmpty());
    }

    @Test
    void question_mark_shows_the_label_keys_and_the_editors_own_keys() {
        browser.open("/documents/" + seedDocument);
        browser.logIn(reviewer, TestUsers.PASSWORD);
        browser.waitForEditor();
        browser.clickBefore("Moscow and Washington");
        browser.press("?");
        browser.waitUntil(d -> helpText().contains("tag as CLAIM") && helpText().contains("reject the suggestion"));
        browser.press(Keys.ESCAPE);
        browser.waitUntil(d -> helpText().isEmpty());
    }

    private String helpText() {
        Object text = browser.js("const h = document.querySelector('claim-editor').shadowRoot.querySelector('.help');"
                + "return h.hidden ? '' : h.textContent;");
        return String.valueOf(text);
    }

    private List<SpanDto> layer() {
        TestUsers.signIn(reviewer);
        return layers.layer(seedDocument).spans();
    }

    private int relations() {
        TestUsers.signIn(reviewer);
        return layers.layer(seedDocument).relations().size();
    }

    private long decisions(String decision) {
        return jdbc.sql("""
                        select count(*) from suggestion_decision d join app_user u on u.id = d.user_id
                        where u.username = ? and d.document_id = ? and d.decision = ?""")
                .params(reviewer, seedDocument, decision).query(Long.class).single();
    }
}
