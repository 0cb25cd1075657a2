package io.sessionharness.referenceapp;

import java.time.Duration;
import java.util.Optional;

import io.sessionharness.target.SessionPolicy;

/** How the reference site runs: its session policy and cookie name. Any value is allowed; defaults are short for fast suites. */
public record SiteSettings(
        Optional<Duration> idleTimeout,
        Optional<Duration> absoluteTimeout,
        boolean rotateIdOnSignIn,
        boolean invalidateOnSignOut,
        String cookieName,
        Flavour flavour) {

    /** How the site is built: the classic form sign-in, or single sign-on through an identity provider on another host. */
    public enum Flavour { CLASSIC, SSO }

    public static final String DEFAULT_COOKIE = "JSESSIONID";

    public static SiteSettings defaults() {
        return new SiteSettings(Optional.of(Duration.ofSeconds(4)), Optional.of(Duration.ofSeconds(12)), true, true, DEFAULT_COOKIE, Flavour.CLASSIC);
    }

    /** The embedded site enforces exactly what the target profile declares. */
    public static SiteSettings enforcing(SessionPolicy policy, String cookieName, Flavour flavour) {
        return new SiteSettings(policy.idleTimeout(), policy.absoluteTimeout(),
                policy.rotatesSessionIdOnSignIn(), policy.invalidatesOnSignOut(), cookieName, flavour);
    }

    public SiteSettings withIdleTimeout(Optional<Duration> idle) {
        return new SiteSettings(idle, absoluteTimeout, rotateIdOnSignIn, invalidateOnSignOut, cookieName, flavour);
    }

    public SiteSettings withAbsoluteTimeout(Optional<Duration> absolute) {
        return new SiteSettings(idleTimeout, absolute, rotateIdOnSignIn, invalidateOnSignOut, cookieName, flavour);
    }

    /** Jetty's own housekeeping must never end a session before our policy check can report why it ended. */
    int housekeepingSeconds() {
        long longest = Math.max(idleTimeout.map(Duration::toSeconds).orElse(0L), absoluteTimeout.map(Duration::toSeconds).orElse(0L));
        return (int) Math.min(Integer.MAX_VALUE, Math.max(longest, 1800) + 600);
    }
}
