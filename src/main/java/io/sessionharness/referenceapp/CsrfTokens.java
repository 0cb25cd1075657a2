package io.sessionharness.referenceapp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.eclipse.jetty.server.Session;

/** One CSRF token per session, compared in constant time. */
final class CsrfTokens {

    private static final String ATTRIBUTE = "csrf";
    private final SecureRandom random = new SecureRandom();

    String tokenFor(Session session) {
        if (session.getAttribute(ATTRIBUTE) instanceof String existing) {
            return existing;
        }
        String fresh = newToken();
        session.setAttribute(ATTRIBUTE, fresh);
        return fresh;
    }

    boolean matches(Session session, String presented) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof String token && presented != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    /** A new token after sign-in, so a token seen before sign-in is worthless after it. */
    void renew(Session session) {
        session.setAttribute(ATTRIBUTE, newToken());
    }

    String newToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
