package io.sessionharness.referenceapp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One-time tokens: single use, short-lived, each remembering whom it was issued to and what used it — the one-time
 * sign-in links e-mailed to people (15 min), the authorization codes an identity provider hands the app through the
 * browser (1 min).
 */
final class OneTimeTokens {

    private final Clock clock;
    private final Duration lifetime;
    private final CsrfTokens randomness = new CsrfTokens();
    private final Map<String, Link> links = new ConcurrentHashMap<>();

    OneTimeTokens(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** The one-time sign-in links e-mailed to people. */
    static OneTimeTokens signInLinks(Clock clock) {
        return new OneTimeTokens(clock, Duration.ofMinutes(15));
    }

    /** The authorization codes of the SSO flavour's identity provider. */
    static OneTimeTokens authorizationCodes(Clock clock) {
        return new OneTimeTokens(clock, Duration.ofMinutes(1));
    }

    String issue(String user) {
        String token = randomness.newToken();
        links.put(token, new Link(user, clock.instant().plus(lifetime), null, randomness.newToken()));
        return token;
    }

    /**
     * The user of an unused, unexpired token, which is used up by it and forgotten (an authorization code: nothing
     * asks about it afterwards) — atomically: a second redemption gets nothing.
     */
    Optional<String> redeem(String token) {
        Link link = token == null ? null : links.remove(token);
        return link != null && link.usedBy() == null && clock.instant().isBefore(link.expires()) ? Optional.of(link.user()) : Optional.empty();
    }

    /** The unused, unexpired link's user. */
    Optional<String> usable(String token) {
        Link link = token == null ? null : links.get(token);
        return link != null && link.usedBy() == null && clock.instant().isBefore(link.expires()) ? Optional.of(link.user()) : Optional.empty();
    }

    /** Uses the token for a session; false when it was already used (or expired) — atomically, for double clicks. */
    boolean consume(String token, String sessionId) {
        boolean[] consumed = {false};
        links.computeIfPresent(token, (t, link) -> {
            if (link.usedBy() == null && clock.instant().isBefore(link.expires())) {
                consumed[0] = true;
                return link.usedBy(sessionId);
            }
            return link;
        });
        return consumed[0];
    }

    /** After sign-in renewed the session ID, the link belongs to the new ID. */
    void rebind(String token, String sessionId) {
        links.computeIfPresent(token, (t, link) -> link.usedBy() == null ? link : link.usedBy(sessionId));
    }

    /** True when this link was used to start the given session (the same person clicking it again). */
    boolean usedBy(String token, String sessionId) {
        Link link = token == null ? null : links.get(token);
        return link != null && sessionId != null && sessionId.equals(link.usedBy());
    }

    /**
     * The anti-forgery value of the link's confirm form. It belongs to the link, not to the session the confirm page
     * happened to open: a double click opens two confirm pages at once, each in a session of its own, and the browser
     * keeps only the cookie that arrived last — a session-bound token would fail the other tab's confirm.
     */
    Optional<String> confirmProof(String token) {
        return Optional.ofNullable(token == null ? null : links.get(token)).map(Link::confirmProof);
    }

    private record Link(String user, Instant expires, String usedBy, String confirmProof) {
        Link usedBy(String sessionId) {
            return new Link(user, expires, sessionId, confirmProof);
        }
    }
}
