package org.claimdesk.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the app was killed hard (SIGKILL), its PostgreSQL may still run orphaned and hold the
 * data directory, or have left postmaster.pid behind. Stop the orphan cleanly so the next start
 * works and nothing is lost.
 */
final class StalePostmaster {
    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    static void clear(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty()
                : parse(lines.getFirst()).flatMap(ProcessHandle::of);
        if (process.isPresent() && process.get().isAlive() && isPostgres(process.get())) {
            log.warn("A PostgreSQL from an earlier run (pid {}) still holds {}; stopping it.", process.get().pid(), dataDir);
            process.get().destroy(); // SIGTERM: smart shutdown, the data is checkpointed
            try {
                process.get().onExit().get(Duration.ofSeconds(60).toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("Could not stop the orphaned PostgreSQL (pid " + process.get().pid()
                        + "); stop it by hand and start again.", e);
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> parse(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle p) {
        return p.info().command().map(c -> c.endsWith("postgres")).orElse(false);
    }
}
