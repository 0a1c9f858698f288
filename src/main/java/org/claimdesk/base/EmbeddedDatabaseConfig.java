package org.claimdesk.base;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Without SPRING_DATASOURCE_URL, ClaimDesk runs its own PostgreSQL (real server binaries from a
 * Maven jar) with its data in CLAIMDESK_DATA_DIR, kept across restarts and stopped with the app.
 * A data directory of the PostgreSQL embedded before is upgraded first; as root, the server runs
 * under an unprivileged account.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedDatabaseConfig {
    static final List<String> SETTINGS = List.of("max_connections = 100",
            // an acknowledged change is on disk
            "synchronous_commit = on", "timezone = 'UTC'");

    @Bean(destroyMethod = "close")
    PostgresServer embeddedPostgres(@Value("${claimdesk.data-dir}") String dataDir) throws IOException {
        Path dir = Path.of(dataDir).toAbsolutePath().normalize().resolve("postgres");
        PostgresAccount account = PostgresAccount.forThisProcess();
        StalePostmaster.clear(dir);
        PostgresUpgrade.upgradeIfOld(dir, account, SETTINGS);
        return PostgresServer.start(PostgresBinaries.CURRENT, account, dir, SETTINGS);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(PostgresServer postgres) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setPoolName("claimdesk-embedded");
        ds.setMaximumPoolSize(20);
        // while PostgreSQL is down, fail an action after 5 s with "connection lost" rather than 30 s
        ds.setConnectionTimeout(5_000);
        return ds;
    }

    /**
     * The AOT cache's training run (-Pproduction) ends with {@code spring.context.exit=onRefresh},
     * which halts the JVM once every bean is made, closing nothing: the server is stopped just
     * before, or it outlived every build. (A training run that starts and closes fully makes a
     * cache that starts slower: 10.6-11.7 s against 8.6-9.3 s.)
     */
    @Bean
    @ConditionalOnProperty(name = "spring.context.exit", havingValue = "onRefresh")
    SmartInitializingSingleton stopPostgresBeforeTheHalt(PostgresServer postgres) {
        return postgres::close;
    }
}
