package org.claimdesk.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimdesk.annotation.LayerReader;
import org.claimdesk.annotation.SpanDto;
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

/** A reviewer tags the seed article in real headless Chromium; the span is in PostgreSQL. */
@ClaimDeskTest
class AnnotateSeedArticleE2E {
    private static final String PHRASE = "Moscow and Washington are in negotiations";

    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    DocumentService documents;
    @Autowired
    LayerReader layers;

    Browser browser;
    String reviewer;
    long seedDocument;

    @BeforeEach
    void reviewerInDemoProject() {
        TestUsers.DemoSeat seat = testUsers.annotatorInDemo("reviewer", documents);
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
    void tags_a_claim_with_mouse_and_key_it_survives_a_reload_and_delete_removes_it() {
        openSeedArticle();

        browser.selectWithMouse(PHRASE);
        browser.press("1");
        browser.waitUntil(d -> browser.segmentTexts().contains(PHRASE));
        browser.waitUntil(d -> !layer().isEmpty());
        assertThat(layer()).singleElement().satisfies(s -> {
            assertThat(s.label()).isEqualTo("CLAIM");
            assertThat(s.text()).isEqualTo(PHRASE);
        });

        browser.driver().navigate().refresh();
        browser.waitForEditor();
        assertThat(browser.segmentTexts()).containsExactly(PHRASE);

        browser.clickSegment(PHRASE);
        browser.press(Keys.DELETE);
        browser.waitUntil(d -> browser.segmentTexts().isEmpty());
        browser.waitUntil(d -> layer().isEmpty());

        browser.driver().navigate().refresh();
        browser.waitForEditor();
        assertThat(browser.segmentTexts()).isEmpty();
    }

    @Test
    void selects_with_shift_arrows_and_tags_an_attribution_from_the_keyboard() {
        openSeedArticle();
        // click just before "Andrei", then extend two words to the right
        browser.clickBefore("Andrei");
        browser.pressWithShift(Keys.ARROW_RIGHT);
        browser.pressWithShift(Keys.ARROW_RIGHT);
        browser.press("2");
        browser.waitUntil(d -> browser.segmentTexts().contains("Andrei Krutskikh"));
        browser.waitUntil(d -> layer().stream().anyMatch(s -> s.label().equals("ATTRIBUTION")));
        assertThat(layer()).extracting(SpanDto::text).contains("Andrei Krutskikh");
    }

    @Test
    void ctrl_selection_makes_a_discontinuous_claim_and_r_links_it_to_its_source() {
        openSeedArticle();

        browser.selectWithMouse("The talks are underway");
        browser.selectWithMouse("Nobody denies the necessity of holding the talks", Keys.CONTROL);
        browser.press("1");
        browser.waitUntil(d -> layer().stream().anyMatch(s -> s.fragments().size() == 2));
        SpanDto claim = layer().stream().filter(s -> s.fragments().size() == 2).findFirst().orElseThrow();
        assertThat(claim.text()).isEqualTo("The talks are underway … Nobody denies the necessity of holding the talks");

        browser.selectWithMouse("Krutskikh was reported as saying");
        browser.press("2");
        browser.waitUntil(d -> browser.segmentTexts().contains("Krutskikh was reported as saying"));

        browser.clickSegment("The talks are underway");
        browser.press("r");
        browser.clickSegment("Krutskikh was reported as saying");
        browser.waitUntil(d -> {
            TestUsers.signIn(reviewer);
            return !layers.layer(seedDocument).relations().isEmpty();
        });
        assertThat(layers.layer(seedDocument).relations()).singleElement()
                .satisfies(r -> assertThat(r.type()).isEqualTo("ATTRIBUTED_TO"))
                .satisfies(r -> assertThat(r.from()).isEqualTo(claim.id()));
    }

    @Test
    void the_editor_takes_its_layer_from_the_page_parsed_once_without_fetching_it() {
        openSeedArticle();
        browser.driver().navigate().refresh();
        browser.waitForEditor();

        assertThat(browser.js("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('/editor.json')).length")).isEqualTo(0L);
        // the first-screen painter parsed it and handed it over; the editor took it and let it go
        assertThat(browser.js("return typeof window.claimdeskPrepaint")).isEqualTo("object");
        assertThat(browser.js("return 'claimdeskEditorData' in window")).isEqualTo(false);
        assertThat(browser.js("return document.getElementById('claimdesk-editor-data') === null")).isEqualTo(true);
    }

    private void openSeedArticle() {
        browser.open("/documents/" + seedDocument);
        browser.logIn(reviewer, TestUsers.PASSWORD);
        browser.waitForEditor();
    }

    private List<SpanDto> layer() {
        TestUsers.signIn(reviewer);
        return layers.layer(seedDocument).spans();
    }
}
