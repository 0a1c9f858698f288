package org.claimdesk.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing, needed by the web app and the command line alike. */
@Configuration
class PasswordConfig {
    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the algorithm recorded in each hash so it can change later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
