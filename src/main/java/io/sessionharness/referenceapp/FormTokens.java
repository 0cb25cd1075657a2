package io.sessionharness.referenceapp;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashSet;

import org.eclipse.jetty.server.Session;

/**
 * One-time form tokens: every rendering of a form carries a fresh token, and a submission is accepted once per
 * token, so a form sent again — Back and send, a double click, a page restored from a cache — is not a second action.
 * Kept in the session (a serializable set, so file-backed sessions keep it across restarts), the newest 50 only.
 */
final class FormTokens {

    private static final String ATTRIBUTE = "formTokens";
    private static final int KEEP = 50;
    private static final SecureRandom RANDOM = new SecureRandom();

    private FormTokens() {
    }

    static String issue(Session session) {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        synchronized (session) {
            LinkedHashSet<String> tokens = tokens(session);
            tokens.add(token);
            while (tokens.size() > KEEP) {
                tokens.remove(tokens.iterator().next());
            }
            session.setAttribute(ATTRIBUTE, tokens);
        }
        return token;
    }

    /** True the first time {@code token} comes back; false for a repeat or an unknown token. */
    static boolean consume(Session session, String token) {
        synchronized (session) {
            LinkedHashSet<String> tokens = tokens(session);
            boolean fresh = token != null && tokens.remove(token);
            session.setAttribute(ATTRIBUTE, tokens);
            return fresh;
        }
    }

    @SuppressWarnings("unchecked")
    private static LinkedHashSet<String> tokens(Session session) {
        return session.getAttribute(ATTRIBUTE) instanceof LinkedHashSet<?> set ? new LinkedHashSet<>((LinkedHashSet<String>) set) : new LinkedHashSet<>();
    }
}
