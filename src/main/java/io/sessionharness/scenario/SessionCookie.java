package io.sessionharness.scenario;

import org.openqa.selenium.Cookie;

import io.sessionharness.config.Secret;

/**
 * A session cookie taken from a browser. Its value is registered as a secret at once; reports show a short
 * fingerprint so readers can tell two IDs apart without seeing either.
 */
public record SessionCookie(Cookie cookie) {

    public SessionCookie {
        Secret.register(cookie.getValue());
    }

    public String fingerprint() {
        return Secret.fingerprint(cookie.getValue());
    }

    /** The same cookie with another value (a tampered, truncated or foreign session ID); the new value is a secret too. */
    public SessionCookie withValue(String value) {
        return new SessionCookie(new Cookie.Builder(cookie.getName(), value)
                .domain(cookie.getDomain()).path(cookie.getPath()).isHttpOnly(cookie.isHttpOnly()).isSecure(cookie.isSecure())
                .sameSite(cookie.getSameSite()).build());
    }

    /**
     * The cookie as another browser would hold it after the site set it: a host-only cookie (WebDriver shows its
     * domain without a leading dot) is planted host-only. Planted with an explicit domain it would become a second,
     * domain-wide cookie of the same name beside the one the site sets next — on a site reached by name, the site's
     * new session cookie and the planted one would then both be sent, and the old one read back as "not rotated".
     */
    public Cookie asPlanted() {
        return hostOnlyKept().build();
    }

    /** The cookie as this browser held it, expiry and all, to put back after taking it away (host-only kept so). */
    public Cookie asRestored() {
        return hostOnlyKept().expiresOn(cookie.getExpiry()).build();
    }

    private Cookie.Builder hostOnlyKept() {
        boolean hostOnly = cookie.getDomain() == null || !cookie.getDomain().startsWith(".");
        Cookie.Builder builder = new Cookie.Builder(cookie.getName(), cookie.getValue()).path(cookie.getPath())
                .isHttpOnly(cookie.isHttpOnly()).isSecure(cookie.isSecure()).sameSite(cookie.getSameSite());
        return hostOnly ? builder : builder.domain(cookie.getDomain());
    }

    /**
     * A session ID nobody was issued, as an attacker plants one where the site sets no cookie before sign-in (a
     * site that adopts an unknown ID is as open to fixation as one that keeps its own). A secret like any other.
     */
    public static SessionCookie madeUp(String name) {
        byte[] random = new byte[16];
        new java.security.SecureRandom().nextBytes(random);
        return new SessionCookie(new Cookie.Builder(name, java.util.HexFormat.of().formatHex(random)).path("/").build());
    }

    /** The value, for deriving tampered variants in a scenario; never for printing. */
    public String value() {
        return cookie.getValue();
    }

    public boolean sameValueAs(SessionCookie other) {
        return cookie.getValue().equals(other.cookie.getValue());
    }

    /** Name, fingerprint and flags — never the value. */
    public String describe() {
        return cookie.getName() + "=" + fingerprint() + " (path " + cookie.getPath() + (cookie.isHttpOnly() ? ", HttpOnly" : "")
                + (cookie.isSecure() ? ", Secure" : "") + (cookie.getSameSite() != null ? ", SameSite=" + cookie.getSameSite() : "")
                + (cookie.getExpiry() == null ? ", session-only" : ", expires " + cookie.getExpiry().toInstant()) + ")";
    }

    /** Every cookie a browser holds, as name and fingerprint — each value registered as a secret first; never the values. */
    static String describeAll(java.util.Collection<Cookie> cookies) {
        registerAll(cookies);
        return cookies.isEmpty() ? "(none)" : cookies.stream().sorted(java.util.Comparator.comparing(Cookie::getName))
                .map(c -> c.getName() + "=" + Secret.fingerprint(c.getValue())).collect(java.util.stream.Collectors.joining(", "));
    }

    /** Registers every cookie value a browser holds — those set by scripts too, which no Set-Cookie answer showed. */
    static void registerAll(java.util.Collection<Cookie> cookies) {
        cookies.forEach(c -> Secret.registerObserved(c.getValue()));
    }

    @Override
    public String toString() {
        return describe();
    }
}
