package org.claimdesk.base;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The AOT cache's training run (-Pproduction, {@code claimdesk.exit-when-ready=true}) goes through a
 * whole start, the first-admin and seed checks included, answers one health request, and then
 * closes: the classes of those steps are in the cache too. Stopping at the refreshed context
 * ({@code spring.context.exit}) left out about 1,500 classes (Hibernate's query translation, ANTLR)
 * that every start then read from jars, and the first health answer another 200 (Tomcat, Jackson).
 */
@Component
class TrainingRunExit {
    private final boolean exitWhenReady;

    TrainingRunExit(@Value("${claimdesk.exit-when-ready:false}") boolean exitWhenReady) {
        this.exitWhenReady = exitWhenReady;
    }

    @EventListener
    void onReady(ApplicationReadyEvent ready) throws IOException {
        if (!exitWhenReady) {
            return;
        }
        if (ready.getApplicationContext() instanceof WebServerApplicationContext web) {
            var health = (HttpURLConnection) URI.create("http://localhost:" + web.getWebServer().getPort()
                    + "/actuator/health").toURL().openConnection();
            // 503 until the readiness state changes, just after this event: the same classes answer
            try (InputStream body = health.getResponseCode() < 400 ? health.getInputStream() : health.getErrorStream()) {
                body.readAllBytes();
            }
        }
        System.exit(SpringApplication.exit(ready.getApplicationContext()));
    }
}
