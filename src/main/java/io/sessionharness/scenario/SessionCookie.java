package io.sessionharness.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(cookie.getValue().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
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
