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

    public static ConfigurableApplicationContext run(String... args) {
        SecurityContextHolderStrategy before = SecurityContextHolder.getContextHolderStrategy();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ClaimDeskApplication.class).run(args);
        context.addApplicationListener((ContextClosedEvent e) -> SecurityContextHolder.setContextHolderStrategy(before));
        return context;
    }
}
