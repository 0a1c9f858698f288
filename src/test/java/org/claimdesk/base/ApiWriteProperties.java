package org.claimdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.claimdesk.support.AnotherApplication;
import org.claimdesk.support.ApiClient;
import org.claimdesk.support.FreshDataDirectory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The net under the error contract: generated bodies thrown at every write endpoint under
 * /api/ (found in Spring's request mappings, so an endpoint added later is covered without anyone
 * remembering), and generated files at every importer. Whatever comes in, the answer is a 2xx or
 * a 4xx problem in JSON (never 5xx, never the UI's HTML); a refused request changes nothing; and
 * a span that was accepted covers text[start:end] in code points.
 *
 * The cases come from a seeded generator: the seed is printed, and {@code -Dproperties.seed=N}
 * replays a run ({@code -Dproperties.cases=N} sets how many requests).
 */
class ApiWriteProperties {
    private static final long SEED = Long.getLong("properties.seed", System.nanoTime());
    private static final int CASES = Integer.getInteger("properties.cases", 2500);
    private static final String PASSWORD = "properties-password-1";
    private static final String TEXT = "Moscow 👍 continues to deny it.\nقال المتحدث إن الخبر غير صحيح. Café 👨‍👩‍👧 done.";
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    private static ConfigurableApplicationContext app;
    private static JdbcTemplate jdbc;
    private static ApiClient owner;
    private static List<Endpoint> endpoints;
    private static Map<String, Long> ids;

    record Endpoint(String method, String pattern) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @BeforeAll
    static void startWithAProjectADocumentAndSpans() {
        app = AnotherApplication.run("--claimdesk.data-dir=" + FreshDataDirectory.newDirectory(), "--server.port=0",
                "--claimdesk.admin-password=" + PASSWORD, "--logging.level.root=WARN");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        jdbc = new JdbcTemplate(app.getBean(DataSource.class));
        ApiClient basic = new ApiClient(port, "admin", PASSWORD);
        // a token, not HTTP Basic: bcrypt on every request would make the cases a hundred times slower
        owner = ApiClient.withToken(port, basic.post("/api/tokens", "{\"name\":\"net\"}").json().path("secret").asString());
        long project = owner.post("/api/projects", "{\"name\":\"Properties\"}").json().get("id").asLong();
        long document = owner.post("/api/projects/" + project + "/documents",
                "{\"title\":\"Net\",\"text\":" + quote(TEXT) + "}").json().get("id").asLong();
        long span = owner.post("/api/documents/" + document + "/spans", "{\"label\":\"CLAIM\",\"start\":0,\"end\":6}")
                .json().get("id").asLong();
        long source = owner.post("/api/documents/" + document + "/spans",
                "{\"label\":\"ATTRIBUTION\",\"start\":9,\"end\":18}").json().get("id").asLong();
        long relation = owner.post("/api/documents/" + document + "/relations",
                "{\"from\":" + span + ",\"to\":" + source + "}").json().get("id").asLong();
        ids = Map.of("project", project, "document", document, "span", span, "relation", relation);
        endpoints = writeEndpoints(app.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class));
        assertThat(endpoints).as("write endpoints found in the request mappings").hasSizeGreaterThan(10);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static List<Endpoint> writeEndpoints(RequestMappingHandlerMapping mapping) {
        Set<String> found = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod m : info.getMethodsCondition().getMethods()) {
                    if (pattern.startsWith("/api/") && m != RequestMethod.GET && m != RequestMethod.HEAD
                            && m != RequestMethod.OPTIONS) {
                        found.add(m.name() + " " + pattern);
                    }
                }
            }
        }
        return found.stream().map(s -> new Endpoint(s.substring(0, s.indexOf(' ')), s.substring(s.indexOf(' ') + 1)))
                .toList();
    }

    @Test
    void any_body_at_any_write_endpoint_is_answered_in_json_below_500_and_a_refusal_changes_nothing() {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < CASES && failures.size() < 10; i++) {
            Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
            String path = fill(endpoint.pattern(), pathId(random));
            String body = body(random);
            try {
                statuses.merge(oneRequest(endpoint, path, body), 1, Integer::sum);
            } catch (AssertionError e) {
                failures.add("case " + i + ": " + e.getMessage());
            }
        }
        System.out.println("ApiWriteProperties: " + CASES + " generated requests at " + endpoints.size()
                + " write endpoints, seed " + SEED + "; answers by status " + statuses);
        assertThat(statuses.keySet()).as("the cases reach past the checks: some are accepted").anyMatch(c -> c < 300);
        assertThat(failures).as("seed " + SEED + " (replay with -Dproperties.seed=" + SEED + ")").isEmpty();
    }

    private int oneRequest(Endpoint endpoint, String path, String body) {
        List<Long> before = fingerprint();
        ApiClient.Response r = owner.request(endpoint.method(), path, body);
        String what = endpoint + " as " + path + " with " + abbreviate(body);
        assertThat(r.status()).as(what + " -> " + abbreviate(r.body())).isLessThan(500);
        if (!r.body().isEmpty()) {
            assertThat(r.contentType()).as(what).containsAnyOf("application/json", "application/problem+json");
        }
        if (r.status() >= 400) {
            assertThat(r.contentType()).as(what).contains("application/problem+json");
            assertThat(fingerprint()).as("a refused " + what + " changed nothing").isEqualTo(before);
        } else if (endpoint.pattern().endsWith("/spans") && r.status() == 201
                && path.contains("/" + ids.get("document") + "/")) {
            JsonNode created = r.json();
            for (JsonNode s : created.isArray() ? created : List.of(created)) {
                if (!s.has("fragments") || s.get("fragments").size() <= 1) {
                    int start = s.get("start").asInt();
                    int end = s.get("end").asInt();
                    assertThat(TEXT.substring(TEXT.offsetByCodePoints(0, start), TEXT.offsetByCodePoints(0, end)))
                            .as("text[start:end] of an accepted span").isEqualTo(s.get("text").asString());
                }
            }
        }
        return r.status();
    }

    @Test
    void any_file_in_any_format_is_imported_or_refused_with_a_report_never_a_500() {
        Random random = new Random(SEED + 1);
        List<byte[]> seeds = goldenFiles();
        List<String> formats = List.of("jsonl", "brat", "labelstudio", "doccano", "w3c", "txt", "html");
        List<String> failures = new ArrayList<>();
        int cases = Math.max(50, CASES / 6);
        for (int i = 0; i < cases && failures.size() < 10; i++) {
            String format = formats.get(random.nextInt(formats.size()));
            byte[] upload = mutate(seeds.get(random.nextInt(seeds.size())), random);
            try {
                oneImport(format, upload);
            } catch (AssertionError e) {
                failures.add("case " + i + ": " + e.getMessage());
            }
        }
        System.out.println("ApiWriteProperties: " + cases + " generated imports, seed " + (SEED + 1));
        assertThat(failures).as("seed " + SEED + " (replay with -Dproperties.seed=" + SEED + ")").isEmpty();
    }

    private void oneImport(String format, byte[] upload) {
        List<Long> before = fingerprint();
        ApiClient.Response r = owner.upload("/api/projects/" + ids.get("project") + "/import?format=" + format,
                "upload." + extension(format), upload);
        String what = format + " file of " + upload.length + " bytes: " + abbreviate(new String(upload, StandardCharsets.UTF_8));
        assertThat(r.status()).as(what + " -> " + abbreviate(r.body())).isLessThan(500);
        assertThat(r.contentType()).as(what).containsAnyOf("application/json", "application/problem+json");
        assertThat(r.body()).as(what).doesNotContain("SQL", "org.postgresql", "Exception");
        if (r.status() >= 400) {
            assertThat(fingerprint()).as("a refused import changed nothing: " + what).isEqualTo(before);
        }
    }

    /** Mostly the fixture's own ids (so bodies reach the checks behind the lookups), sometimes anything. */
    private static long pathId(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> r.nextLong(0, Long.MAX_VALUE);
            case 1 -> pick(r, List.of(0L, Long.MAX_VALUE, 999_999_999L));
            default -> -1L;
        };
    }

    private static final List<String> FIELDS = List.of("label", "start", "end", "fragments", "type", "from", "to",
            "note", "version", "name", "title", "text", "sourceUrl", "username", "password", "role", "verdict",
            "evidence", "displayName", "url", "quote", "labels", "template", "guidelines", "mergeInto");
    private static final List<String> WORDS = List.of("CLAIM", "ATTRIBUTION", "DENIAL", "ATTRIBUTED_TO", "DENIES",
            "OWNER", "VIEWER", "true", "false", "gold", "admin", "https://example.org/a", "javascript:alert(1)",
            "<script>x</script>", "a\u0000b", "\u202Eevil", "👨‍👩‍👧", "cafe\u0301", "قال", "\r\n", "\uD800");
    private static final List<String> ODD_NUMBERS = List.of("4.9", "-0", "1e3", "9223372036854775808", "2147483648",
            "-2147483649", "0.5", "1e400", "\"7\"");
    private static final List<String> RAW = List.of("", "{", "[1,2", "null", "[]", "{}", "\"x\"", "{\"label\":}",
            "{\"label\":\"CLAIM\",\"start\":0,\"end\":6}", "[{\"label\":\"CLAIM\",\"start\":0,\"end\":6}]");

    static String body(Random r) {
        return switch (r.nextInt(10)) {
            case 0, 1 -> "[" + String.join(",", times(r, 4, () -> object(r))) + "]";
            case 2 -> pick(r, RAW);
            case 3 -> randomString(r, 40);
            default -> object(r);
        };
    }

    private static String object(Random r) {
        StringBuilder b = new StringBuilder("{");
        int n = r.nextInt(7);
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append(quote(pick(r, FIELDS))).append(':').append(value(r));
        }
        return b.append('}').toString();
    }

    private static String value(Random r) {
        return switch (r.nextInt(11)) {
            case 0, 1 -> quote(pick(r, WORDS));
            case 2 -> quote(randomString(r, 30));
            case 3 -> quote("n".repeat(r.nextBoolean() ? 10_001 : 300));
            case 4, 5 -> String.valueOf(r.nextInt(-3, 81));
            case 6 -> pick(r, ODD_NUMBERS);
            case 7 -> String.valueOf(pick(r, List.copyOf(ids.values())));
            case 8, 9 -> "[" + String.join(",", times(r, 3, () -> "[" + r.nextInt(-2, 71) + "," + r.nextInt(-2, 71) + "]")) + "]";
            default -> pick(r, List.of("null", "true", "false", "[]", "{}", "[null]", "{\"x\":1}"));
        };
    }

    private static String randomString(Random r, int max) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            b.append((char) (r.nextInt(4) == 0 ? r.nextInt(0x20) : r.nextInt(0x20, 0xFFFF)));
        }
        return b.toString();
    }

    private static List<String> times(Random r, int max, Supplier<String> item) {
        List<String> out = new ArrayList<>();
        for (int i = r.nextInt(max + 1); i > 0; i--) {
            out.add(item.get());
        }
        return out;
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    /** Every golden file of every format: real files to cut, splice and sprinkle with bad bytes. */
    private static List<byte[]> goldenFiles() {
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/formats"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                seeds.add(Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seeds;
    }

    private static byte[] mutate(byte[] seed, Random r) {
        byte[] kept = Arrays.copyOf(seed, Math.min(seed.length, 1 + r.nextInt(Math.max(1, seed.length + 200))));
        int noise = r.nextInt(9);
        int at = r.nextInt(kept.length + 1);
        byte[] out = new byte[kept.length + noise];
        System.arraycopy(kept, 0, out, 0, at);
        for (int i = 0; i < noise; i++) {
            out[at + i] = (byte) r.nextInt(256);
        }
        System.arraycopy(kept, at, out, at + noise, kept.length - at);
        return out;
    }

    private static String extension(String format) {
        return switch (format) {
            case "jsonl", "doccano" -> "jsonl";
            case "labelstudio" -> "json";
            case "w3c" -> "jsonld";
            case "html" -> "html";
            default -> "txt";
        };
    }

    /** The rows and versions a write may touch, in one read. */
    private static List<Long> fingerprint() {
        return jdbc.queryForObject("""
                select array[(select count(*) from span), (select coalesce(sum(version), 0) from span),
                  (select count(*) from relation), (select count(*) from claim_review),
                  (select coalesce(sum(version), 0) from claim_review), (select count(*) from project),
                  (select count(*) from project_member), (select count(*) from label), (select count(*) from document),
                  (select count(*) from app_user), (select count(*) from api_token), (select count(*) from annotation_event),
                  (select count(*) from review_event), (select count(*) from span_comment)]::bigint[]""",
                (rs, i) -> List.of((Long[]) rs.getArray(1).getArray()));
    }

    private static String fill(String pattern, long wildId) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            long id = wildId >= 0 ? wildId : ids.getOrDefault(kindOf(pattern, m.start()), ids.get("document"));
            m.appendReplacement(out, String.valueOf(id));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "projects/{id}" is a project id, "spans/{id}" a span's, and so on. */
    private static String kindOf(String pattern, int at) {
        String before = pattern.substring(0, at);
        String segment = before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
        return switch (segment) {
            case "projects" -> "project";
            case "documents" -> "document";
            case "spans" -> "span";
            case "relations" -> "relation";
            default -> segment;
        };
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
