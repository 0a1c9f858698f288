package org.claimdesk.base;

import java.nio.file.Path;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Without {@code spring.datasource.url}, starts the embedded PostgreSQL as soon as the application
 * context exists, so that the server comes up while Tomcat and Vaadin initialize (about 0.3 s of a
 * 5 s start) rather than after them; the DataSource waits for it. The choice is made here, at
 * start, rather than by a condition, which the production jar's AOT processing would fix at build
 * time. (Registered in META-INF/spring.factories.)
 */
public class EmbeddedDatabaseStarter implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    static final String BEAN_NAME = "embeddedDatabase";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // the build's AOT step prepares a context without running it: no server then
        if (Boolean.getBoolean("spring.aot.processing")) {
            return;
        }
        Environment env = context.getEnvironment();
        String url = env.getProperty("spring.datasource.url");
        EmbeddedDatabase database = url != null && !url.isBlank() ? EmbeddedDatabase.NONE
                : EmbeddedDatabase.startInBackground(Path.of(env.getRequiredProperty("claimdesk.data-dir")));
        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
        beans.registerSingleton(BEAN_NAME, database);
        beans.registerDisposableBean(BEAN_NAME, database::close);
    }
}
