package org.claimdesk.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.claimdesk.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.JavascriptExecutor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editor's pure TypeScript modules (span-layout.ts, text-positions.ts) under their unit tests
 * in frontend/test, without Node: headless Chromium loads the TypeScript compiler from its
 * Maven jar, transpiles the sources as they are in frontend/src, and runs the tests. Each test
 * of frontend/test is reported as a test of its own.
 */
class EditorModulesE2E {
    private static final String COMPILER = "META-INF/resources/webjars/typescript/5.9.3/lib/typescript.js";
    private static final List<String> MODULES = List.of("span-layout", "text-positions");
    private static final String RUN = """
            const files = arguments[0], modules = arguments[1], done = arguments[arguments.length - 1];
            (async () => {
              await new Promise((ok, fail) => {
                const s = document.createElement('script');
                s.src = '/typescript.js'; s.onload = ok; s.onerror = () => fail(new Error('no TypeScript compiler'));
                document.head.append(s);
              });
              const urls = {};
              for (const name of modules) {
                const source = await (await fetch('/src/' + name + '.ts')).text();
                let js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext,
                    target: ts.ScriptTarget.ES2022, useDefineForClassFields: false, experimentalDecorators: true } }).outputText;
                for (const [dep, url] of Object.entries(urls)) js = js.replaceAll("'./" + dep + "'", "'" + url + "'");
                urls[name] = URL.createObjectURL(new Blob([js], { type: 'text/javascript' }));
              }
              const exported = {};
              for (const name of modules) Object.assign(exported, await import(urls[name]));
              const results = [];
              const eq = (a, b, msg) => {
                const x = JSON.stringify(a), y = JSON.stringify(b);
                if (x !== y) throw new Error((msg ? msg + ': ' : '') + 'expected ' + y + ' but was ' + x);
              };
              const ok = (v, msg) => { if (!v) throw new Error(msg || 'expected a true value'); };
              for (const file of files) {
                // a test may be async (what is drawn in idle time); the file's tests end before the next file
                const running = [];
                const test = (name, fn) => running.push((async () => {
                  try { await fn(); results.push({ name: file + ': ' + name, ok: true }); }
                  catch (e) { results.push({ name: file + ': ' + name, ok: false, message: String(e && e.message || e) }); }
                })());
                (await import('/test/' + file)).default({ test, eq, ok }, exported);
                await Promise.all(running);
              }
              done(JSON.stringify(results));
            })().catch((e) => done(JSON.stringify([{ name: 'loading', ok: false, message: String(e && e.stack || e) }])));
            """;

    private static HttpServer server;
    private static Browser browser;

    @BeforeAll
    static void serveTheSources() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", e -> send(e, "text/html", "<!doctype html><meta charset=utf-8><body></body>"
                .getBytes(StandardCharsets.UTF_8)));
        server.createContext("/typescript.js", e -> {
            try (InputStream in = EditorModulesE2E.class.getClassLoader().getResourceAsStream(COMPILER)) {
                assertThat(in).as("the TypeScript compiler jar (org.webjars.npm:typescript) on the test classpath").isNotNull();
                send(e, "text/javascript", in.readAllBytes());
            }
        });
        server.createContext("/src/", e -> sendFile(e, Path.of("frontend/src"), "text/plain"));
        server.createContext("/test/", e -> sendFile(e, Path.of("frontend/test"), "text/javascript"));
        server.start();
        browser = new Browser(server.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @TestFactory
    Stream<DynamicTest> the_editor_modules_pass_their_unit_tests() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(Path.of("frontend/test"))) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".test.js")).sorted().toList();
        }
        assertThat(files).as("test files in frontend/test").isNotEmpty();
        browser.open("/");
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        String json = (String) ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(RUN, files, MODULES);
        JsonNode results = JsonMapper.builder().build().readTree(json);
        assertThat(results.size()).as("tests reported").isGreaterThan(files.size());
        return results.valueStream().map(r -> DynamicTest.dynamicTest(r.get("name").asString(), () ->
                assertThat(r.get("ok").asBoolean()).as(r.path("message").asString("")).isTrue()));
    }

    private static void sendFile(HttpExchange e, Path dir, String type) throws IOException {
        String name = Path.of(e.getRequestURI().getPath()).getFileName().toString();
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            e.sendResponseHeaders(404, -1);
            e.close();
            return;
        }
        send(e, type, Files.readAllBytes(file));
    }

    private static void send(HttpExchange e, String type, byte[] body) throws IOException {
        e.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        e.sendResponseHeaders(200, body.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(body);
        }
    }
}
