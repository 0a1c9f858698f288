package org.claimdesk.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Every test starts and ends signed out, whoever it signed in as: part of {@link ClaimDeskTest}. */
public final class SignedOutAfterEach implements AfterEachCallback {
    @Override
    public void afterEach(ExtensionContext context) {
        SecurityContextHolder.clearContext();
    }
}
