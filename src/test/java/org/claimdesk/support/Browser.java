package org.claimdesk.support;

import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.Keys;
import java.io.File;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.ScriptTimeoutException;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by chromedriver; nothing is downloaded. */
public final class Browser implements AutoCloseable {
    private final ChromeDriver driver;
    private final String base;

    public Browser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(env("CHROMIUM_BINARY", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(env("CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.base = "http://localhost:" + port;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    /** Opens a page outside ClaimDesk (the peers in the benchmark). */
    public void openUrl(String url) {
        driver.get(url);
    }

    public void logIn(String username, String password) {
        waitUntil(d -> !d.findElements(By.cssSelector("input[name='username']")).isEmpty());
        driver.findElement(By.cssSelector("input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password + "\n");
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public void waitUntil(Function<WebDriver, Boolean> condition) {
        waitUntil(condition, Duration.ofSeconds(30));
    }

    public void waitUntil(Function<WebDriver, Boolean> condition, Duration limit) {
        // a page whose main thread is busy makes each probe time out: keep probing until the limit
        new WebDriverWait(driver, limit).ignoring(ScriptTimeoutException.class).until(condition::apply);
    }

    /** Waits until the claim editor has loaded its text. */
    public void waitForEditor() {
        waitUntil(d -> Boolean.TRUE.equals(js(
                "const e = document.querySelector('claim-editor');"
                        + "return !!(e && e.shadowRoot && e.shadowRoot.querySelectorAll('.p').length > 0);")));
    }

    /** Texts of the highlighted segments in the editor, leaving out pieces that only suggestions cover. */
    @SuppressWarnings("unchecked")
    public List<String> segmentTexts() {
        return (List<String>) js("return [...document.querySelector('claim-editor').shadowRoot"
                + ".querySelectorAll('.seg:not(.pending)')].filter(s => " + NOT_ONLY_SUGGESTED + ").map(s => s.textContent);");
    }

    /** A segment that some reviewer's span covers, not only suggestions. */
    private static final String NOT_ONLY_SUGGESTED =
            "!s.classList.contains('suggested') || s.classList.contains('other') || s.style.backgroundColor !== ''";

    /** Texts of the suggestions drawn in the editor (the segments they cover). */
    @SuppressWarnings("unchecked")
    public List<String> suggestionTexts() {
        return (List<String>) js("return [...document.querySelector('claim-editor').shadowRoot"
                + ".querySelectorAll('.seg.suggested')].map(s => s.textContent);");
    }

    /** Texts of the segments of the suggestion that N moved to. */
    @SuppressWarnings("unchecked")
    public List<String> focusedSuggestionTexts() {
        return (List<String>) js("return [...document.querySelector('claim-editor').shadowRoot"
                + ".querySelectorAll('.seg.sugsel')].map(s => s.textContent);");
    }

    /** Clicks just before the first occurrence of a phrase, placing the caret there. */
    public void clickBefore(String phrase) {
        List<Number> box = phraseBox(phrase);
        new Actions(driver).moveToLocation(box.get(0).intValue(), box.get(1).intValue()).click().perform();
    }

    /** Drags the mouse across the first occurrence of a phrase in the editor, as a user selects. */
    public void selectWithMouse(String phrase) {
        // a drag that a late layout shift sent astray is dragged again, as a person would
        for (int attempt = 0; attempt < 3; attempt++) {
            List<Number> box = phraseBox(phrase);
            new Actions(driver)
                    .moveToLocation(box.get(0).intValue(), box.get(1).intValue())
                    .clickAndHold()
                    .moveToLocation(box.get(2).intValue(), box.get(3).intValue())
                    .release()
                    .perform();
            Object selected = js("return document.querySelector('claim-editor').shadowRoot.getSelection().toString();");
            // the editor may have taken the selection over (empty): only a selection of other text is astray
            if (!(selected instanceof String text) || text.isBlank() || text.contains(phrase.strip())) {
                return;
            }
        }
    }

    /** Selects a phrase with the mouse while holding a modifier key (Ctrl adds a fragment). */
    public void selectWithMouse(String phrase, CharSequence modifier) {
        List<Number> box = phraseBox(phrase);
        new Actions(driver)
                .keyDown(modifier)
                .moveToLocation(box.get(0).intValue(), box.get(1).intValue())
                .clickAndHold()
                .moveToLocation(box.get(2).intValue(), box.get(3).intValue())
                .release()
                .keyUp(modifier)
                .perform();
    }

    /**
     * Viewport coordinates [left, middle y, right, middle y] of a phrase in the editor, once the
     * layout holds still: two reads 100 ms apart must agree, so that a page still settling (the
     * side panel being built, highlights painting in chunks) is not clicked at a stale place.
     */
    private List<Number> phraseBox(String phrase) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<Number> last = null;
        while (true) {
            List<Number> box = rawPhraseBox(phrase);
            if (box != null && box.size() == 4 && box.equals(last)) {
                return box;
            }
            if (System.nanoTime() > deadline) {
                if (box == null) {
                    throw new AssertionError("Phrase not in the editor: " + phrase);
                }
                if (box.size() == 4) {
                    return box;
                }
                throw new AssertionError("Phrase has no place on the screen: " + phrase);
            }
            last = box;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<Number> rawPhraseBox(String phrase) {
        return (List<Number>) js("""
                const root = document.querySelector('claim-editor').shadowRoot;
                for (const p of root.querySelectorAll('.p')) {
                  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                    const i = n.data.indexOf(arguments[0]);
                    if (i < 0) continue;
                    const r = document.createRange();
                    r.setStart(n, i); r.setEnd(n, i + arguments[0].length);
                    r.startContainer.parentElement.scrollIntoView({block: 'center'});
                    const rects = r.getClientRects();
                    if (rects.length === 0) return [];
                    const a = rects[0], b = rects[rects.length - 1];
                    return [a.left + 1, a.top + a.height / 2, b.right - 2, b.top + b.height / 2];
                  }
                }
                return null;""", phrase);
    }

    /** Clicks the first highlighted segment whose text is the given one. */
    @SuppressWarnings("unchecked")
    public void clickSegment(String text) {
        List<Number> point = (List<Number>) js("""
                const seg = [...document.querySelector('claim-editor').shadowRoot.querySelectorAll('.seg')]
                    .find(s => s.textContent === arguments[0]
                        && (!s.classList.contains('suggested') || s.classList.contains('other') || s.style.backgroundColor !== ''));
                if (!seg) return null;
                seg.scrollIntoView({block: 'center'});
                const r = seg.getClientRects()[0];
                return [r.left + r.width / 2, r.top + r.height / 2];""", text);
        if (point == null) {
            throw new AssertionError("No span with text: " + text);
        }
        new Actions(driver).moveToLocation(point.get(0).intValue(), point.get(1).intValue()).click().perform();
    }

    /** Texts of other reviewers' spans shown in the editor. */
    @SuppressWarnings("unchecked")
    public List<String> otherSegmentTexts() {
        return (List<String>) js("return [...document.querySelector('claim-editor').shadowRoot"
                + ".querySelectorAll('.seg.other')].map(s => s.textContent);");
    }

    /** Starts recording, in page time (Date.now()), when another reviewer's span first shows a text. */
    public void recordWhenOtherSpansAppear() {
        js("""
                const root = document.querySelector('claim-editor').shadowRoot;
                window.__seen = {};
                new MutationObserver(() => {
                  for (const s of root.querySelectorAll('.seg.other')) {
                    if (!(s.textContent in window.__seen)) window.__seen[s.textContent] = Date.now();
                  }
                }).observe(root, {subtree: true, childList: true, attributes: true});""");
    }

    public long otherSpanSeenAt(String text) {
        Object at = js("return window.__seen && window.__seen[arguments[0]] || 0", text);
        return ((Number) at).longValue();
    }

    /** Starts recording, in page time, the last key pressed in the editor. */
    public void recordKeyPresses() {
        js("document.querySelector('claim-editor').addEventListener('keydown', () => window.__keyAt = Date.now(), true);");
    }

    public long lastKeyAt() {
        return ((Number) js("return window.__keyAt || 0")).longValue();
    }

    public void press(CharSequence keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    public void pressWithShift(CharSequence key) {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(key)
                .keyUp(Keys.SHIFT).perform();
    }

    /** The page's JS heap in use after a full garbage collection, in MB (from Chromium's DevTools). */
    @SuppressWarnings("unchecked")
    public double jsHeapUsedMb() {
        driver.executeCdpCommand("HeapProfiler.collectGarbage", Map.of());
        driver.executeCdpCommand("Performance.enable", Map.of());
        Map<String, Object> result = driver.executeCdpCommand("Performance.getMetrics", Map.of());
        for (Map<String, Object> m : (List<Map<String, Object>>) result.get("metrics")) {
            if ("JSHeapUsedSize".equals(m.get("name"))) {
                return ((Number) m.get("value")).doubleValue() / 1_048_576.0;
            }
        }
        throw new IllegalStateException("Chromium reported no JSHeapUsedSize");
    }

    /** Frames counted while scrolling: how many were drawn and how many 60 Hz frames were missed. */
    public record Scrolling(int frames, int dropped, double worstFrameMs, String longFrames) {
    }

    /**
     * Scrolls the scrollable box around the element the script returns, 40 px per animation frame
     * for up to {@code frames} frames, and counts the frames missed against a 60 Hz display.
     */
    @SuppressWarnings("unchecked")
    public Scrolling scroll(String findElementScript, int frames) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Map<String, Object> r = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const total = arguments[0];
                let el = (function () { %s })();
                const scrollable = e => e instanceof Element && e.scrollHeight > e.clientHeight + 10
                    && /(auto|scroll)/.test(getComputedStyle(e).overflowY);
                while (el && !scrollable(el)) {
                  el = el.parentElement || (el.getRootNode && el.getRootNode().host) || null;
                }
                el = el || document.scrollingElement;
                el.scrollTop = 0;
                // Chromium's long animation frames say what ran in a frame that took too long
                const loaf = [];
                let observer = null;
                try {
                  observer = new PerformanceObserver(list => loaf.push(...list.getEntries()));
                  observer.observe({type: 'long-animation-frame'});
                } catch (e) { observer = null; }
                const describe = () => {
                  if (observer) { loaf.push(...observer.takeRecords()); observer.disconnect(); }
                  return loaf.filter(f => f.startTime >= times[0]).map(f => Math.round(f.duration) + ' ms (script '
                      + Math.round(f.scripts.reduce((a, x) => a + x.duration, 0)) + ', layout '
                      + Math.round(f.startTime + f.duration - f.styleAndLayoutStart) + '): '
                      + f.scripts.map(x => x.invokerType + ' ' + x.invoker + ' ' + Math.round(x.duration)).join('; '))
                    .join(' | ');
                };
                const times = [];
                const step = (t) => {
                  times.push(t);
                  el.scrollTop += 40;
                  if (times.length < total && el.scrollTop + el.clientHeight < el.scrollHeight - 1) {
                    requestAnimationFrame(step);
                  } else {
                    const frame = 1000 / 60;
                    let dropped = 0, worst = 0;
                    for (let i = 1; i < times.length; i++) {
                      const d = times[i] - times[i - 1];
                      dropped += Math.max(0, Math.round(d / frame) - 1);
                      worst = Math.max(worst, d);
                    }
                    done({frames: times.length, dropped: dropped, worst: worst, longFrames: describe()});
                  }
                };
                requestAnimationFrame(() => requestAnimationFrame(step));
                """.formatted(findElementScript), frames);
        return new Scrolling(((Number) r.get("frames")).intValue(), ((Number) r.get("dropped")).intValue(),
                ((Number) r.get("worst")).doubleValue(), String.valueOf(r.get("longFrames")));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
