package org.claimdesk.base;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import org.claimdesk.support.FreshDataDirectory;
import org.junit.jupiter.api.Test;

/**
 * The app was killed hard and left its PostgreSQL running: the next start stops the orphan
 * cleanly and finds the data.
 */
class StalePostmasterIT {

    @Test
    void an_orphaned_postgres_is_stopped_and_its_data_is_kept() throws Exception {
        Path dir = FreshDataDirectory.newDirectory().resolve("postgres");
        Files.createDirectories(dir);
        Process jvm = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), OrphanedPostgresMaker.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(jvm.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                // wait for the child to have written its data
            }
        }
        long pid = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).getFirst().strip());
        jvm.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook stops PostgreSQL
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isTrue();

        StalePostmaster.clear(dir);

        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        assertThat(process.map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(dir.resolve("postmaster.pid")).doesNotExist();
        try (EmbeddedPostgres next = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).start();
             Connection c = next.getPostgresDatabase().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select v from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void a_pid_file_of_a_process_that_is_gone_is_removed() throws Exception {
        Path dir = FreshDataDirectory.newDirectory();
        Files.createDirectories(dir);
        Process shortLived = new ProcessBuilder("true").start();
        shortLived.waitFor();
        Files.writeString(dir.resolve("postmaster.pid"), shortLived.pid() + "\n" + dir + "\n");

        StalePostmaster.clear(dir);

        assertThat(dir.resolve("postmaster.pid")).doesNotExist();
    }
}
