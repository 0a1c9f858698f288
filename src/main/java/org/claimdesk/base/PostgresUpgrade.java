package org.claimdesk.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a data directory of the PostgreSQL that ClaimDesk embedded before (14) to the current
 * one (18), as a dump and restore: both servers run from their Maven jars, the new database gets
 * ClaimDesk's schema at the old one's migration version, and every table is copied with COPY.
 * The old directory is kept beside the new one as a backup; a failure leaves it untouched and
 * stops the start.
 */
final class PostgresUpgrade {
    private static final Logger log = LoggerFactory.getLogger(PostgresUpgrade.class);

    private PostgresUpgrade() {
    }

    /** Upgrades {@code dataDir} in place if an older major made it; returns where the old one was kept, if anywhere. */
    static Path upgradeIfOld(Path dataDir, PostgresAccount account, List<String> settings) throws IOException {
        String major = PostgresServer.majorVersionOf(dataDir);
        if (major == null || major.equals(PostgresBinaries.CURRENT.major())) {
            return null;
        }
        if (!major.equals(PostgresBinaries.PREVIOUS.major())) {
            throw new IllegalStateException("The data directory " + dataDir + " was made by PostgreSQL " + major
                    + "; ClaimDesk can upgrade only from " + PostgresBinaries.PREVIOUS.major() + " to "
                    + PostgresBinaries.CURRENT.major() + ". Upgrade it with pg_upgrade, or start with an empty one.");
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path fresh = dataDir.resolveSibling(dataDir.getFileName() + "-upgrading-" + stamp);
        Path backup = dataDir.resolveSibling(dataDir.getFileName() + "-pg" + major + "-backup-" + stamp);
        log.warn("The embedded PostgreSQL is now {}; the data directory {} is PostgreSQL {}, which is no longer supported."
                + " Upgrading it by dump and restore; the old directory will be kept as {}.",
                PostgresBinaries.CURRENT.major(), dataDir, major, backup);
        long started = System.nanoTime();
        StalePostmaster.clear(dataDir);
        long rows;
        try (PostgresServer old = PostgresServer.start(PostgresBinaries.PREVIOUS, account, dataDir, settings);
             PostgresServer next = PostgresServer.start(PostgresBinaries.CURRENT, account, fresh, settings)) {
            rows = copy(old, next);
        } catch (IOException | SQLException | RuntimeException e) {
            FileTrees.deleteQuietly(fresh);
            throw new IllegalStateException("Upgrading " + dataDir + " from PostgreSQL " + major + " failed; it is"
                    + " unchanged and ClaimDesk did not start. " + e.getMessage(), e);
        }
        Files.move(dataDir, backup);
        Files.move(fresh, dataDir);
        log.warn("Upgraded {} to PostgreSQL {} in {} ms ({} rows). The PostgreSQL {} directory is kept as {}; delete it"
                + " once you have checked your data.", dataDir, PostgresBinaries.CURRENT.major(),
                (System.nanoTime() - started) / 1_000_000, rows, major, backup);
        return backup;
    }

    private static long copy(PostgresServer old, PostgresServer next) throws SQLException, IOException {
        String url = old.getJdbcUrl("postgres", "postgres");
        String version;
        try (Connection from = DriverManager.getConnection(url); Statement st = from.createStatement();
             ResultSet rs = st.executeQuery("select version from flyway_schema_history where success"
                     + " and version is not null order by installed_rank desc limit 1")) {
            version = rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            version = null; // no ClaimDesk schema yet: nothing to copy
        }
        if (version == null) {
            return 0;
        }
        Flyway.configure().dataSource(next.getJdbcUrl("postgres", "postgres"), "postgres", null)
                .locations("classpath:db/migration").target(version).load().migrate();
        long rows = 0;
        try (Connection from = DriverManager.getConnection(url);
             Connection to = DriverManager.getConnection(next.getJdbcUrl("postgres", "postgres"))) {
            to.setAutoCommit(false);
            try (Statement st = to.createStatement()) {
                // the rows were valid in the old database: load them without re-running triggers and foreign keys
                st.execute("set session_replication_role = replica");
            }
            CopyManager out = from.unwrap(PGConnection.class).getCopyAPI();
            CopyManager in = to.unwrap(PGConnection.class).getCopyAPI();
            List<String> tables = tables(from);
            try (Statement st = to.createStatement()) {
                // rows the migrations insert themselves (the gold user) come from the old database instead
                st.execute("truncate " + String.join(", ", tables.stream().map(t -> "public." + quote(t)).toList()));
            }
            for (String table : tables) {
                Path dump = Files.createTempFile("claimdesk-upgrade-", ".copy");
                try {
                    try (OutputStream file = Files.newOutputStream(dump)) {
                        out.copyOut("copy public." + quote(table) + " to stdout", file);
                    }
                    try (InputStream file = Files.newInputStream(dump)) {
                        rows += in.copyIn("copy public." + quote(table) + " from stdin", file);
                    }
                } finally {
                    Files.deleteIfExists(dump);
                }
            }
            try (Statement st = to.createStatement()) {
                resetSequences(to);
                // PostgreSQL 18's release notes advise reindexing pg_trgm indexes after an upgrade
                for (String index : trigramIndexes(to)) {
                    st.execute("reindex index " + index);
                }
            }
            to.commit();
        }
        return rows;
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select tablename from pg_tables where schemaname = 'public' and tablename <> 'flyway_schema_history'"
                        + " order by tablename")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void resetSequences(Connection c) throws SQLException {
        List<String[]> owned = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select c.relname, a.attname, pg_get_serial_sequence(quote_ident(c.relname), a.attname)
                from pg_class c join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
                join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                where c.relkind = 'r' and pg_get_serial_sequence(quote_ident(c.relname), a.attname) is not null""")) {
            while (rs.next()) {
                owned.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        try (Statement st = c.createStatement()) {
            for (String[] o : owned) {
                st.execute("select setval('" + o[2] + "', coalesce((select max(" + quote(o[1]) + ") from public."
                        + quote(o[0]) + "), 0) + 1, false)");
            }
        }
    }

    private static List<String> trigramIndexes(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select distinct quote_ident(i.relname) from pg_index x join pg_class i on i.oid = x.indexrelid
                join pg_opclass oc on oc.oid = any(x.indclass::oid[]) where oc.opcname in ('gin_trgm_ops', 'gist_trgm_ops')""")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
