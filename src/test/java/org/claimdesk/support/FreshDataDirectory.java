package org.claimdesk.support;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the embedded PostgreSQL at a data directory of its own for this test run. */
public class FreshDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    private static final Path DIR = newDirectory();

    public static Path newDirectory() {
        return Path.of("target", "it-data", UUID.randomUUID().toString()).toAbsolutePath();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(
                new MapPropertySource("fresh-data-dir", Map.of("claimdesk.data-dir", DIR.toString())));
    }
}
