package org.claimdesk.base;

import java.util.ArrayList;
import org.openqa.selenium.WebElement;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.claimdesk.support.AnotherApplication;
import org.claimdesk.support.ApiClient;
import org.claimdesk.support.Browser;
import org.claimdesk.support.FreshDataDirectory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL stops while a reviewer works and starts again: the screen says the connection is lost,
 * a tag made meanwhile is refused visibly (and the API answers 503), and once the database is back
 * the same screen works again without restarting ClaimDesk; every acknowledged span is stored.
 */
class DatabaseOutageE2E {
    static final String PASSWORD = "outage-password";
    static final String PHRASE = "Moscow and Washington are in negotiations";

    @Test
    void the_app_shows_connection_lost_and_recovers_without_a_restart() throws Exception {
        Path dir = FreshDataDirectory.newDirectory();
        Path pgData = Files.createDirectories(dir.resolve("external-postgres"));
        int pgPort = freePort();
        EmbeddedPostgres postgres = startPostgres(pgData, pgPort);
        try (ConfigurableApplicationContext app = AnotherApplication.run("--server.port=0",
                "--claimdesk.data-dir=" + dir, "--claimdesk.admin-password=" + PASSWORD,
                "--spring.datasource.url=jdbc:postgresql://localhost:" + pgPort + "/postgres",
                "--spring.datasource.username=postgres");
             Browser browser = new Browser(port(app))) {
            ApiClient api = new ApiClient(port(app), "admin", PASSWORD);
            long project = api.get("/api/projects").json().get(0).get("id").asLong();
            long doc = api.get("/api/projects/" + project + "/documents").json().get(0).get("id").asLong();
            String spans = "/api/documents/" + doc + "/spans";
            int acknowledged = 0;
            assertThat(api.post(spans, "{\"label\":\"CLAIM\",\"start\":0,\"end\":13}").status()).isEqualTo(201);
            acknowledged++;

            browser.open("/documents/" + doc);
            browser.logIn("admin", PASSWORD);
            browser.waitForEditor();
            assertThat(banner(browser)).isEmpty();

            postgres.close();
            browser.waitUntil(d -> banner(browser).contains("Connection to the database lost"));
            ApiClient.Response during = api.post(spans, "{\"label\":\"CLAIM\",\"start\":20,\"end\":30}");
            assertThat(during.status()).as(during.body()).isEqualTo(503);
            assertThat(during.json().path("detail").asString()).contains("nothing was stored");

            browser.selectWithMouse(PHRASE);
            browser.press("1");
            browser.waitUntil(d -> errorNotification(browser).contains("this change was not saved"));
            browser.waitUntil(d -> !browser.segmentTexts().contains(PHRASE));

            postgres = startPostgres(pgData, pgPort);
            browser.waitUntil(d -> banner(browser).isEmpty());
            browser.selectWithMouse(PHRASE);
            browser.press("1");
            browser.waitUntil(d -> browser.segmentTexts().contains(PHRASE));
            acknowledged++;
            ApiClient.Response after = api.post(spans, "{\"label\":\"DENIAL\",\"start\":20,\"end\":30}");
            assertThat(after.status()).as(after.body()).isEqualTo(201);
            acknowledged++;

            List<String> stored = new ArrayList<>();
            api.get("/api/documents/" + doc + "/annotations").json().get("spans")
                    .forEach(s -> stored.add(s.get("label").asString() + " " + s.get("text").asString()));
            assertThat(stored).hasSize(acknowledged).contains("CLAIM " + PHRASE);
        } finally {
            postgres.close();
        }
    }

    private static String banner(Browser browser) {
        List<WebElement> shown = browser.driver().findElements(By.cssSelector(".cd-connection-lost"))
                .stream().filter(WebElement::isDisplayed).toList();
        return shown.isEmpty() ? "" : shown.getFirst().getText();
    }

    private static String errorNotification(Browser browser) {
        Object text = browser.js("return [...document.querySelectorAll('vaadin-notification-card')]"
                + ".map(c => c.textContent).join(' ');");
        return text == null ? "" : text.toString();
    }

    private static EmbeddedPostgres startPostgres(Path data, int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    /**
     * A free port below Linux's ephemeral range (32768-60999). While PostgreSQL is down its port is
     * free, and a port from that range can meanwhile go to any client socket or to another server
     * started on port 0; then the app would reach a stranger instead of nothing.
     */
    private static int freePort() throws Exception {
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = 20_000 + ThreadLocalRandom.current().nextInt(12_000);
            try (ServerSocket s = new ServerSocket(candidate)) {
                return s.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("No free port between 20000 and 32000");
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port", "0"));
    }
}
