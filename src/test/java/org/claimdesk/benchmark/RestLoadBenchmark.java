package org.claimdesk.benchmark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.ReviewerTeam;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code benchmark.clients} reviewers (50) tag spans over the REST API with their API tokens for
 * {@code benchmark.seconds} (60), each waiting for its answer before the next: throughput and
 * p50/p95/p99 latency, and the count of errors (target: p95 under 50 ms, no errors). Afterwards the
 * database holds exactly the spans that were acknowledged.
 */
@ClaimDeskTest
class RestLoadBenchmark {
    static final String KEY = "rest";
    static final int CLIENTS = BenchmarkReport.param("clients", 10, 50);
    static final int SECONDS = BenchmarkReport.param("seconds", 5, 60);
    static final int RUNS = BenchmarkReport.param("restRuns", 1, 3);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fifty_reviewers_tag_spans_over_rest() throws Exception {
        ReviewerTeam team = ReviewerTeam.create(port, TestUsers.ADMIN_PASSWORD, CLIENTS, 10);
        long project = team.project();
        List<Long> docs = team.documents();
        List<String> secrets = team.tokens();
        int lastStart = team.textLength() - 60;

        List<Double> throughput = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> p95 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        long errorsTotal = 0;
        long acknowledgedTotal = 0;
        Map<String, Integer> kinds = new ConcurrentHashMap<>();
        for (int run = 0; run < RUNS; run++) {
            Run r = load(docs, secrets, lastStart, kinds);
            throughput.add(r.latencies.size() / (double) SECONDS);
            p50.add(pct(r.latencies, 0.50));
            p95.add(pct(r.latencies, 0.95));
            p99.add(pct(r.latencies, 0.99));
            errorsTotal += r.errors;
            acknowledgedTotal += r.acknowledged;
        }
        long stored = jdbc.sql("select count(*) from span s join document d on d.id = s.document_id where d.project_id = ?")
                .param(project).query(Long.class).single();
        BenchmarkReport.setup(KEY, "Creating spans over the REST API", String.format(Locale.ROOT,
                "%d clients, each with its own reviewer's API token, POST spans to 10 documents for %d s, each waiting"
                        + " for its answer before the next (closed loop). The load generator runs in the same JVM as"
                        + " the server, on the same 2 cores; each client keeps one HTTP/1.1 connection alive"
                        + " (a lean client of its own, as wrk would; the JDK's HttpClient took 40 %% of the CPU).",
                CLIENTS, SECONDS));
        BenchmarkReport.figure(KEY, "throughput", "requests/s", throughput, "> 600 requests/s", 600);
        BenchmarkReport.figure(KEY, "latency p50", "ms", p50);
        BenchmarkReport.figure(KEY, "latency p95", "ms", p95, "< 50 ms", 50);
        BenchmarkReport.figure(KEY, "latency p99", "ms", p99);
        BenchmarkReport.note(KEY, String.format(Locale.ROOT, "Errors: %d%s. Spans acknowledged: %,d; stored: %,d.",
                errorsTotal, kinds.isEmpty() ? "" : " " + kinds.toString().replace('|', '/'), acknowledgedTotal, stored));
        duringTraining(docs, secrets.subList(0, Math.min(10, secrets.size())), lastStart, kinds);
        BenchmarkReport.write();
        assertThat(stored).isEqualTo(acknowledgedTotal);
        assertThat(errorsTotal).isZero();
    }

    private record Run(List<Long> latencies, long errors, long acknowledged) {
    }

    /**
     * Ten reviewers tag, once alone and once while the learned tagger trains in the same JVM on a
     * low-priority thread of its own, as the background training does (training on generated
     * articles, again and again until the load ends).
     */
    private void duringTraining(List<Long> docs, List<String> ten, int lastStart, Map<String, Integer> kinds)
            throws InterruptedException {
        Run alone = load(docs, ten, lastStart, kinds);
        List<org.claimdesk.suggestion.tagger.GoldDocument> corpus = org.claimdesk.suggestion.GeneratedNews.corpus(201,
                BenchmarkReport.FULL ? 200 : 20);
        java.util.concurrent.atomic.AtomicBoolean loading = new java.util.concurrent.atomic.AtomicBoolean(true);
        AtomicInteger trainings = new AtomicInteger();
        Thread trainer = new Thread(() -> {
            while (loading.get()) {
                org.claimdesk.suggestion.tagger.TaggerModel.train(corpus, List.of("ATTRIBUTION", "CLAIM", "DENIAL"),
                        org.claimdesk.suggestion.tagger.TaggerSettings.DEFAULT, () -> !loading.get());
                trainings.incrementAndGet();
            }
        });
        trainer.setPriority(Thread.MIN_PRIORITY);
        trainer.setUncaughtExceptionHandler((t, e) -> { }); // cancelled at the end of the load: that is the point
        trainer.start();
        Run training;
        try {
            training = load(docs, ten, lastStart, kinds);
        } finally {
            loading.set(false);
            trainer.join();
        }
        BenchmarkReport.figure(KEY, ten.size() + " reviewers, latency p95", "ms", List.of(pct(alone.latencies, 0.95)));
        BenchmarkReport.figure(KEY, ten.size() + " reviewers while the model trains, latency p95", "ms",
                List.of(pct(training.latencies, 0.95)), "no slower", pct(alone.latencies, 0.95) * 1.25);
        BenchmarkReport.note(KEY, String.format(Locale.ROOT, "While the model trained (%d trainings on %d generated"
                        + " articles finished in the %d s): %d tags, %.0f requests/s; alone: %d tags, %.0f requests/s. 'No"
                        + " slower' is read as within 25%% of the p95 alone.", trainings.get(), corpus.size(), SECONDS,
                training.latencies.size(), training.latencies.size() / (double) SECONDS, alone.latencies.size(),
                alone.latencies.size() / (double) SECONDS));
    }

    private Run load(List<Long> docs, List<String> secrets, int lastStart, Map<String, Integer> kinds) throws InterruptedException {
        ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger acknowledged = new AtomicInteger();
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;
        List<Thread> clients = new ArrayList<>();
        for (String secret : secrets) {
            clients.add(Thread.ofVirtual().start(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                KeepAliveClient http = new KeepAliveClient(port, "Bearer " + secret);
                while (System.nanoTime() < end) {
                    long doc = docs.get(random.nextInt(docs.size()));
                    int start = random.nextInt(0, lastStart);
                    String body = "{\"label\":\"CLAIM\",\"start\":" + start + ",\"end\":" + (start + 2 + random.nextInt(40)) + "}";
                    long t0 = System.nanoTime();
                    try {
                        KeepAliveClient.Answer r = http.post("/api/documents/" + doc + "/spans", body);
                        micros.add((System.nanoTime() - t0) / 1000);
                        if (r.status() == 201) {
                            acknowledged.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                            kinds.merge(r.status() + " " + r.body().replaceAll("\\d+", "N")
                                    .substring(0, Math.min(120, r.body().length())), 1, Integer::sum);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        kinds.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                        try {
                            http.close();
                        } catch (java.io.IOException ignored) {
                            // the next request connects anew
                        }
                    }
                }
                try {
                    http.close();
                } catch (java.io.IOException ignored) {
                    // the run is over
                }
            }));
        }
        for (Thread t : clients) {
            t.join();
        }
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return new Run(sorted, errors.get(), acknowledged.get());
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * p) - 1)) / 1000.0;
    }
}
