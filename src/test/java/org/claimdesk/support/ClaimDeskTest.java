package org.claimdesk.support;

import org.junit.jupiter.api.extension.ExtendWith;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port against a real embedded PostgreSQL in a fresh data
 * directory. All test classes with this annotation share one context and one database.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // gold written by one test class never starts a training behind the others' backs; the
        // suggestion tests start training themselves (and test the debounce on a queue of their own)
        properties = {"claimdesk.admin-password=" + TestUsers.ADMIN_PASSWORD,
                "claimdesk.suggestions.training-debounce=PT1H"})
@ContextConfiguration(initializers = FreshDataDirectory.class)
@ExtendWith(SignedOutAfterEach.class)
public @interface ClaimDeskTest {
}
