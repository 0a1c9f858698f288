package org.claimdesk.base;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database: an external PostgreSQL when {@code spring.datasource.url} names one, or else
 * ClaimDesk's own, started by {@link EmbeddedDatabaseStarter} with its data in CLAIMDESK_DATA_DIR,
 * kept across restarts and stopped with the app.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

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
}
