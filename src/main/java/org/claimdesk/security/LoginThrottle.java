package org.claimdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Slows down password guessing: after {@code claimdesk.login.max-failures} wrong passwords for one
 * username from one address within the lockout period, that pair is refused for the rest of the
 * period (the password is then not even checked). A successful sign-in clears the count. Kept in
 * memory per node: a guesser spread over several nodes gets a few more tries, never unlimited ones.
 */
@Component
public class LoginThrottle {
    private static final int MAX_TRACKED = 100_000;

    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(@Value("${claimdesk.login.max-failures:5}") int maxFailures,
                  @Value("${claimdesk.login.lockout:PT15M}") Duration lockout) {
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = Clock.systemUTC();
    }

    /** How long this username is still refused from the current request's address, or zero. */
    public Duration blockedFor(String username) {
        Deque<Instant> recent = failures.get(key(username));
        if (recent == null) {
            return Duration.ZERO;
        }
        synchronized (recent) {
            Instant now = clock.instant();
            recent.removeIf(t -> t.isBefore(now.minus(lockout)));
            if (recent.size() < maxFailures) {
                return Duration.ZERO;
            }
            return Duration.between(now, recent.peekLast().plus(lockout));
        }
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear(); // a flood of names: forget rather than grow without bound
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(event.getAuthentication().getName()), k -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(clock.instant());
            while (recent.size() > maxFailures) {
                recent.removeFirst();
            }
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        String address = "?";
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            address = request.getRemoteAddr();
        }
        return (username == null ? "" : username.toLowerCase(Locale.ROOT)) + "|" + address;
    }
}
