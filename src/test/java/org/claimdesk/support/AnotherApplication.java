package org.claimdesk.support;

import org.claimdesk.ClaimDeskApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Starts a further ClaimDesk in the test JVM (a second node, a restart). Vaadin's security setup
 * installs its own static {@link SecurityContextHolder} strategy, which would leave the shared test
 * application reading an empty context after this one is gone; closing it puts the earlier one back.
 */
public final class AnotherApplication {
    private AnotherApplication() {
    }

    /**
     * Runs it on the embedded PostgreSQL of its data directory unless the arguments name a database:
     * also when the test run's shared application uses an external one (SPRING_DATASOURCE_URL).
     */
    public static ConfigurableApplicationContext run(String... args) {
        SecurityContextHolderStrategy before = SecurityContextHolder.getContextHolderStrategy();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ClaimDeskApplication.class)
                .run(ownDatabase(args));
        context.addApplicationListener((ContextClosedEvent e) -> SecurityContextHolder.setContextHolderStrategy(before));
        return context;
    }

    /** The arguments, with an empty datasource URL (the embedded database) unless they give one. */
    public static String[] ownDatabase(String... args) {
        if (java.util.Arrays.stream(args).anyMatch(a -> a.startsWith("--spring.datasource.url="))) {
            return args;
        }
        String[] out = java.util.Arrays.copyOf(args, args.length + 1);
        out[args.length] = "--spring.datasource.url=";
        return out;
    }
}
