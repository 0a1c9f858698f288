package org.claimdesk.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.claimdesk.support.ApiClient;
import org.claimdesk.support.Browser;
import org.claimdesk.support.ChildApplication;
import org.claimdesk.support.FreshDataDirectory;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Two ClaimDesk processes on loopback share one PostgreSQL (the first node's), as behind a load
 * balancer with sticky sessions: a span tagged over the API of one node appears live in a browser
 * on the other, both ways, and each node reads what the other stored.
 */
class TwoNodeProcessesE2E {
    static final String PASSWORD = "two-processes-password";
    static final String FIRST = "Moscow and Washington are in negotiations";

    @Test
    void live_updates_cross_between_two_node_processes() throws Exception {
        Path dirA = FreshDataDirectory.newDirectory();
        try (ChildApplication a = ChildApplication.start(dirA, PASSWORD);
             ChildApplication b = ChildApplication.start(FreshDataDirectory.newDirectory(), PASSWORD,
                     "--spring.datasource.url=" + ChildApplication.databaseUrl(dirA), "--spring.datasource.username=postgres")) {
            ApiClient adminA = new ApiClient(a.port(), "admin", PASSWORD);
            long demo = adminA.get("/api/projects").json().get(0).path("id").asLong();
            long doc = adminA.get("/api/projects/" + demo + "/documents").json().get(0).path("id").asLong();
            String text = adminA.get("/api/documents/" + doc).json().path("text").asString();
            for (String user : List.of("alice", "bob")) {
                assertThat(adminA.post("/api/admin/users", "{\"username\":\"" + user + "\",\"password\":\""
                        + TestUsers.PASSWORD + "\"}").status()).isEqualTo(201);
                assertThat(adminA.post("/api/projects/" + demo + "/members", "{\"username\":\"" + user
                        + "\",\"role\":\"ANNOTATOR\"}").status()).isEqualTo(201);
            }
            ApiClient aliceOnA = new ApiClient(a.port(), "alice", TestUsers.PASSWORD);
            ApiClient bobOnB = new ApiClient(b.port(), "bob", TestUsers.PASSWORD);

            try (Browser bobBrowserOnB = open(b, "bob", doc); Browser aliceBrowserOnA = open(a, "alice", doc)) {
                // alice tags through node A; bob's page, served by node B, shows it without reloading
                ApiClient.Response tagged = aliceOnA.post("/api/documents/" + doc + "/spans", span("CLAIM", text, FIRST));
                assertThat(tagged.status()).as(tagged.body()).isEqualTo(201);
                bobBrowserOnB.waitUntil(d -> bobBrowserOnB.otherSegmentTexts().contains(FIRST));

                // and the other way: bob tags through node B, alice's page on node A shows it
                String word = "joint cybersecurity working group";
                ApiClient.Response fromB = bobOnB.post("/api/documents/" + doc + "/spans", span("DENIAL", text, word));
                assertThat(fromB.status()).as(fromB.body()).isEqualTo(201);
                aliceBrowserOnA.waitUntil(d -> aliceBrowserOnA.otherSegmentTexts().contains(word));
            }
            ApiClient bobOnA = new ApiClient(a.port(), "bob", TestUsers.PASSWORD);
            assertThat(bobOnA.get("/api/documents/" + doc + "/annotations").json().get("spans")).hasSize(1);
            ApiClient aliceOnB = new ApiClient(b.port(), "alice", TestUsers.PASSWORD);
            assertThat(aliceOnB.get("/api/documents/" + doc + "/annotations").json().get("spans").get(0)
                    .path("text").asString()).isEqualTo(FIRST);
        }
    }

    private static String span(String label, String text, String phrase) {
        int at = text.indexOf(phrase);
        assertThat(at).as(phrase).isNotNegative();
        int start = text.codePointCount(0, at);
        return "{\"label\":\"" + label + "\",\"start\":" + start + ",\"end\":" + (start + phrase.codePointCount(0,
                phrase.length())) + "}";
    }

    private static Browser open(ChildApplication node, String user, long doc) {
        Browser browser = new Browser(node.port());
        browser.open("/documents/" + doc);
        browser.logIn(user, TestUsers.PASSWORD);
        browser.waitForEditor();
        browser.driver().findElement(By.xpath("//vaadin-checkbox[contains(., 'Show other reviewers')]")).click();
        return browser;
    }
}
