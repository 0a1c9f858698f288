package org.claimdesk.base;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migrations whose text had to change after they were applied, without changing what they do:
 * V5 named a column {@code system_user}, a reserved word since PostgreSQL 16, and now quotes it.
 * A database that applied the old text gets the new checksum before Flyway validates, only if
 * its recorded checksum is exactly the old text's.
 */
@Configuration(proxyBeanMethods = false)
class RewrittenMigrations {
    private static final Logger log = LoggerFactory.getLogger(RewrittenMigrations.class);
    /** Version to (checksum of the text applied before, resource of the text now). */
    private static final Map<String, Rewrite> REWRITES = Map.of("5",
            new Rewrite(955677302, "db/migration/V5__gold_layer.sql"));

    private record Rewrite(int oldChecksum, String resource) {
    }

    @Bean
    FlywayMigrationStrategy rewrittenMigrationsFirst() {
        return flyway -> {
            update(flyway.getConfiguration().getDataSource());
            flyway.migrate();
        };
    }

    static void update(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Boolean present = jdbc.sql("select to_regclass('flyway_schema_history') is not null").query(Boolean.class).single();
        if (!present) {
            return;
        }
        REWRITES.forEach((version, rewrite) -> {
            int now = checksum(rewrite.resource());
            int changed = jdbc.sql("update flyway_schema_history set checksum = ? where version = ? and checksum = ?")
                    .params(now, version, rewrite.oldChecksum()).update();
            if (changed > 0) {
                log.info("Migration V{} was rewritten without changing its effect; its recorded checksum is updated.", version);
            }
        });
    }

    /** Flyway's checksum of an SQL migration: CRC32 over its lines without line breaks. */
    static int checksum(String resource) {
        CRC32 crc = new CRC32();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                RewrittenMigrations.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            boolean first = true;
            while ((line = in.readLine()) != null) {
                if (first && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                first = false;
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }

}
