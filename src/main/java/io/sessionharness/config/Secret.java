package io.sessionharness.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A password, token or other value that must never be shown. Every secret is registered process-wide when it is
 * created or seen (a cookie the site set, a one-time code) so that the one redaction path
 * ({@code io.sessionharness.report.Redactor}) can mask it wherever it would otherwise appear.
 */
public final class Secret {

    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();
    /** Values too short to mask inside other text; masked only where they stand as a whole cookie or parameter value. */
    private static final Set<String> KNOWN_SHORT = ConcurrentHashMap.newKeySet();
    private static final int SHORTEST_MASKED_ANYWHERE = 4;
    public static final String MASK = "[redacted]";

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
        if (value == null || value.isEmpty()) {
            return;
        }
        (value.length() >= SHORTEST_MASKED_ANYWHERE ? KNOWN : KNOWN_SHORT).add(value);
    }

    /**
     * Registers a value the target handed out (a cookie value): masked everywhere when it looks like a secret, but a
     * word-like value ("true", "en-US", "dark") only where it stands as a whole cookie or parameter value, so that
     * masking it does not eat the same word in every line.
     */
    public static void registerObserved(String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        boolean wordLike = value.length() < 8 || (value.length() <= 12 && value.chars().allMatch(c -> Character.isLetter(c) || c == '-'));
        (wordLike ? KNOWN_SHORT : KNOWN).add(value);
    }

    /** Replaces every registered secret of four characters or more in the text by the mask. */
    public static String maskKnown(String text) {
        String masked = text;
        for (String secret : KNOWN) {
            if (masked.contains(secret)) {
                masked = masked.replace(secret, MASK);
            }
        }
        return masked;
    }

    /** Whether a short value (under four characters) was registered as a secret. */
    public static boolean isKnownShort(String value) {
        return KNOWN_SHORT.contains(value);
    }

    /** A short, stable stand-in for a value ("sha256:1a2b3c4d"): two values can be told apart without seeing either. */
    public static String fingerprint(String value) {
        if (value.isEmpty()) {
            return "(empty)";
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return MASK;
    }
}
