package org.claimdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory made the way ClaimDesk made them until now (zonky's launcher, PostgreSQL 14)
 * comes through the upgrade to the embedded PostgreSQL 18 with every row, its sequences and its
 * trigram index, and the old directory is kept.
 */
class PostgresUpgradeIT {
    private static final String TEXT = "Officials said 👩‍💻 it is «fine», the minister denied it.";

    @TempDir
    Path data;

    @Test
    void a_postgresql_14_directory_is_upgraded_with_its_annotations_and_kept_as_a_backup() throws Exception {
        Path dir = data.resolve("postgres");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                .setPgBinaryResolver((system, machine) -> getClass().getClassLoader()
                        .getResourceAsStream("pg14/postgres-linux-x86_64.txz"))
                .start()) {
            String url = old.getJdbcUrl("postgres", "postgres");
            Flyway.configure().dataSource(url, "postgres", null).locations("classpath:db/migration").load().migrate();
            try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
                st.execute("insert into app_user (username, password_hash, display_name) values ('ana', 'x', 'Ana')");
                st.execute("insert into project (name) values ('Upgraded')");
                st.execute("insert into label (project_id, name, kind, color) select id, 'CLAIM', 'SPAN', '#ff0000' from project");
                st.execute("insert into document (project_id, title, text, sha256, length_cp) select id, 'One', '" + TEXT
                        + "', repeat('a', 64), " + TEXT.codePointCount(0, TEXT.length()) + " from project");
                st.execute("""
                        insert into span (document_id, annotator_id, label_id, start_cp, end_cp, fragments, covered_text)
                        select d.id, u.id, l.id, 0, 9, '{0,9}', 'Officials' from document d, app_user u, label l
                        where u.username = 'ana'""");
            }
        }
        assertThat(Files.readString(dir.resolve("PG_VERSION")).strip()).isEqualTo("14");

        Path backup = PostgresUpgrade.upgradeIfOld(dir, PostgresAccount.forThisProcess(), EmbeddedDatabase.SETTINGS);

        assertThat(backup).isNotNull();
        assertThat(Files.readString(backup.resolve("PG_VERSION")).strip()).isEqualTo("14");
        assertThat(Files.readString(dir.resolve("PG_VERSION")).strip()).isEqualTo("18");
        try (PostgresServer next = PostgresServer.start(PostgresBinaries.CURRENT, PostgresAccount.forThisProcess(), dir,
                EmbeddedDatabase.SETTINGS);
             Connection c = DriverManager.getConnection(next.getJdbcUrl("postgres", "postgres"));
             Statement st = c.createStatement()) {
            assertThat(single(st, "select current_setting('server_version_num')::int / 10000")).isEqualTo("18");
            assertThat(single(st, "select text from document")).isEqualTo(TEXT);
            assertThat(single(st, "select covered_text || ' ' || array_to_string(fragments, ',') from span"))
                    .isEqualTo("Officials 0,9");
            // the sequences go on after the copied rows, and the trigram search still answers
            st.execute("insert into app_user (username, password_hash, display_name) values ('bo', 'x', 'Bo')");
            // gold (from the migrations), ana and bo, each with its own id, bo's after the copied ones
            assertThat(single(st, "select count(distinct id) from app_user")).isEqualTo("3");
            assertThat(single(st, "select (select id from app_user where username = 'bo')"
                    + " > (select max(id) from app_user where username <> 'bo')")).isEqualTo("t");
            assertThat(single(st, "select count(*) from span where covered_text % 'Officials'")).isEqualTo("1");
            // a later start on the upgraded directory is an ordinary start
            assertThat(PostgresUpgrade.upgradeIfOld(dir, PostgresAccount.forThisProcess(), EmbeddedDatabase.SETTINGS))
                    .isNull();
        }
    }

    private static String single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
