package org.claimdesk.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * ClaimDesk in a process of its own (the test JVM's class path), on a port of its own, with its
 * embedded PostgreSQL in the given data directory: something a test can kill -9.
 */
public final class ChildApplication implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;
    private final long startedAt;
    private Duration startupTime = Duration.ZERO;

    private ChildApplication(Process process, int port, Path log, long startedAt) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startedAt = startedAt;
    }

    /** Starts it and waits until /actuator/health says UP. */
    public static ChildApplication start(Path dataDir, String adminPassword, String... extraArgs) throws Exception {
        return launch(List.of("-cp", System.getProperty("java.class.path"), "org.claimdesk.ClaimDeskApplication"),
                dataDir, adminPassword, extraArgs);
    }

    /** Starts a packaged jar the way the README says, for example with the JDK's AOT cache. */
    public static ChildApplication startJar(List<String> jvmOptions, Path jar, Path dataDir, String adminPassword)
            throws Exception {
        List<String> launch = new ArrayList<>(jvmOptions);
        launch.addAll(List.of("-jar", jar.toString()));
        return launch(launch, dataDir, adminPassword);
    }

    private static ChildApplication launch(List<String> launch, Path dataDir, String adminPassword, String... extraArgs)
            throws Exception {
        int port = freePort();
        Files.createDirectories(dataDir);
        Path log = dataDir.resolve("claimdesk-" + System.currentTimeMillis() + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        command.addAll(launch);
        command.addAll(List.of("--server.port=" + port, "--claimdesk.data-dir=" + dataDir,
                "--claimdesk.admin-password=" + adminPassword));
        command.addAll(List.of(extraArgs));
        long t0 = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // its own embedded PostgreSQL, also when the test run's application uses an external one
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_DATASOURCE_"));
        Process process = builder.start();
        ChildApplication app = new ChildApplication(process, port, log, t0);
        app.awaitHealthy(Duration.ofMinutes(3));
        return app;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Time from launching the process to the first healthy answer. */
    public Duration startup() {
        return startupTime;
    }

    private void awaitHealthy(Duration limit) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("ClaimDesk exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    startupTime = Duration.ofNanos(System.nanoTime() - startedAt);
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        close();
        throw new IllegalStateException("ClaimDesk was not healthy within " + limit + ":\n" + tail());
    }

    /** The JDBC URL of the embedded PostgreSQL running on a data directory (its postmaster.pid's fourth line is the port). */
    public static String databaseUrl(Path dataDir) throws IOException {
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
        return "jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres";
    }

    /** SIGKILL to the JVM and to its PostgreSQL processes: no shutdown hook, no checkpoint. */
    public void killHard() throws InterruptedException {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        process.toHandle().destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
        process.waitFor(30, TimeUnit.SECONDS);
        for (ProcessHandle p : tree) {
            p.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> p).join();
        }
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                killHard();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
