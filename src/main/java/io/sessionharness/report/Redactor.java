package io.sessionharness.report;

import java.util.Collection;
import java.util.regex.Pattern;

import io.sessionharness.config.Secret;

/**
 * The one redaction path for everything a run writes — step names, attachments, failure messages and stack traces
 * (Allure, surefire, the console), log lines, the report environment: registered secrets first, then the shape rules
 * of {@link RedactionRules}, then short registered values where they stand as a whole parameter value.
 */
public final class Redactor {

    /** "?pin=42" with "42" registered: too short to mask inside other text, but masked as a whole parameter value. */
    private static final RedactionRule SHORT_VALUES = new RedactionRule("short registered value",
            Pattern.compile("(?:&amp;|[?&#;])[\\w.\\-]+=(?<v>[^&#;?\\s\"'<>]+)"), m -> Secret.isKnownShort(m.group("v")), v -> Secret.MASK);
    private static volatile RedactionRules rules = RedactionRules.standard();
    /** Every target's secret parameters named so far (suites of one run may test several targets side by side). */
    private static final java.util.Set<String> SECRET_PARAMETER_NAMES = new java.util.LinkedHashSet<>();

    private Redactor() {
    }

    /** Masks the values of {@code names} too from now on (a target profile's {@code site.secretParameters}). */
    public static synchronized void addSecretParameters(Collection<String> names) {
        if (SECRET_PARAMETER_NAMES.addAll(names)) {
            rules = RedactionRules.withParameters(SECRET_PARAMETER_NAMES);
        }
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String known = Secret.maskKnown(text);
        String ruled = rules.mask(known);
        // A rule may have found (and registered) a credential that stands elsewhere in the same text unmarked.
        return SHORT_VALUES.mask(ruled.equals(known) ? ruled : Secret.maskKnown(ruled));
    }

    /**
     * A credential found by its shape: registered (as it stands and, when it is URL-encoded, decoded), so every other
     * occurrence in any encoding is masked from now on, then masked.
     */
    static String registerAndMask(String value) {
        Secret.register(value);
        decoded(value).ifPresent(Secret::register);
        return Secret.MASK;
    }

    /**
     * A value found under a credential's name, masked; registered (the way a cookie value is: a word only where it stands
     * as a whole value) unless it reads as a setting ({@code include}, {@code 3600}), so that masking it elsewhere never
     * eats an ordinary word or number.
     */
    static String maskNamed(String value) {
        if (!SecretNames.isSettingValue(value)) {
            Secret.registerObserved(value);
            decoded(value).filter(plain -> !plain.equals(value)).ifPresent(Secret::registerObserved);
        }
        return Secret.MASK;
    }

    private static java.util.Optional<String> decoded(String value) {
        if (value.indexOf('%') < 0 && value.indexOf('+') < 0) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notEncoded) {
            return java.util.Optional.empty();   // "%zz": not an encoded value
        }
    }

    /**
     * A value a page holds (a hidden form field), masked; registered too when it could be a credential — eight
     * characters or more and not an address — so that a form token is masked wherever else it turns up, while a
     * return path ({@code /account}) or a flag ({@code 1}) does not mask every parameter of that value.
     */
    static String registerObservedAndMask(String value) {
        if (Secret.mayBeCredential(value)) {
            Secret.registerObserved(value);
        }
        return Secret.MASK;
    }

}
