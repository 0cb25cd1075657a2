package io.sessionharness.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.sessionharness.config.Secret;

/**
 * What counts as a secret by its shape, in one place: {@link Redactor} masks with these rules, {@code RedactionScan}
 * looks for what they would have masked in everything a run wrote, and the unit tests prove each rule on an input
 * that used to leak. Registered values (passwords, every cookie value seen) are masked by {@link Secret} first.
 */
public final class RedactionRules {

    /** URL, fragment and form parameters whose values are credentials; a profile adds names with {@code site.secretParameters}. */
    public static final List<String> SECRET_PARAMETERS = List.of("code", "state", "session_state", "id_token", "access_token",
            "refresh_token", "token", "ticket", "SAMLResponse", "SAMLRequest", "RelayState", "session_code", "jsessionid",
            "client_secret", "password", "otp");

    public static final String JWT_MASK = "[redacted-jwt]";
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_.\\-]+");
    private static final Pattern FINGERPRINT = Pattern.compile("sha256:[0-9a-f]{8}");
    private static final Set<String> COOKIE_ATTRIBUTES = Set.of("expires", "max-age", "domain", "path", "samesite", "secure",
            "httponly", "priority", "partitioned", "version", "comment");

    private final List<Rule> rules;

    private RedactionRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static RedactionRules standard() {
        return withParameters(List.of());
    }

    /** The standard rules with {@code extra} parameter names masked too (each a plain name, see {@link #isPlainName}). */
    public static RedactionRules withParameters(Collection<String> extra) {
        Set<String> names = new LinkedHashSet<>(SECRET_PARAMETERS);
        for (String name : extra) {
            if (!isPlainName(name)) {
                throw new IllegalArgumentException("not a plain parameter name: " + name);
            }
            names.add(name);
        }
        String alternatives = names.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
        List<Rule> rules = new ArrayList<>();
        rules.add(new Rule("credentials in a URL's userinfo", Pattern.compile("(?i)\\b[a-z][a-z0-9+.\\-]*://(?<v>[^/?#@\\s\"'<>]+)@"), m -> true, v -> Secret.MASK));
        rules.add(new Rule("JWT/JWE-shaped value", Pattern.compile(
                "(?<v>\\beyJ[A-Za-z0-9_-]{6,}\\.[A-Za-z0-9_-]{2,}\\.[A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*)?)"), m -> true, v -> JWT_MASK));
        rules.add(new Rule("Authorization header", Pattern.compile("(?im)\\bauthorization\"?\\s*[:=]\\s*\"?(?<v>[^\\r\\n\"]+)"), m -> true, v -> Secret.MASK));
        rules.add(new Rule("Bearer token", Pattern.compile("(?i)\\bbearer\\s+(?<v>[A-Za-z0-9._~+/=\\-]{6,})"), m -> true, v -> Secret.MASK));
        rules.add(new Rule("cookie value in a Set-Cookie/Cookie header", Pattern.compile("(?im)(?<![\\w.\\-])(?:set-cookie|cookie)\\s*:\\s*(?<v>[^\\r\\n]*)"),
                new Rule("cookie value", Pattern.compile("(?:^|[;|,])\\s*(?<name>[!#$%&'*+.^_`~0-9A-Za-z\\-]+)=(?<v>[^;|,\\r\\n]*)"),
                        m -> !COOKIE_ATTRIBUTES.contains(m.group("name").toLowerCase(Locale.ROOT)), Secret::fingerprint)));
        rules.add(new Rule("hidden or password form field", Pattern.compile("(?i)(?<v><input\\b(?=[^>]*\\btype\\s*=\\s*[\"']?(?:hidden|password)\\b)[^>]*>)"),
                new Rule("form field value", Pattern.compile("(?i)\\bvalue\\s*=\\s*(?<q>[\"'])(?<v>.*?)\\k<q>"), m -> true, v -> Secret.MASK)));
        // A credential seen in a URL is registered, so the same value elsewhere (a page printing its own session ID,
        // with the ID carried only in URLs when cookies are off) is masked too. A backslash ends a value: in an
        // escaped text (JSON's "\n") it is not part of the URL.
        rules.add(new Rule("credential parameter", Pattern.compile("(?im)(?:&amp;|[?&#;]|^|(?<=[\\s\"'(]))" + alternatives + "=(?<v>[^&#;?\\s\"'<>\\\\]+)"),
                m -> true, Redactor::registerAndMask));
        // A token endpoint's answer, or a page script's stored tokens, as JSON: {"access_token":"…","token_type":"Bearer"}.
        rules.add(new Rule("credential member of a JSON object", Pattern.compile("(?i)\"(?:access_token|refresh_token|id_token|token|client_secret|password)\"\\s*:\\s*\"(?<v>[^\"\\\\]+)\""),
                m -> true, Redactor::registerAndMask));
        rules.add(new Rule("credential parameter (URL-encoded)", Pattern.compile("(?i)(?:%3F|%26|%23|%3B)" + alternatives
                + "%3D(?<v>(?:[A-Za-z0-9._~+\\-]|%(?!26|23|3B)[0-9A-Fa-f]{2})+)"), m -> true, Redactor::registerAndMask));
        rules.add(new Rule("long random value in a Location header", Pattern.compile("(?im)\\blocation\"?\\s*:\\s*\"?(?<v>(?:https?://|/)[^\\s\"]+)"),
                new Rule("random parameter value", Pattern.compile("[?&#;](?<name>[\\w.\\-]+)=(?<v>[A-Za-z0-9._~%+=\\-]+)"),
                        m -> looksRandom(m.group("v")), v -> Secret.MASK)));
        return new RedactionRules(rules);
    }

    /** A name a profile may add to the secret parameters: letters, digits, '_', '.', '-'. */
    public static boolean isPlainName(String name) {
        return name != null && PLAIN_NAME.matcher(name).matches();
    }

    /** The text with every rule applied. */
    public String mask(String text) {
        String masked = text;
        for (Rule rule : rules) {
            masked = rule.mask(masked);
        }
        return masked;
    }

    /** What the rules would mask in an already written text: each finding names its rule and the value's fingerprint. */
    public List<Leak> leaks(String text) {
        List<Leak> found = new ArrayList<>();
        for (Rule rule : rules) {
            rule.leaks(text, rule.name, found);
        }
        return found;
    }

    /** Whether a value is already a stand-in (the mask, a JWT mask or a fingerprint). */
    static boolean isMasked(String value) {
        // Exactly a stand-in: "[redacted]2vR7" (a registered value masked inside a longer one) is still a leak.
        return value.isBlank() || value.equals(Secret.MASK) || value.equals(JWT_MASK) || value.equals("(empty)") || FINGERPRINT.matcher(value).matches();
    }

    /** Long, mixed letters and digits, and not a URL: a session handle or token rather than a word or a path. */
    static boolean looksRandom(String value) {
        return value.length() >= 16 && value.chars().anyMatch(Character::isDigit) && value.chars().anyMatch(Character::isLetter)
                && !value.contains("/") && !value.toLowerCase(Locale.ROOT).contains("%2f");
    }

    /** One finding of the scan: which rule, and the fingerprint of the value (never the value). */
    public record Leak(String rule, String fingerprint) {
    }

    /**
     * A pattern whose group {@code v} holds a secret, replaced where {@code applies}; with an inner rule, group
     * {@code v} is the scope the inner rule works in (a cookie header's list, a form field's tag).
     */
    static final class Rule {

        private final String name;
        private final Pattern pattern;
        private final Predicate<Matcher> applies;
        private final java.util.function.UnaryOperator<String> replacement;
        private final Rule inner;

        Rule(String name, Pattern pattern, Predicate<Matcher> applies, java.util.function.UnaryOperator<String> replacement) {
            this(name, pattern, applies, replacement, null);
        }

        Rule(String name, Pattern pattern, Rule inner) {
            this(name, pattern, m -> true, null, inner);
        }

        private Rule(String name, Pattern pattern, Predicate<Matcher> applies, java.util.function.UnaryOperator<String> replacement, Rule inner) {
            this.name = name;
            this.pattern = pattern;
            this.applies = applies;
            this.replacement = replacement;
            this.inner = inner;
        }

        String mask(String text) {
            Matcher matcher = pattern.matcher(text);
            StringBuilder out = null;
            int copied = 0;
            while (matcher.find()) {
                String value = matcher.group("v");
                if (value == null || (inner == null && (isMasked(value) || !applies.test(matcher)))) {
                    continue;
                }
                String replaced = inner == null ? replacement.apply(value) : inner.mask(value);
                if (replaced.equals(value)) {
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, matcher.start("v")).append(replaced);
                copied = matcher.end("v");
            }
            return out == null ? text : out.append(text, copied, text.length()).toString();
        }

        void leaks(String text, String outerName, List<Leak> found) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                String value = matcher.group("v");
                if (value == null) {
                    continue;
                }
                if (inner != null) {
                    inner.leaks(value, outerName, found);
                } else if (!isMasked(value) && applies.test(matcher)) {
                    found.add(new Leak(outerName, Secret.fingerprint(value)));
                }
            }
        }
    }
}
