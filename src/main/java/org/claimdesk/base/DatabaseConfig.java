package org.claimdesk.base;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The database: an external PostgreSQL when {@code spring.datasource.url} names one, or else
 * ClaimDesk's own (real server binaries from a Maven jar) with its data in CLAIMDESK_DATA_DIR, kept
 * across restarts and stopped with the app. The choice is made when the application starts, inside
 * these beans rather than by a condition: the production jar's AOT processing fixes conditions at
 * build time, and the same jar serves both.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {
    static final List<String> SETTINGS = List.of("max_connections = 100",
            // an acknowledged change is on disk
            "synchronous_commit = on", "timezone = 'UTC'");

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(Environment env, @Value("${claimdesk.data-dir}") String dataDir)
            throws IOException {
        if (external(env)) {
            return EmbeddedDatabase.NONE;
        }
        Path dir = Path.of(dataDir).toAbsolutePath().normalize().resolve("postgres");
        PostgresAccount account = PostgresAccount.forThisProcess();
        StalePostmaster.clear(dir);
        PostgresUpgrade.upgradeIfOld(dir, account, SETTINGS);
        return new EmbeddedDatabase(PostgresServer.start(PostgresBinaries.CURRENT, account, dir, SETTINGS));
    }

    /** Hikari, as Spring Boot would make it, with {@code spring.datasource.hikari.*} bound either way. */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase embedded, DataSourceProperties properties) {
        if (embedded.server().isEmpty()) {
            return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        }
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(embedded.server().get().getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setPoolName("claimdesk-embedded");
        ds.setMaximumPoolSize(20);
        return ds;
    }

    private static boolean external(Environment env) {
        String url = env.getProperty("spring.datasource.url");
        return url != null && !url.isBlank();
    }
}
