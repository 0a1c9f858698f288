package org.claimdesk.support;

import tools.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets up, over REST as the administrator, a project with news-like documents and reviewers who
 * each hold a personal API token: the cast of the load and fault tests.
 */
public record ReviewerTeam(long project, List<Long> documents, List<String> tokens, int textLength) {
    public static final String TEXT = ("Officials said on Tuesday that the negotiations would continue next week. "
            + "A spokesman for the ministry denied that any agreement had been reached. ").repeat(30);

    public static ReviewerTeam create(int port, String adminPassword, int reviewers, int documentCount) {
        ApiClient admin = new ApiClient(port, "admin", adminPassword);
        String tag = TestUsers.unique("team");
        long project = created(admin.post("/api/projects", "{\"name\":\"Load " + tag + "\"}")).path("id").asLong();
        List<Long> documents = new ArrayList<>();
        for (int i = 0; i < documentCount; i++) {
            documents.add(created(admin.post("/api/projects/" + project + "/documents",
                    "{\"title\":\"Article " + i + "\",\"text\":\"" + TEXT + "Part " + i + ".\"}")).path("id").asLong());
        }
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < reviewers; i++) {
            String name = tag + "-r" + i;
            created(admin.post("/api/admin/users", "{\"username\":\"" + name + "\",\"password\":\"" + TestUsers.PASSWORD + "\"}"));
            created(admin.post("/api/projects/" + project + "/members", "{\"username\":\"" + name + "\",\"role\":\"ANNOTATOR\"}"));
            tokens.add(created(new ApiClient(port, name, TestUsers.PASSWORD).post("/api/tokens", "{\"name\":\"load\"}"))
                    .path("secret").asString());
        }
        return new ReviewerTeam(project, documents, tokens, TEXT.length());
    }

    public ReviewerLoad load(int port) {
        return new ReviewerLoad("http://localhost:" + port, tokens, documents, textLength);
    }

    private static JsonNode created(ApiClient.Response r) {
        if (r.status() != 201) {
            throw new IllegalStateException(r.status() + " " + r.body());
        }
        return r.json();
    }
}
