package org.claimdesk.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The AOT cache's training run (-Pproduction, {@code claimdesk.exit-when-ready=true}) goes through a
 * whole start, the first-admin and seed checks included, and then closes: the classes of those
 * checks are in the cache too. Stopping at the refreshed context ({@code spring.context.exit}) left
 * out about 2,400 classes (Hibernate's query translation, ANTLR) that every start then read from jars.
 */
@Component
class TrainingRunExit {
    private final boolean exitWhenReady;

    TrainingRunExit(@Value("${claimdesk.exit-when-ready:false}") boolean exitWhenReady) {
        this.exitWhenReady = exitWhenReady;
    }

    @EventListener
    void onReady(ApplicationReadyEvent ready) {
        if (exitWhenReady) {
            System.exit(SpringApplication.exit(ready.getApplicationContext()));
        }
    }
}
