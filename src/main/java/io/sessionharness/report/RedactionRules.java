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
    private final List<RedactionRule> rules;

    private RedactionRules(List<RedactionRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static RedactionRules standard() {
        return withParameters(List.of());
    }

    /** The standard rules with {@code extra} parameter names masked too (each a plain name, see {@link #isPlainName}). */
    public static RedactionRules withParameters(Collection<String> extra) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : extra) {
            if (!isPlainName(name)) {
                throw new IllegalArgumentException("not a plain parameter name: " + name);
            }
            names.add(name.toLowerCase(Locale.ROOT));
        }
        // A well-known or profile-named parameter is masked whatever its value; a name that merely holds a secret word
        // (policy.concurrentSessions) only where its value could be a credential.
        Predicate<Matcher> namedSecret = m -> {
            String name = m.group("name");
            boolean known = names.contains(name.toLowerCase(Locale.ROOT)) || SecretNames.isWellKnown(name);
            String value = JsonText.unescape(m.group("v"));
            return known || (SecretNames.isSecretName(name) && (SecretNames.isPasswordName(name) ? !SecretNames.isFlag(value) : !SecretNames.isSettingValue(value)));
        };
        List<RedactionRule> rules = new ArrayList<>();
        rules.add(new RedactionRule("credentials in a URL's userinfo", Pattern.compile("(?i)\\b[a-z][a-z0-9+.\\-]*://(?<v>[^/?#@\\s\"'<>]+)@"), m -> true, v -> Secret.MASK));
        rules.add(new RedactionRule("JWT/JWE-shaped value", Pattern.compile(
                "(?<v>\\beyJ[A-Za-z0-9_-]{6,}\\.[A-Za-z0-9_-]{2,}\\.[A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*)?)"), m -> true, v -> JWT_MASK));
        // As a header line, a JSON member or a quoted header map ({'Authorization': 'Basic …'}).
        // The value is a credential's shape (a scheme, then eight token characters or more): minified code such as
        // Authorization:"Bearer "+t or authorization:e.token holds none.
        rules.add(new RedactionRule("Authorization header", Pattern.compile(
                "(?im)\\b(?:proxy-)?authorization[\"']?\\s*[:=]\\s*[\"']?(?<v>(?:[A-Za-z][A-Za-z0-9\\-]*[ ]+)?[A-Za-z0-9._~+/=\\-]{8,})"),
                m -> true, Redactor::registerAndMask));
        rules.add(new RedactionRule("Bearer token", Pattern.compile("(?i)\\bbearer\\s+(?<v>[A-Za-z0-9._~+/=\\-]{6,})"), m -> true, Redactor::registerAndMask));
        // Cookie names outside RFC 6265's token characters exist in the wild ("user[id]", "a:b"): any name up to '='.
        // The header ends at the line's end, or where a timeline line's next header starts ("…; SameSite=Lax; content-type:
        // text/html; charset=utf-8": the charset is no cookie).
        rules.add(new RedactionRule("cookie value in a Set-Cookie/Cookie header", Pattern.compile(
                "(?im)(?<![\\w.\\-])(?:set-cookie|cookie)\\s*:\\s*(?<v>(?:(?![;|]\\s*[A-Za-z][A-Za-z0-9\\-]*:\\s)[^\\r\\n])*)"),
                new RedactionRule("cookie value", Pattern.compile("(?:^|[;|,])\\s*(?<name>[^=;,|\\s]+)=(?<v>[^;|,\\r\\n]*)"),
                        m -> !COOKIE_ATTRIBUTES.contains(m.group("name").toLowerCase(Locale.ROOT)), Secret::fingerprint)));
        rules.add(new RedactionRule("hidden or password form field", Pattern.compile("(?i)(?<v><input\\b(?=[^>]*\\btype\\s*=\\s*[\"']?(?:hidden|password)\\b)[^>]*>)"),
                new RedactionRule("form field value", Pattern.compile("(?i)\\bvalue\\s*=\\s*(?<q>[\"'])(?<v>.*?)\\k<q>"), m -> true, Redactor::registerObservedAndMask)));
        // The value ends where a comment does ("key: value   # why"): a YAML or header line, not a sentence.
        rules.add(new RedactionRule("header carrying a credential", Pattern.compile("(?im)^[ \\t]*(?<name>[A-Za-z0-9_\\-]+)[ \\t]*:[ \\t]*(?<v>[^\\s#\"',]+(?:[ ][^\\s#\"',]+)?)"),
                namedSecret, Redactor::maskNamed));
        // A credential seen in a URL is registered, so the same value elsewhere (a page printing its own session ID,
        // with the ID carried only in URLs when cookies are off) is masked too. A backslash ends a value: in an
        // escaped text (JSON's "\n") it is not part of the URL.
        rules.add(new RedactionRule("credential parameter", Pattern.compile("(?im)(?:&amp;|\\\\u0026|[?&#;]|^|(?<=[\\s\"'(]))(?<name>[A-Za-z0-9_.\\-\\[\\]]+)=(?<v>[^&#;?\\s\"'<>\\\\]+)"),
                namedSecret, Redactor::maskNamed));
        // A token endpoint's answer, a page script's stored tokens or a quoted map, in any key style:
        // {"access_token":"…"}, {"accessToken":"…"}, {'X-Auth-Token': '…'}, {"otp": 839201}.
        for (char quote : new char[] {'"', '\''}) {
            // Unrolled ([^q\\]*+ then escapes), so that a long value costs no backtracking and no stack.
            String q = String.valueOf(quote);
            rules.add(new RedactionRule("credential member of a JSON object or map", Pattern.compile(
                    "[\"']" + "(?<name>[A-Za-z0-9_.\\- ]{1,64})[\"']\\s*:\\s*" + q + "(?<v>[^" + q + "\\\\\\r\\n]*+(?:\\\\.[^" + q + "\\\\\\r\\n]*+)*+)" + q),
                    namedSecret, v -> Redactor.maskNamed(JsonText.unescape(v))));
        }
        rules.add(new RedactionRule("credential member of a JSON object (a number)", Pattern.compile(
                "(?<kq>[\"'])(?<name>[A-Za-z0-9_.\\- ]{1,64})\\k<kq>\\s*:\\s*(?<v>\\d{4,})\\b"), namedSecret, Redactor::maskNamed));
        rules.add(new RedactionRule("credential parameter (URL-encoded)", Pattern.compile("(?i)(?:%3F|%26|%23|%3B)(?<name>[A-Za-z0-9_.\\-]+)"
                + "%3D(?<v>(?:[A-Za-z0-9._~+\\-]|%(?!26|23|3B)[0-9A-Fa-f]{2})+)"), namedSecret, Redactor::maskNamed));
        rules.add(new RedactionRule("long random value in a Location header", Pattern.compile("(?im)\\blocation\"?\\s*:\\s*\"?(?<v>(?:https?://|/)[^\\s\"]+)"),
                new RedactionRule("random parameter value", Pattern.compile("[?&#;](?<name>[\\w.\\-]+)=(?<v>[A-Za-z0-9._~%+=\\-]+)"),
                        m -> TokenShapes.looksRandom(m.group("v")), v -> Secret.MASK)));
        // A one-time token as a path segment: /reset/MQ/c4z8-9f8e7d6c5b4a3f2e1d0c/ (in a URL, or a path after a delimiter).
        rules.add(new RedactionRule("random path segment of a URL", Pattern.compile("(?im)(?<v>\\bhttps?://[^\\s\"'<>]+|(?:^|(?<=[\\s\"'(=:]))/[^\\s\"'<>]+)"),
                new RedactionRule("random path segment", Pattern.compile("(?<=/)(?<v>[A-Za-z0-9_~\\-]{20,})(?=[/?#;]|$)"),
                        m -> TokenShapes.looksLikeToken(m.group("v")), Redactor::registerAndMask)));
        RedactionRules shapes = new RedactionRules(rules);
        // Base64 of something secret: client_data=eyJydSI6…In0 (a state inside), Basic cWEx… (user:password).
        rules.add(new RedactionRule("base64 value that decodes to a secret", Pattern.compile(
                "(?<![A-Za-z0-9+/_\\-])(?<v>[A-Za-z0-9+/_\\-]{12,}={0,2})(?![A-Za-z0-9+/_\\-=])"),
                m -> Base64Text.decode(m.group("v")).filter(decoded -> Secret.containsKnown(decoded) || !shapes.mask(decoded).equals(decoded)).isPresent(),
                Redactor::registerAndMask));
        return new RedactionRules(rules);
    }

    /** A name a profile may add to the secret parameters: letters, digits, '_', '.', '-'. */
    public static boolean isPlainName(String name) {
        return name != null && PLAIN_NAME.matcher(name).matches();
    }

    /** The text with every rule applied. */
    public String mask(String text) {
        String masked = text;
        for (RedactionRule rule : rules) {
            masked = rule.mask(masked);
        }
        return masked;
    }

    /** What the rules would mask in an already written text: each finding names its rule and the value's fingerprint. */
    public List<Leak> leaks(String text) {
        List<Leak> found = new ArrayList<>();
        for (RedactionRule rule : rules) {
            rule.leaks(text, rule.name, found);
        }
        return found;
    }

    /** Whether a value is already a stand-in (the mask, a JWT mask or a fingerprint). */
    static boolean isMasked(String value) {
        // Exactly a stand-in: "[redacted]2vR7" (a registered value masked inside a longer one) is still a leak. A mask
        // that ends an XML CDATA section ("…;jsessionid=[redacted]]]>", JUnit XML) is followed only by its brackets.
        return value.isBlank() || value.equals(Secret.MASK) || value.equals(Secret.MASK + "]]") || value.equals(JWT_MASK) || value.equals("(empty)") || FINGERPRINT.matcher(value).matches();
    }

    /** One finding of the scan: which rule, and the fingerprint of the value (never the value). */
    public record Leak(String rule, String fingerprint) {
    }
}
