package io.sessionharness.site;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which cookies carry a session on the target: one name ({@code site.sessionCookie}) or several
 * ({@code site.sessionCookies}), each a name or a pattern with {@code *} (e.g. {@code KEYCLOAK_*}). A session made of
 * several cookies is replayed, planted, tampered with and fingerprinted as a whole: a sign-out that ends one of them
 * but leaves another working is a session that outlived its sign-out.
 */
public record SessionCookieNames(List<String> entries) {

    /** Characters a cookie name may have (RFC 6265's token), plus the pattern's {@code *}. */
    private static final Pattern ENTRY = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");

    /** No cookie at all: a site whose session lives only in stored tokens ({@code site.sessionTokens}). */
    public static final SessionCookieNames NONE = new SessionCookieNames(List.of());

    public SessionCookieNames {
        entries = List.copyOf(entries);
    }

    /** True when the session has no cookie (only stored tokens). */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public static SessionCookieNames of(String... names) {
        return new SessionCookieNames(List.of(names));
    }

    /** The entries that are not cookie names or patterns, for the profile's problem line. */
    public static List<String> malformed(List<String> entries) {
        return entries.stream().filter(entry -> !ENTRY.matcher(entry).matches() || entry.chars().allMatch(c -> c == '*')).toList();
    }

    /** True when a cookie of this name belongs to the session. */
    public boolean matches(String cookieName) {
        return entries.stream().anyMatch(entry -> glob(entry).matcher(cookieName).matches());
    }

    /**
     * The first entry without a wildcard: the name the embedded site gives its session cookie, and the name a made-up
     * ID gets; with patterns only, the first pattern with "SESSION" for its wildcard (KEYCLOAK_* → KEYCLOAK_SESSION).
     */
    public String primary() {
        if (entries.isEmpty()) {
            throw new IllegalStateException("the session has no cookie (site.sessionTokens only)");
        }
        return entries.stream().filter(entry -> !entry.contains("*")).findFirst().orElseGet(() -> entries.get(0).replace("*", "SESSION"));
    }

    /** The plain names after the first one (the embedded site's second cookie, when a profile names one). */
    public List<String> others() {
        List<String> plain = entries.stream().filter(entry -> !entry.contains("*")).toList();
        return plain.size() < 2 ? List.of() : plain.subList(1, plain.size());
    }

    public boolean hasPlainName() {
        return entries.stream().anyMatch(entry -> !entry.contains("*"));
    }

    /**
     * True when a URL carries a session ID: Java's {@code ;jsessionid=}, or a query or path parameter named like one
     * of the session cookies (compared without case, as servers do for {@code JSESSIONID}).
     */
    public boolean appearIn(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.contains(";jsessionid=")) {
            return true;
        }
        if (entries.isEmpty()) {
            return false;
        }
        // In a URL a wildcard stands for a parameter name's characters only: it must not run past '=', '&' or '/'.
        return Pattern.compile("[;?&](" + entries.stream().map(entry -> globSource(entry, "[^=&;#/?]*")).collect(Collectors.joining("|")) + ")=",
                Pattern.CASE_INSENSITIVE).matcher(url).find();
    }

    /** For messages: "JSESSIONID" or "APP, APP_KEY, KEYCLOAK_*". */
    public String describe() {
        return entries.isEmpty() ? "(no cookie)" : String.join(", ", entries);
    }

    private static Pattern glob(String entry) {
        return Pattern.compile(globSource(entry, ".*"));
    }

    private static String globSource(String entry, String wildcard) {
        return java.util.Arrays.stream(entry.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(wildcard));
    }
}
