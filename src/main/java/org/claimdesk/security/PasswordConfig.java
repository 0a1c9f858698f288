package org.claimdesk.security;

import java.nio.charset.StandardCharsets;
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
        return new WithinBcryptLimit(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    /**
     * bcrypt reads only the first 72 bytes of a password, so "p" × 72 followed by anything would
     * match the hash of "p" × 72. No password ClaimDesk stores is longer (UserService refuses it),
     * so a longer one offered at sign-in is wrong, whatever its first 72 bytes are.
     */
    static final class WithinBcryptLimit implements PasswordEncoder {
        private final PasswordEncoder delegate;

        WithinBcryptLimit(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            if (rawPassword != null
                    && rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > UserService.MAX_PASSWORD_BYTES) {
                return false;
            }
            return delegate.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }
}
