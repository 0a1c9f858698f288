package org.claimdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.NewDocument;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.support.Browser;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two reviewers in two headless Chromium sessions on one document: time from a tagging key press
 * in one browser to the span painted in the other (page clocks of one machine).
 * Run with {@code ./mvnw verify -Pbenchmark}.
 */
@ClaimDeskTest
class LivePropagationBenchmark {
    private static final int RUNS = 20;

    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    DocumentService documents;

    @Test
    void key_press_in_one_browser_to_span_in_the_other() throws IOException {
        String alice = testUsers.newUser("alice").username();
        String bob = testUsers.newUser("bob").username();
        long project = testUsers.newProject(alice, bob, ProjectRole.ANNOTATOR);
        TestUsers.signIn(alice);
        String text = Files.readString(Path.of("seeds", "000_8558d2e5bc5d2c06.txt"), StandardCharsets.UTF_8);
        DocumentContent doc = documents.importDocument(project, NewDocument.of("Live", text, null));
        List<String> words = distinctWords(doc.text());

        List<Long> millis = new ArrayList<>();
        try (Browser a = open(alice, doc.id()); Browser b = open(bob, doc.id())) {
            b.driver().findElement(By.xpath("//vaadin-checkbox[contains(., 'Show other reviewers')]")).click();
            b.recordWhenOtherSpansAppear();
            a.recordKeyPresses();
            for (int i = 0; i < RUNS; i++) {
                String word = words.get(i);
                a.selectWithMouse(word);
                a.press("1");
                b.waitUntil(d -> b.otherSpanSeenAt(word) > 0);
                millis.add(b.otherSpanSeenAt(word) - a.lastKeyAt());
            }
        }
        assertThat(millis).hasSize(RUNS);
        List<Long> sorted = millis.stream().sorted().toList();
        String table = """
                | measure (two browsers, %d tags) | median ms | p95 ms | worst ms |
                |---|---|---|---|
                | key press in one browser to span shown in the other | %d | %d | %d |
                """.formatted(RUNS, sorted.get(RUNS / 2), sorted.get((int) Math.ceil(RUNS * 0.95) - 1), sorted.getLast());
        System.out.println("\n" + table);
        Files.writeString(Path.of("target", "benchmark-live.md"), table, StandardCharsets.UTF_8);
    }

    private Browser open(String user, long documentId) {
        Browser browser = new Browser(port);
        browser.open("/documents/" + documentId);
        browser.logIn(user, TestUsers.PASSWORD);
        browser.waitForEditor();
        return browser;
    }

    /** Words that occur once in the text, at least six letters long: each is a unique target. */
    private static List<String> distinctWords(String text) {
        Matcher m = Pattern.compile("\\b\\p{L}{6,}\\b").matcher(text);
        List<String> all = new ArrayList<>();
        while (m.find()) {
            all.add(m.group());
        }
        return all.stream().filter(w -> all.indexOf(w) == all.lastIndexOf(w))
                .filter(w -> text.indexOf(w) == text.lastIndexOf(w)).distinct().toList();
    }
}
