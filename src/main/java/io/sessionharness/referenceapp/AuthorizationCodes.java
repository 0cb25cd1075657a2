package io.sessionharness.referenceapp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One-time codes the identity provider hands the app through the browser: short-lived, usable once. */
final class AuthorizationCodes {

    private static final Duration LIFETIME = Duration.ofMinutes(1);

    private final Clock clock;
    private final CsrfTokens randomness = new CsrfTokens();
    private final Map<String, Issued> codes = new ConcurrentHashMap<>();

    AuthorizationCodes(Clock clock) {
        this.clock = clock;
    }

    String issue(String user) {
        String code = randomness.newToken();
        codes.put(code, new Issued(user, clock.instant().plus(LIFETIME)));
        return code;
    }

    Optional<String> redeem(String code) {
        Issued issued = code == null ? null : codes.remove(code);
        return issued != null && clock.instant().isBefore(issued.expires()) ? Optional.of(issued.user()) : Optional.empty();
    }

    private record Issued(String user, Instant expires) {
    }
}
