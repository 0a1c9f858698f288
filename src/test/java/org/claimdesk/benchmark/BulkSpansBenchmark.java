package org.claimdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.claimdesk.support.ApiClient;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.ReviewerTeam;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A script or a model writes {@code benchmark.bulkSpans} (10,000) spans in one
 * {@code POST /api/documents/{id}/spans} with an API token: time to the 201 with every span
 * created (target under 1 s), each run into a fresh document. Reported with the REST figures.
 */
@ClaimDeskTest
class BulkSpansBenchmark {
    static final int SPANS = BenchmarkReport.param("bulkSpans", 500, 10_000);
    static final int RUNS = BenchmarkReport.param("bulkRuns", 1, 3);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void ten_thousand_spans_in_one_request() throws Exception {
        ReviewerTeam team = ReviewerTeam.create(port, TestUsers.ADMIN_PASSWORD, 1, 0);
        ApiClient admin = new ApiClient(port, "admin", TestUsers.ADMIN_PASSWORD);
        String text = ReviewerTeam.TEXT.repeat(4);
        HttpClient http = HttpClient.newHttpClient();
        List<Double> ms = new ArrayList<>();
        Random random = new Random(42);
        for (int run = 0; run < RUNS + 1; run++) {
            ApiClient.Response created = admin.post("/api/projects/" + team.project() + "/documents",
                    "{\"title\":\"Bulk " + run + "\",\"text\":\"" + text + "Run " + run + ".\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            long doc = created.json().path("id").asLong();
            StringBuilder body = new StringBuilder("[");
            for (int i = 0; i < SPANS; i++) {
                int start = random.nextInt(text.length() - 40);
                body.append(i == 0 ? "" : ",").append("{\"label\":\"CLAIM\",\"start\":").append(start)
                        .append(",\"end\":").append(start + 5 + random.nextInt(30)).append('}');
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/documents/" + doc + "/spans"))
                    .header("Authorization", "Bearer " + team.tokens().getFirst()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.append(']').toString())).build();
            long t0 = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            double elapsed = (System.nanoTime() - t0) / 1e6;
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            assertThat(jdbc.sql("select count(*) from span where document_id = ?").param(doc).query(Long.class).single())
                    .isEqualTo(SPANS);
            if (run > 0) { // the first request warms the JIT and is not counted
                ms.add(elapsed);
            }
        }
        BenchmarkReport.figure(RestLoadBenchmark.KEY, String.format(Locale.ROOT,
                "%,d spans in one POST (an array), to the 201 with all stored", SPANS), "ms", ms, "< 1,000 ms", 1000);
        BenchmarkReport.write();
    }
}
