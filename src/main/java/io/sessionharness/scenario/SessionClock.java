package io.sessionharness.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.sessionharness.browser.NetworkLog;
import io.sessionharness.site.SessionPolicy;

/**
 * One person's session as the site's clock sees it: when the server issued it, when the site last heard from the
 * person (idle counts from there), and — while signed in — by when the person must be back for the scenario's checks
 * to stay conclusive (the scenario's deadline, which lets them go before busier scenarios).
 */
final class SessionClock {

    private final String name;
    private final Stage stage;
    private final SessionPolicy policy;
    private Instant signedInAt;
    private Instant lastContact;

    SessionClock(String name, Stage stage, SessionPolicy policy) {
        this.name = name;
        this.stage = stage;
        this.policy = policy;
    }

    /** When the site last heard from this person (null before the first visit). */
    Instant lastContact() {
        return lastContact;
    }

    /**
     * The idle time before the action that is beginning. An action begins here, so this is also where a scenario busy
     * with page actions lets comebacks from a wait go first (before the idle is measured: a wait for the slot counts).
     */
    Optional<Duration> idleSoFar() {
        stage.yieldToComebacks();
        return Optional.ofNullable(lastContact).map(at -> Duration.between(at, stage.clock().instant()));
    }

    /** The site heard from this person just now (an answer to a page's own control, not a page load). */
    void contactNow() {
        contact(stage.clock().instant());
    }

    /**
     * The site heard from this person at {@code at}: idle counts from there, and while signed in the person must be
     * back before the idle timeout (minus the tolerance) for the scenario's checks to stay conclusive.
     */
    void contact(Instant at) {
        lastContact = at;
        stage.deadlines().set(name, signedInAt == null ? Optional.empty() : backWithinTheIdleTimeout(at, Duration.ZERO));
    }

    /** The server issued this person's session at {@code issuedAt}: its age counts from there. */
    void sessionStarted(Instant issuedAt) {
        signedInAt = issuedAt;
        contact(lastContact);
    }

    /** The page shows no session of this person's: nothing to be back for. */
    void noSessionShown() {
        stage.deadlines().set(name, Optional.empty());
    }

    /** The session's age when a request left at {@code requestedAt} (the server judged it then, not when the page loaded). */
    Optional<Duration> ageAt(Instant requestedAt) {
        return Optional.ofNullable(signedInAt).map(at -> Duration.between(at, requestedAt.isAfter(at) ? requestedAt : at));
    }

    Optional<Duration> sinceSignIn() {
        return ageAt(stage.clock().instant());
    }

    /**
     * For a wait meant to end inside the site's idle timeout: the latest moment the next visit still finds the session
     * conclusively alive or not (the idle timeout minus the tolerance after {@code from}; later, the check would be
     * inconclusive). None for a wait meant to outlast it — coming back later changes nothing there.
     */
    Optional<Instant> backWithinTheIdleTimeout(Instant from, Duration length) {
        if (from == null) {
            return Optional.empty();
        }
        return policy.idleTimeout().map(idle -> idle.minus(policy.tolerance())).filter(limit -> length.compareTo(limit) < 0).map(from::plus);
    }

    /**
     * When the target last heard from this browser: its last answer from the target's own origin ({@code base}'s
     * scheme, host and port) — not an analytics host or a CDN answering late, which the site never hears of —, a
     * favicon aside (browsers fetch it on their own after the page, late on a busy machine, and a site does not count
     * it as activity). Empty when the target answered nothing.
     */
    static Optional<Instant> lastServerContact(List<NetworkLog.Exchange> answers, java.net.URI base) {
        String origin = originOf(base.toString());
        return answers.stream().filter(e -> !e.url().endsWith("/favicon.ico")).filter(e -> originOf(e.url()).equals(origin))
                .map(NetworkLog.Exchange::at).max(Instant::compareTo);
    }

    /** "http://127.0.0.1:8080" of an address (the default port spelt out), or the address itself where it is none. */
    static String originOf(String url) {
        try {
            java.net.URI uri = java.net.URI.create(url);
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return uri.getScheme() == null || uri.getHost() == null ? url : (uri.getScheme() + "://" + uri.getHost() + ":" + port).toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
