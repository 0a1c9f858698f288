package org.claimdesk.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On first start with an empty database, creates 'admin' with the password from
 * CLAIMDESK_ADMIN_PASSWORD or a random one printed once. There is no fixed default password.
 */
@Component
@Order(0)
// the command line (export) works on the data as it is; seeding and the first admin are for the server
@ConditionalOnWebApplication
class FirstAdminCreator implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(FirstAdminCreator.class);

    private final UserService users;
    private final String configuredPassword;

    FirstAdminCreator(UserService users, @Value("${claimdesk.admin-password:}") String configuredPassword) {
        this.users = users;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (!configuredPassword.isBlank()) {
            users.createFirstAdmin(configuredPassword);
            log.info("Created user 'admin' with the password from CLAIMDESK_ADMIN_PASSWORD.");
            return;
        }
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        users.createFirstAdmin(password);
        log.warn("""

                ==========================================================
                 Created user 'admin' with password: {}
                 It is shown only this once. Sign in and keep it safe.
                ==========================================================""", password);
    }
}
