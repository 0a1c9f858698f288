package org.claimdesk.base;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * ClaimDesk's own PostgreSQL server, when it runs one (no external database is configured). It is
 * started on a thread of its own (see {@link EmbeddedDatabaseStarter}); the first to ask for it waits.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    static final List<String> SETTINGS = List.of("max_connections = 100",
            // an acknowledged change is on disk
            "synchronous_commit = on", "timezone = 'UTC'");
    static final EmbeddedDatabase NONE = new EmbeddedDatabase(CompletableFuture.completedFuture(null));

    private final CompletableFuture<PostgresServer> server;

    private EmbeddedDatabase(CompletableFuture<PostgresServer> server) {
        this.server = server;
    }

    /**
     * Upgrades the cluster under {@code dataDir}/postgres if an older PostgreSQL made it, then starts
     * the server (as an unprivileged account when running as root), without waiting for it.
     */
    static EmbeddedDatabase startInBackground(Path dataDir) {
        CompletableFuture<PostgresServer> future = new CompletableFuture<>();
        Thread.ofPlatform().name("embedded-postgres-start").start(() -> {
            try {
                future.complete(start(dataDir.toAbsolutePath().normalize().resolve("postgres")));
            } catch (IOException | RuntimeException e) {
                future.completeExceptionally(e);
            }
        });
        return new EmbeddedDatabase(future);
    }

    private static PostgresServer start(Path dir) throws IOException {
        PostgresAccount account = PostgresAccount.forThisProcess();
        StalePostmaster.clear(dir);
        PostgresUpgrade.upgradeIfOld(dir, account, SETTINGS);
        return PostgresServer.start(PostgresBinaries.CURRENT, account, dir, SETTINGS);
    }

    /** The running server, once it has started; empty when an external database is used. */
    public Optional<PostgresServer> server() {
        try {
            return Optional.ofNullable(server.join());
        } catch (CompletionException e) {
            throw new IllegalStateException("The embedded PostgreSQL did not start: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    @Override
    public void close() {
        try {
            PostgresServer running = server.join();
            if (running != null) {
                running.close();
            }
        } catch (CompletionException notStarted) {
            // nothing runs: the failure is reported by whoever asked for the server
        }
    }
}
