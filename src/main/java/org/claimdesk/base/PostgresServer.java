package org.claimdesk.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server on a data directory of its own, from the binaries in a Maven jar:
 * {@code initdb} on first use, then {@code pg_ctl start}, and a fast, clean {@code pg_ctl stop} on
 * close. Listens on localhost only, on a free port, with trust authentication for the local
 * {@code postgres} superuser (nothing else can reach it).
 */
public final class PostgresServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);
    private static final String INCLUDE = "include_if_exists = 'claimdesk.conf'";

    private final PostgresBinaries binaries;
    private final PostgresAccount account;
    private final Path dataDir;
    private final int port;
    private boolean running;

    private PostgresServer(PostgresBinaries binaries, PostgresAccount account, Path dataDir, int port) {
        this.binaries = binaries;
        this.account = account;
        this.dataDir = dataDir;
        this.port = port;
    }

    /** Starts a server on {@code dataDir}, creating the cluster if the directory holds none. */
    static PostgresServer start(PostgresBinaries binaries, PostgresAccount account, Path dataDir,
                                List<String> settings) throws IOException {
        PostgresServer server = new PostgresServer(binaries, account, dataDir.toAbsolutePath().normalize(), freePort());
        server.startWith(settings);
        return server;
    }

    /** The major version of the cluster in {@code dataDir}, or null when there is none yet. */
    static String majorVersionOf(Path dataDir) throws IOException {
        Path file = dataDir.resolve("PG_VERSION");
        return Files.exists(file) ? Files.readString(file).strip() : null;
    }

    public String getJdbcUrl(String database, String user) {
        return "jdbc:postgresql://localhost:" + port + "/" + database + "?user=" + user;
    }

    public int port() {
        return port;
    }

    Path dataDir() {
        return dataDir;
    }

    private void startWith(List<String> settings) throws IOException {
        account.own(dataDir);
        if (majorVersionOf(dataDir) == null) {
            List<String> initdb = new ArrayList<>(List.of(bin("initdb"), "-A", "trust", "-U", "postgres", "-D",
                    dataDir.toString(), "-E", "UTF-8", "--locale=C"));
            if (!binaries.major().equals("14")) {
                // Unicode character classes for pg_trgm and ILIKE whatever locales the machine has
                initdb.addAll(List.of("--locale-provider=builtin", "--builtin-locale=C.UTF-8"));
            }
            run(initdb, "initdb");
        }
        Path main = dataDir.resolve("postgresql.conf");
        if (!Files.readString(main).contains(INCLUDE)) {
            // also in directories made before by another launcher
            Files.writeString(main, "\n" + INCLUDE + "\n", StandardOpenOption.APPEND);
        }
        List<String> lines = new ArrayList<>(List.of("port = " + port, "listen_addresses = 'localhost'",
                "unix_socket_directories = ''"));
        lines.addAll(settings);
        Path conf = dataDir.resolve("claimdesk.conf");
        Files.write(conf, lines, StandardCharsets.UTF_8);
        account.own(conf);
        run(List.of(bin("pg_ctl"), "-D", dataDir.toString(), "-l", dataDir.resolve("server.log").toString(),
                "-w", "-t", "120", "start"), "pg_ctl start");
        running = true;
        log.info("PostgreSQL {} started on port {} with its data in {}{}.", binaries.major(), port, dataDir,
                account.name().equals(System.getProperty("user.name")) ? "" : ", as the account '" + account.name() + "'");
    }

    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        try {
            run(List.of(bin("pg_ctl"), "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "120", "stop"), "pg_ctl stop");
            running = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String bin(String name) {
        return binaries.bin().resolve(name).toString();
    }

    private void run(List<String> command, String what) throws IOException {
        Process p = new ProcessBuilder(account.command(command)).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit;
        try {
            exit = p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(what + " was interrupted", e);
        }
        log.debug("{}: {}", what, output);
        if (exit != 0) {
            throw new IOException(what + " failed (exit " + exit + "): " + output.strip() + serverLogTail());
        }
    }

    private String serverLogTail() {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("server.log"));
            return "\nserver.log:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
