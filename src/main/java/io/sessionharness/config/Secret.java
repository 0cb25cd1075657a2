package io.sessionharness.config;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A password, token or other value that must never be shown. Every secret is registered process-wide when it is
 * created so that the report and log redaction can mask it wherever it would otherwise appear.
 */
public final class Secret {

    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();
    private static final int SHORTEST_MASKED = 4;

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("a secret cannot be empty");
        }
        register(value);
        return new Secret(value);
    }

    /** Marks a value seen at run time (a session ID, a token) as secret from now on. */
    public static void register(String value) {
        if (value != null && value.length() >= SHORTEST_MASKED) {
            KNOWN.add(value);
        }
    }

    private static final java.util.regex.Pattern URL_SESSION_ID = java.util.regex.Pattern.compile("(?i)(;jsessionid=)[^?#/&\\s\"'<>]+");

    /** Replaces every known secret, and any session ID carried in a URL, in the text by a mask. */
    public static String maskAll(String text) {
        if (text == null) {
            return null;
        }
        // Session IDs in URLs (URL rewriting: ";jsessionid=…") are secrets too, though nobody registered them.
        String masked = URL_SESSION_ID.matcher(text).replaceAll("$1[redacted]");
        if (KNOWN.isEmpty()) {
            return masked;
        }
        for (String secret : KNOWN) {
            if (masked.contains(secret)) {
                masked = masked.replace(secret, "[redacted]");
            }
        }
        return masked;
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "[redacted]";
    }
}
