package org.claimdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimdesk.annotation.AnnotationService;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.SpanOrigin;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.NewDocument;
import org.claimdesk.support.Browser;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Opens a 100,000-character news document with 5,000 spans in headless Chromium and measures how
 * long it takes to open and how long from a tagging key press until the span is painted.
 * Prints a table; asserts only that the work was done, never a time.
 * Run with {@code ./mvnw verify -Pbenchmark}.
 */
@ClaimDeskTest
class EditorBenchmark {
    private static final int CHARACTERS = 100_000;
    private static final int SPANS = 5_000;
    private static final int OPEN_RUNS = 5;
    private static final int TAG_RUNS = 20;
    private static final String[] LABELS = {"CLAIM", "ATTRIBUTION", "DENIAL"};

    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    DocumentService documents;
    @Autowired
    AnnotationService annotations;

    @Test
    void open_and_tag_a_long_document() throws IOException {
        String user = testUsers.newUser("bench").username();
        long project = testUsers.newProject(user);
        TestUsers.signIn(user);
        DocumentContent doc = documents.importDocument(project, NewDocument.of("Long article", longText(), null));
        List<int[]> free = spanTheText(doc);

        List<Double> pageOpen = new ArrayList<>();
        List<Double> render = new ArrayList<>();
        List<Double> allHighlights = new ArrayList<>();
        List<Double> tagPaint = new ArrayList<>();
        List<Double> tagConfirmed = new ArrayList<>();
        try (Browser browser = new Browser(port)) {
            browser.open("/documents/" + doc.id());
            browser.logIn(user, TestUsers.PASSWORD);
            browser.waitForEditor();
            for (int i = 0; i < OPEN_RUNS; i++) {
                browser.driver().navigate().refresh();
                browser.waitUntil(d -> number(browser, "readyAt") > 0);
                browser.waitUntil(d -> number(browser, "fullyRenderedMs") > 0);
                pageOpen.add(number(browser, "readyAt"));
                render.add(number(browser, "lastLoadMs"));
                allHighlights.add(number(browser, "fullyRenderedMs"));
            }
            assertThat(((Number) browser.js("return document.querySelector('claim-editor').shadowRoot"
                    + ".querySelectorAll('.seg').length")).intValue()).isGreaterThan(SPANS / 2);
            for (int i = 0; i < TAG_RUNS; i++) {
                int[] word = free.get(i * 7);
                browser.js("""
                        const e = document.querySelector('claim-editor');
                        const root = e.shadowRoot;
                        e.lastTagConfirmedMs = -1;
                        const pos = (o) => {
                          const paras = [...root.querySelectorAll('.p')];
                          let start = 0;
                          for (const p of paras) {
                            const len = p.textContent.length;
                            if (o <= start + len) {
                              const w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                              let rest = o - start;
                              for (let n = w.nextNode(); n; n = w.nextNode()) {
                                if (rest <= n.data.length) return [n, rest];
                                rest -= n.data.length;
                              }
                            }
                            start += len + 1;
                          }
                        };
                        const [a, ao] = pos(arguments[0]);
                        const [b, bo] = pos(arguments[1]);
                        a.parentElement.scrollIntoView({block: 'center'});
                        root.getSelection().setBaseAndExtent(a, ao, b, bo);
                        root.querySelector('.text').dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                        """, word[0], word[1]);
                browser.press("1");
                browser.waitUntil(d -> number(browser, "lastTagConfirmedMs") > 0);
                tagPaint.add(number(browser, "lastTagMs"));
                tagConfirmed.add(number(browser, "lastTagConfirmedMs"));
            }
        }
        assertThat(annotations.layer(doc.id()).spans()).hasSize(SPANS + TAG_RUNS);

        String table = """
                | measure (%d characters, %d spans, headless Chromium) | median ms | p95 ms | runs |
                |---|---|---|---|
                %s
                %s
                %s
                %s
                %s
                """.formatted(doc.lengthCp(), SPANS,
                row("page load to text and first highlights painted (full reload)", pageOpen),
                row("editor: data received to text and first highlights painted", render),
                row("editor: data received to all 5,000 highlights drawn", allHighlights),
                row("tag: key press to span painted", tagPaint),
                row("tag: key press to span stored and confirmed by the server", tagConfirmed));
        System.out.println("\n" + table);
        Path out = Path.of("target", "benchmark-editor.md");
        Files.writeString(out, table, StandardCharsets.UTF_8);
    }

    private static double number(Browser browser, String property) {
        Object v = browser.js("return document.querySelector('claim-editor')?." + property + " ?? -1");
        return ((Number) v).doubleValue();
    }

    private static String row(String name, List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted[sorted.length / 2];
        double p95 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)];
        return "| %s | %.1f | %.1f | %d |".formatted(name, median, p95, sorted.length);
    }

    /** Real news text (the seed article) repeated to the target length. */
    private static String longText() throws IOException {
        String seed = Files.readString(Path.of("seeds", "000_8558d2e5bc5d2c06.txt"), StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(CHARACTERS + seed.length());
        while (sb.length() < CHARACTERS) {
            sb.append(seed).append("\n\n");
        }
        return sb.substring(0, CHARACTERS);
    }

    /**
     * Puts 5,000 spans on words, some nested in longer ones, and returns the UTF-16 ranges of words
     * left free for tagging (the text is ASCII, so UTF-16 and code points agree).
     */
    private List<int[]> spanTheText(DocumentContent doc) {
        Matcher words = Pattern.compile("\\p{L}+").matcher(doc.text());
        List<int[]> all = new ArrayList<>();
        while (words.find()) {
            all.add(new int[] {words.start(), words.end()});
        }
        boolean[] covered = new boolean[doc.text().length()];
        int made = 0;
        for (int j = 0; j < SPANS; j++) {
            int i = (int) ((long) j * all.size() / SPANS);
            int[] w = all.get(i);
            // every tenth span covers five words, so the next spans nest inside it
            int end = (j % 10 == 0 && i + 4 < all.size()) ? all.get(i + 4)[1] : w[1];
            annotations.createSpan(doc.id(), LABELS[j % 3], List.of(new Fragment(w[0], end)), SpanOrigin.MANUAL);
            Arrays.fill(covered, w[0], end, true);
            made++;
        }
        List<int[]> free = all.stream().filter(w -> !covered[w[0]]).toList();
        assertThat(made).isEqualTo(SPANS);
        return free;
    }
}
