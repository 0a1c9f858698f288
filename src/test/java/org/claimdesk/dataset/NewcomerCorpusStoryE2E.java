package org.claimdesk.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.claimdesk.support.Browser;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The README's walkthrough, as a newcomer does it in real Chromium and nothing else: a project
 * from the attribution template, two colleagues added on the members page, a brat corpus with
 * events uploaded, an event seen in the editor, a label added on the schema page and used at once
 * in a colleague's open editor, and a brat export that gives back the lines that came in.
 */
@ClaimDeskTest
class NewcomerCorpusStoryE2E {
    private static final Duration SLOW = Duration.ofSeconds(60);

    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @TempDir
    Path dir;

    Browser owner;
    Browser colleague;

    @AfterEach
    void close() {
        for (Browser b : new Browser[] {owner, colleague}) {
            if (b != null) {
                b.close();
            }
        }
        TestUsers.signOut();
    }

    @Test
    void a_newcomer_brings_a_brat_corpus_and_a_team_edits_the_schema_live_and_gets_the_same_brat_back() throws Exception {
        String me = testUsers.newUser("newcomer").username();
        String ana = testUsers.newUser("ana").username();
        String ben = testUsers.newUser("ben").username();
        String projectName = TestUsers.unique("Attribution corpus");

        owner = new Browser(port);
        owner.open("/");
        owner.logIn(me, TestUsers.PASSWORD);
        owner.waitUntil(d -> !d.findElements(By.cssSelector("input[aria-label='New project name']")).isEmpty());
        owner.driver().findElement(By.cssSelector("input[aria-label='New project name']")).sendKeys(projectName);
        choose(owner, "Schema to start from", "Source, Cue, Content and the Attribution event (PARC style)");
        button(owner, "Create project").click();
        owner.waitUntil(d -> !d.findElements(By.linkText(projectName)).isEmpty());
        owner.driver().findElement(By.linkText(projectName)).click();
        owner.waitUntil(d -> d.getCurrentUrl().matches(".*/projects/\\d+$"));
        long project = Long.parseLong(owner.driver().getCurrentUrl().replaceAll(".*/projects/", ""));

        follow(owner, "Members →");
        addMember(owner, ana, "ANNOTATOR");
        addMember(owner, ben, "CURATOR");
        owner.waitUntil(d -> text(owner).contains(ana) && text(owner).contains(ben));

        owner.open("/projects/" + project);
        follow(owner, "Import & export →");
        Path zip = dir.resolve("corpus.zip");
        Files.write(zip, BratAttributionCorpus.zip());
        owner.waitUntil(d -> d.getCurrentUrl().endsWith("/datasets") && text(owner).contains("Annotations go into"));
        WebElement upload = owner.driver().findElement(By.cssSelector("vaadin-upload"));
        fileInput(owner, upload).sendKeys(zip.toString());
        owner.waitUntil(d -> text(owner).contains("Import corpus.zip"));
        WebElement addLabels = owner.driver().findElement(By.xpath("//vaadin-checkbox[contains(., 'Add labels the project lacks')]"));
        owner.js("arguments[0].scrollIntoView({block: 'center'})", addLabels);
        addLabels.findElement(By.cssSelector("input")).click();
        button(owner, "Import corpus.zip").click();
        owner.waitUntil(d -> text(owner).contains(BratAttributionCorpus.DOCUMENTS + " documents created"), SLOW);
        assertThat(text(owner)).contains("; 0 problems");

        owner.open("/projects/" + project);
        owner.waitUntil(d -> !d.findElements(By.linkText("news-01")).isEmpty());
        String documentPath = owner.driver().findElement(By.linkText("news-01")).getDomAttribute("href");
        owner.open("/" + documentPath.replaceFirst("^/", ""));
        owner.waitForEditor();
        owner.clickSegment(" on Monday");
        owner.waitUntil(d -> text(owner).contains("Content → Content"));
        assertThat(text(owner)).contains("Source → Source “Andrei Krutskikh”", "Cue → Cue “said”");

        colleague = new Browser(port);
        colleague.open("/" + documentPath.replaceFirst("^/", ""));
        colleague.logIn(ana, TestUsers.PASSWORD);
        colleague.waitForEditor();

        owner.open("/projects/" + project);
        follow(owner, "Schema →");
        owner.waitUntil(d -> text(owner).contains("Add a label"));
        button(owner, "Add a label").click();
        owner.waitUntil(d -> !fields(owner, "Name", "LABEL5").isEmpty());
        fields(owner, "Name", "LABEL5").getFirst().sendKeys(Keys.chord(Keys.CONTROL, "a"), "Hedge", Keys.TAB);
        fields(owner, "Key", "").getFirst().sendKeys("h", Keys.TAB);
        button(owner, "Save the schema").click();
        owner.waitUntil(d -> text(owner).contains("Schema saved"));

        colleague.waitUntil(d -> text(colleague).contains("Hedge"));
        colleague.selectWithMouse("frankly");
        colleague.press("h");
        colleague.waitUntil(d -> colleague.segmentTexts().contains("frankly"));

        owner.open("/projects/" + project);
        follow(owner, "Import & export →");
        owner.waitUntil(d -> text(owner).contains("Export"));
        choose(owner, "Format", "brat standoff (brat)");
        choose(owner, "Layer", me);
        WebElement split = field(owner, "vaadin-text-field", "Split train,dev,test (or none)")
                .findElement(By.cssSelector("input"));
        split.sendKeys(Keys.chord(Keys.CONTROL, "a"), "none", Keys.TAB);
        button(owner, "Export").click();
        owner.waitUntil(d -> !d.findElements(By.partialLinkText("Download ")).isEmpty(), SLOW);
        String href = owner.driver().findElement(By.partialLinkText("Download ")).getDomProperty("href");
        Map<String, String> files = BratCorpusRoundTripIT.unzip(download(owner, href));
        for (BratAttributionCorpus.Document doc : BratAttributionCorpus.documents()) {
            String ann = files.entrySet().stream().filter(e -> e.getKey().endsWith("/" + doc.name() + ".ann"))
                    .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError("no " + doc.name()));
            boolean exact = !doc.text().contains("\r");
            assertThat(BratCorpusRoundTripIT.canonical(ann, exact)).as(doc.name())
                    .isEqualTo(BratCorpusRoundTripIT.canonical(String.join("\n", doc.annotations()), exact));
        }
    }

    private static String text(Browser b) {
        return String.valueOf(b.js("return document.body.innerText"));
    }

    private static void follow(Browser b, String link) {
        b.waitUntil(d -> !d.findElements(By.linkText(link)).isEmpty());
        b.driver().findElement(By.linkText(link)).click();
    }

    private static WebElement button(Browser b, String label) {
        By by = By.xpath("//vaadin-button[normalize-space(.)='" + label + "']");
        b.waitUntil(d -> !d.findElements(by).isEmpty());
        WebElement button = b.driver().findElement(by);
        b.js("arguments[0].scrollIntoView({block: 'center'})", button); // clear of notifications at the bottom
        return button;
    }

    /** Opens a Select by its label (or accessible name) and clicks the item with the text. */
    private static void choose(Browser b, String label, String item) {
        field(b, "vaadin-select", label).click();
        By option = By.xpath("//vaadin-select-item[normalize-space(.)=\"" + item + "\"]");
        b.waitUntil(d -> d.findElements(option).stream().anyMatch(WebElement::isDisplayed));
        b.driver().findElements(option).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
    }

    /** A Vaadin field by its label or accessible name (Flow sets them as properties). */
    private static WebElement field(Browser b, String tag, String label) {
        String find = """
                return [...document.querySelectorAll(arguments[0])].find(s => s.label === arguments[1]
                    || s.accessibleName === arguments[1] || s.getAttribute('aria-label') === arguments[1]) || null;""";
        b.waitUntil(d -> b.js(find, tag, label) != null);
        return (WebElement) b.js(find, tag, label);
    }

    private static void addMember(Browser b, String username, String role) {
        field(b, "vaadin-combo-box", "Person").findElement(By.cssSelector("input")).sendKeys(username);
        By item = By.xpath("//vaadin-combo-box-item[starts-with(normalize-space(.), '" + username + "')]");
        b.waitUntil(d -> d.findElements(item).stream().anyMatch(WebElement::isDisplayed));
        b.driver().findElements(item).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
        choose(b, "Role", role);
        button(b, "Add to project").click();
        b.waitUntil(d -> text(b).contains(username + " is " + role));
    }

    private static WebElement fileInput(Browser b, WebElement upload) {
        List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        return light.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")) : light.getFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<WebElement> fields(Browser b, String placeholder, String value) {
        return (List<WebElement>) b.js("return [...document.querySelectorAll('input')]"
                + ".filter(i => i.placeholder === arguments[0] && i.value === arguments[1])", placeholder, value);
    }

    /** Fetches the link as the page would, with its session, and gives the bytes. */
    private static byte[] download(Browser b, String href) {
        Object base64 = ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(buf => {
                    let s = '';
                    new Uint8Array(buf).forEach(x => s += String.fromCharCode(x));
                    done(btoa(s));
                }).catch(e => done('ERROR ' + e));""", href);
        assertThat(String.valueOf(base64)).doesNotStartWith("ERROR");
        return Base64.getDecoder().decode(String.valueOf(base64));
    }
}
