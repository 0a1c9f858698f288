package org.claimdesk.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.OwnLayerEditing;
import org.claimdesk.annotation.SpanOrigin;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.NewDocument;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The editor's data over HTTP, under the browser's session: what the view may show, to whom it may. */
@ClaimDeskTest
class EditorDataIT {
    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    DocumentService documents;
    @Autowired
    OwnLayerEditing editing;

    @Test
    void a_member_gets_the_layer_compact_and_compressed_others_get_nothing() throws Exception {
        String owner = testUsers.newUser("owner").username();
        String stranger = testUsers.newUser("stranger").username();
        long project = testUsers.newProject(owner);
        TestUsers.signIn(owner);
        String text = "👩‍💻 Moscow talks." + " More words follow.".repeat(200);
        DocumentContent doc = documents.importDocument(project, NewDocument.of("Talks", text, null));
        long span = editing.createSpan(doc.id(), "CLAIM", List.of(new Fragment(4, 10)), SpanOrigin.MANUAL).id();
        TestUsers.signOut();
        String path = "/documents/" + doc.id() + "/editor.json";

        HttpClient mine = signedIn(owner);
        HttpResponse<String> ok = mine.send(get(path).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        JsonNode data = JsonMapper.builder().build().readTree(ok.body());
        assertThat(data.get("text").asString()).isEqualTo(text);
        assertThat(data.get("spans").get(0).toString()).isEqualTo("[" + span + ",0,6,12]");
        assertThat(data.get("fingerprint").asString()).startsWith(doc.id() + ":");

        HttpResponse<byte[]> gzip = mine.send(get(path).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzip.statusCode()).isEqualTo(200);
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzip.body().length).isLessThan(text.length() / 4);

        HttpResponse<String> theirs = signedIn(stranger).send(get(path).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(theirs.body()).doesNotContain("Moscow");

        HttpResponse<String> anonymous = client().send(get(path).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.body()).doesNotContain("Moscow");
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpClient signedIn(String username) throws Exception {
        HttpClient http = client();
        http.send(get("/login").build(), HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<Void> login = http.send(get("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return http;
    }
}
