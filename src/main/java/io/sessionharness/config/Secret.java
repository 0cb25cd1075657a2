package io.sessionharness.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A password, token or other value that must never be shown. Every secret is registered process-wide when it is
 * created or seen (a cookie the site set, a one-time code) so that the one redaction path
 * ({@code io.sessionharness.report.Redactor}) can mask it wherever it would otherwise appear.
 */
public final class Secret {

    /** The JDK's own logging (bridged into the masked log by the entry points): the scan runs with no library on its path. */
    private static final System.Logger LOG = System.getLogger(Secret.class.getName());
    /**
     * Every registered form of four characters or more, by its first four characters: a text is read once, each position
     * looked up, instead of once per secret (a run registers thousands of cookie values, each in several forms).
     */
    private static final Map<String, Set<String>> KNOWN = new ConcurrentHashMap<>();
    private static final Set<String> WARNED_SHORT = ConcurrentHashMap.newKeySet();
    /** The secrets the run was given (account passwords), as opposed to those it saw: a page showing one echoes a password. */
    private static final Set<String> GIVEN = ConcurrentHashMap.newKeySet();
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
        GIVEN.add(value);
        return new Secret(value);
    }

    /**
     * Marks a value seen at run time (a session ID, a token) as secret from now on, in every form it can be written in
     * ({@link SecretEncodings}). A value too short to mask inside other text is masked only where it stands as a whole
     * value, and the run says so once (without the value).
     */
    public static void register(String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (value.length() >= SHORTEST_MASKED_ANYWHERE) {
            addEveryForm(value);
            return;
        }
        KNOWN_SHORT.add(value);
        if (WARNED_SHORT.add(value)) {
            LOG.log(System.Logger.Level.WARNING, "a secret of " + value.length() + " character(s) (" + fingerprint(value)
                    + ") is too short to mask inside other text: it is masked only where it stands as a whole value");
        }
    }

    /** An account's user name and password as an HTTP Basic header carries them (base64 of {@code user:password}). */
    public static void registerCredentials(String user, String password) {
        if (user != null && password != null && !password.isEmpty()) {
            SecretEncodings.basicCredentials(user, password).forEach(Secret::know);
        }
    }

    private static void addEveryForm(String value) {
        for (String form : SecretEncodings.of(value)) {
            if (form.length() >= SHORTEST_MASKED_ANYWHERE) {
                know(form);
            }
        }
    }

    /** Whether the text shows a secret the run was given (an account's password) as it is. */
    public static boolean showsGiven(String text) {
        return text != null && GIVEN.stream().anyMatch(given -> given.length() >= SHORTEST_MASKED_ANYWHERE && text.contains(given));
    }

    private static void know(String form) {
        KNOWN.computeIfAbsent(form.substring(0, SHORTEST_MASKED_ANYWHERE), prefix -> ConcurrentHashMap.newKeySet()).add(form);
    }

    /** Whether the text holds a registered secret of four characters or more (in any of its forms). */
    public static boolean containsKnown(String text) {
        return text != null && covered(text, true) != null;
    }

    /**
     * Which characters of the text belong to a registered secret (null: none). Overlapping and nested secrets are covered
     * whole, so no fragment of a longer secret survives a shorter one inside it. With {@code first}, stops at the first.
     */
    private static boolean[] covered(String text, boolean first) {
        boolean[] covered = null;
        for (int i = 0; i + SHORTEST_MASKED_ANYWHERE <= text.length(); i++) {
            Set<String> candidates = KNOWN.get(text.substring(i, i + SHORTEST_MASKED_ANYWHERE));
            if (candidates == null) {
                continue;
            }
            for (String secret : candidates) {
                if (text.startsWith(secret, i)) {
                    if (covered == null) {
                        covered = new boolean[text.length()];
                    }
                    java.util.Arrays.fill(covered, i, i + secret.length(), true);
                    if (first) {
                        return covered;
                    }
                }
            }
        }
        return covered;
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
        if (wordLike) {
            KNOWN_SHORT.add(value);
        } else {
            addEveryForm(value);
        }
    }

    /**
     * Whether a value a site handed out in passing (a redirect's parameter, a hidden field) could be a credential: eight
     * characters or more mixing letters and digits, no space, and not an address ({@code /account}, {@code https://…}) —
     * not a form's name ({@code user_login_form}), a date or a sentence.
     */
    public static boolean mayBeCredential(String value) {
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        return value.length() >= 8 && !value.startsWith("/") && !lower.startsWith("http:") && !lower.startsWith("https:")
                && value.chars().anyMatch(Character::isDigit) && value.chars().anyMatch(Character::isLetter)
                && value.chars().noneMatch(Character::isWhitespace);
    }

    /** Replaces every registered secret of four characters or more in the text by the mask (one mask for secrets that touch). */
    public static String maskKnown(String text) {
        boolean[] covered = text == null ? null : covered(text, false);
        if (covered == null) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!covered[i]) {
                masked.append(text.charAt(i));
            } else if (i == 0 || !covered[i - 1]) {
                masked.append(MASK);
            }
        }
        return masked.toString();
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
