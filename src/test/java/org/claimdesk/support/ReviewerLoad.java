package org.claimdesk.support;

import java.io.IOException;
import java.util.Locale;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simulated reviewers: each, with its own API token, creates, relabels and deletes its own spans
 * over REST, one request at a time, and keeps a ledger of what the server acknowledged. A request
 * whose answer never came (the server died) is kept as in doubt: either outcome is allowed for it.
 * {@link #verify} then compares the ledger with the span table.
 */
public final class ReviewerLoad {
    static final List<String> LABELS = List.of("CLAIM", "ATTRIBUTION", "DENIAL");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    private final String base;
    private final List<String> tokens;
    private final List<Long> documents;
    private final int textLength;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** span id -> label, for every span whose creation or last relabelling was acknowledged. */
    private final Map<Long, String> present = new ConcurrentHashMap<>();
    private final Set<Long> deleted = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<InDoubt> inDoubt = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final AtomicLong creates = new AtomicLong();
    private final AtomicLong relabels = new AtomicLong();
    private final AtomicLong deletes = new AtomicLong();
    private volatile boolean stopping;
    private final List<Thread> threads = new ArrayList<>();

    /** A request sent whose answer never came: created (doc, start, end, label), relabelled or deleted. */
    record InDoubt(String kind, long spanId, long document, int start, int end, String label, String oldLabel) {
    }

    public ReviewerLoad(String baseUrl, List<String> tokens, List<Long> documents, int textLength) {
        this.base = baseUrl;
        this.tokens = tokens;
        this.documents = documents;
        this.textLength = textLength;
    }

    public void start() {
        for (String token : tokens) {
            threads.add(Thread.ofVirtual().start(() -> reviewer(token)));
        }
    }

    /** Stops after the requests in flight have been answered (or given up on). */
    public void stop() throws InterruptedException {
        stopping = true;
        for (Thread t : threads) {
            t.join();
        }
    }

    public void runFor(Duration duration) throws InterruptedException {
        start();
        Thread.sleep(duration.toMillis());
        stop();
    }

    private void reviewer(String token) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Map<Long, String> mine = new HashMap<>();
        Map<Long, Long> versions = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        while (!stopping) {
            int dice = random.nextInt(100);
            if (ids.size() < 5 || dice < 50) {
                long doc = documents.get(random.nextInt(documents.size()));
                int start = random.nextInt(0, textLength - 60);
                int end = start + 2 + random.nextInt(50);
                String label = LABELS.get(random.nextInt(LABELS.size()));
                Answer a = send(token, "POST", "/api/documents/" + doc + "/spans",
                        "{\"label\":\"" + label + "\",\"start\":" + start + ",\"end\":" + end + "}");
                if (a.status == 201) {
                    long id = number(ID, a.body);
                    mine.put(id, label);
                    versions.put(id, number(VERSION, a.body));
                    ids.add(id);
                    present.put(id, label);
                    creates.incrementAndGet();
                } else if (a.status < 0) {
                    inDoubt.add(new InDoubt("create", 0, doc, start, end, label, null));
                    return;
                } else {
                    error("create", a);
                }
            } else if (dice < 80) {
                long id = ids.get(random.nextInt(ids.size()));
                String old = mine.get(id);
                String label = LABELS.get((LABELS.indexOf(old) + 1 + random.nextInt(2)) % LABELS.size());
                Answer a = send(token, "PATCH", "/api/spans/" + id,
                        "{\"label\":\"" + label + "\",\"version\":" + versions.get(id) + "}");
                if (a.status == 200) {
                    mine.put(id, label);
                    versions.put(id, number(VERSION, a.body));
                    present.put(id, label);
                    relabels.incrementAndGet();
                } else if (a.status < 0) {
                    inDoubt.add(new InDoubt("relabel", id, 0, 0, 0, label, old));
                    return;
                } else {
                    error("relabel", a);
                }
            } else {
                long id = ids.remove(random.nextInt(ids.size()));
                Answer a = send(token, "DELETE", "/api/spans/" + id + "?version=" + versions.get(id), null);
                if (a.status == 204) {
                    mine.remove(id);
                    present.remove(id);
                    deleted.add(id);
                    deletes.incrementAndGet();
                } else if (a.status < 0) {
                    inDoubt.add(new InDoubt("delete", id, 0, 0, 0, null, mine.get(id)));
                    return;
                } else {
                    error("delete", a);
                }
            }
        }
    }

    private record Answer(int status, String body) {
    }

    /** Status -1: no answer (connection refused or reset, timeout): the outcome is unknown. */
    private Answer send(String token, String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            micros.add((System.nanoTime() - t0) / 1000);
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            return new Answer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, e.toString());
        }
    }

    private void error(String what, Answer a) {
        String body = a.body == null ? "" : a.body.replaceAll("\\d+", "N");
        errors.computeIfAbsent(what + " " + a.status + " " + body.substring(0, Math.min(100, body.length())),
                k -> new AtomicInteger()).incrementAndGet();
    }

    private static long number(Pattern p, String body) {
        Matcher m = p.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("No " + p + " in " + body);
        }
        return Long.parseLong(m.group(1));
    }

    public long acknowledged() {
        return creates.get() + relabels.get() + deletes.get();
    }

    public String counts() {
        return String.format(Locale.ROOT, "%,d creates, %,d relabels, %,d deletes acknowledged; %d in doubt;"
                + " %d errors", creates.get(), relabels.get(), deletes.get(), inDoubt.size(), errorCount());
    }

    public int errorCount() {
        return errors.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public Map<String, AtomicInteger> errors() {
        return errors;
    }

    public List<Long> latenciesMicros() {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return sorted;
    }

    /**
     * Differences between the ledger and the span table of the given documents: acknowledged spans
     * missing or with another label, deleted spans still there, spans nobody was told of. Empty
     * when the database holds exactly the acknowledged state (with either outcome for in-doubt calls).
     */
    public List<String> verify(Connection c) throws SQLException {
        Map<Long, String> stored = new HashMap<>();
        Map<Long, String> shape = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select s.id, l.name, s.document_id, s.start_cp, s.end_cp from span s"
                     + " join label l on l.id = s.label_id where s.document_id in ("
                     + String.join(",", documents.stream().map(String::valueOf).toList()) + ")")) {
            while (r.next()) {
                stored.put(r.getLong(1), r.getString(2));
                shape.put(r.getLong(1), r.getLong(3) + ":" + r.getInt(4) + ":" + r.getInt(5) + ":" + r.getString(2));
            }
        }
        Map<Long, InDoubt> doubtful = new HashMap<>();
        List<InDoubt> doubtfulCreates = new ArrayList<>();
        for (InDoubt d : inDoubt) {
            if (d.kind().equals("create")) {
                doubtfulCreates.add(d);
            } else {
                doubtful.put(d.spanId(), d);
            }
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Long, String> e : present.entrySet()) {
            String label = stored.remove(e.getKey());
            InDoubt d = doubtful.get(e.getKey());
            boolean ok = e.getValue().equals(label)
                    || (d != null && d.kind().equals("relabel") && d.label().equals(label))
                    || (d != null && d.kind().equals("delete") && label == null);
            if (!ok) {
                wrong.add("span " + e.getKey() + ": acknowledged " + e.getValue() + ", stored " + label);
            }
        }
        for (Long id : deleted) {
            if (stored.containsKey(id)) {
                wrong.add("span " + id + ": deletion acknowledged, still stored");
                stored.remove(id);
            }
        }
        for (Long id : stored.keySet()) {
            InDoubt match = doubtfulCreates.stream().filter(d -> shape.get(id)
                    .equals(d.document() + ":" + d.start() + ":" + d.end() + ":" + d.label())).findFirst().orElse(null);
            if (match != null) {
                doubtfulCreates.remove(match);
            } else {
                wrong.add("span " + id + " (" + shape.get(id) + "): stored, never acknowledged");
            }
        }
        wrong.addAll(historyDisagreements(c));
        return wrong;
    }

    /** Nothing half-written: each stored span's last event in the log says what the span table holds. */
    private List<String> historyDisagreements(Connection c) throws SQLException {
        String docs = String.join(",", documents.stream().map(String::valueOf).toList());
        Map<Long, String> lastEvent = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select distinct on (entity_id) entity_id, action, after_state->>'label'"
                     + " from annotation_event where entity = 'span' and document_id in (" + docs + ")"
                     + " order by entity_id, id desc")) {
            while (r.next()) {
                lastEvent.put(r.getLong(1), r.getString(2) + " " + r.getString(3));
            }
        }
        List<String> wrong = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select s.id, l.name from span s join label l on l.id = s.label_id"
                     + " where s.document_id in (" + docs + ")")) {
            while (r.next()) {
                String event = lastEvent.remove(r.getLong(1));
                if (event == null || event.startsWith("delete") || !event.endsWith(" " + r.getString(2))) {
                    wrong.add("span " + r.getLong(1) + " " + r.getString(2) + ": last event in the log is " + event);
                }
            }
        }
        lastEvent.forEach((id, event) -> {
            if (!event.startsWith("delete")) {
                wrong.add("span " + id + ": gone, but its last event is " + event);
            }
        });
        return wrong;
    }
}
