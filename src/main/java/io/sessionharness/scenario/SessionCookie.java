package io.sessionharness.scenario;

import org.openqa.selenium.Cookie;

import io.sessionharness.browser.NetworkLog;
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
        return NetworkLog.fingerprint(cookie.getValue());
    }

    /** The same cookie with another value (a tampered, truncated or foreign session ID); the new value is a secret too. */
    public SessionCookie withValue(String value) {
        return new SessionCookie(new Cookie.Builder(cookie.getName(), value)
                .domain(cookie.getDomain()).path(cookie.getPath()).isHttpOnly(cookie.isHttpOnly()).isSecure(cookie.isSecure())
                .sameSite(cookie.getSameSite()).build());
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

    @Override
    public String toString() {
        return describe();
    }
}
