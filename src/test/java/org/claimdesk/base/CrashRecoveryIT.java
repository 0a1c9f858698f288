package org.claimdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import org.claimdesk.support.ApiClient;
import org.claimdesk.support.ChildApplication;
import org.claimdesk.support.FreshDataDirectory;
import org.claimdesk.support.ReviewerLoad;
import org.claimdesk.support.ReviewerTeam;
import org.junit.jupiter.api.Test;

/**
 * ClaimDesk, in its own process with its embedded PostgreSQL, is killed with SIGKILL (the JVM and
 * the database processes) while reviewers create, relabel and delete spans. After a restart on the
 * same data, every acknowledged change is there, nothing unacknowledged appears, and the event log
 * agrees with the span table.
 */
class CrashRecoveryIT {
    static final String PASSWORD = "crash-password";
    static final int REVIEWERS = Integer.getInteger("crash.reviewers", 20);
    static final int SECONDS = Integer.getInteger("crash.seconds", 8);

    @Test
    void every_acknowledged_change_survives_kill_9_during_load() throws Exception {
        Path dir = FreshDataDirectory.newDirectory();
        ReviewerLoad load;
        try (ChildApplication app = ChildApplication.start(dir, PASSWORD)) {
            ReviewerTeam team = ReviewerTeam.create(app.port(), PASSWORD, REVIEWERS, 5);
            load = team.load(app.port());
            load.start();
            Thread.sleep(Duration.ofSeconds(SECONDS).toMillis());
            app.killHard();
            load.stop();
        }
        System.out.println("Before kill -9: " + load.counts());
        assertThat(load.acknowledged()).isGreaterThan(100);
        assertThat(load.errorCount()).as(load.errors().toString()).isZero();

        try (ChildApplication again = ChildApplication.start(dir, PASSWORD)) {
            List<String> wrong;
            try (Connection c = DriverManager.getConnection(ChildApplication.databaseUrl(dir), "postgres", "")) {
                wrong = load.verify(c);
            }
            System.out.println("After restart (" + again.startup().toMillis() + " ms to healthy): "
                    + wrong.size() + " differences from the acknowledged state");
            assertThat(wrong).isEmpty();
            ApiClient admin = new ApiClient(again.port(), "admin", PASSWORD);
            assertThat(admin.get("/api/projects").status()).isEqualTo(200);
        }
    }
}
