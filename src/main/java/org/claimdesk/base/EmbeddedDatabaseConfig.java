package org.claimdesk.base;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Without SPRING_DATASOURCE_URL, ClaimDesk runs its own PostgreSQL (real server binaries from a
 * Maven jar) with its data in CLAIMDESK_DATA_DIR, kept across restarts and stopped with the app.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedDatabaseConfig {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${claimdesk.data-dir}") String dataDir) throws IOException {
        if ("root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("PostgreSQL refuses to run as root. Start ClaimDesk as an ordinary"
                    + " user, or point SPRING_DATASOURCE_URL at an external PostgreSQL.");
        }
        Path dir = Path.of(dataDir).toAbsolutePath().normalize().resolve("postgres");
        Files.createDirectories(dir);
        StalePostmaster.clear(dir);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "100")
                // the library's default is off, which may lose the last acknowledged commits in a crash
                .setServerConfig("synchronous_commit", "on")
                .start();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setPoolName("claimdesk-embedded");
        ds.setMaximumPoolSize(20);
        // while PostgreSQL is down, fail an action after 5 s with "connection lost" rather than 30 s
        ds.setConnectionTimeout(5_000);
        return ds;
    }
}
