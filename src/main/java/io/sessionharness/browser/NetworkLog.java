package io.sessionharness.browser;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.sessionharness.config.Secret;

/**
 * What the server answered, recorded passively from the browser (WebDriver BiDi network events): status, and the
 * headers that matter for sessions, with cookie values replaced by fingerprints and registered as secrets.
 */
public final class NetworkLog {

    // content-type: whether an answer a script asked for is data (JSON) or a page, style sheet, script, image or font.
    private static final Set<String> HEADERS = Set.of("cache-control", "set-cookie", "location", "pragma", "expires", "etag", "content-type");

    /** Shortest cookie value looked for in addresses: shorter ones ("1", "en", "dark") turn up in any URL. */
    static final int SHORTEST_ID = 8;

    private final List<Exchange> exchanges = new ArrayList<>();
    /** Every cookie value this browser was sent, by name: held here only, never recorded, to find one in an address. */
    private final Map<String, Set<String>> issued = new LinkedHashMap<>();
    private final List<AddressWithCookie> addressesWithCookies = new ArrayList<>();

    public synchronized void record(Instant at, String method, String url, int status, boolean fromCache, Map<String, List<String>> headers) {
        record(at, method, url, status, fromCache, headers, new Sent(false, ""));
    }

    /** As above, with what the request carried ({@code sent}: whether credentials went with it, and what asked for it). */
    public synchronized void record(Instant at, String method, String url, int status, boolean fromCache, Map<String, List<String>> headers,
            Sent sent) {
        headers.forEach((name, values) -> {
            if (name.equalsIgnoreCase("set-cookie")) {
                values.forEach(value -> value.lines().forEach(this::issued));
            }
        });
        findCookieValues(url, address -> method + " " + address);
        headers.forEach((name, values) -> {
            if (name.equalsIgnoreCase("location")) {
                values.forEach(location -> findCookieValues(location, address -> "the Location " + address + " answering " + method + " "
                        + withoutIssuedValues(url)));
            }
        });
        Map<String, String> kept = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (HEADERS.contains(lower)) {
                kept.put(lower, String.join(" | ", values.stream().map(v -> keep(lower, v)).toList()));
            }
        });
        exchanges.add(new Exchange(at, method, url, status, fromCache, Map.copyOf(kept), sent));
    }

    /**
     * The credentials a request carried — the {@code Cookie} header's values, an {@code Authorization} header's
     * credential — registered as secrets the moment the browser sends them; none of it is recorded.
     */
    public static void sawRequestHeaders(Map<String, List<String>> headers) {
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            for (String value : values) {
                if (lower.equals("cookie")) {
                    for (String pair : value.split(";")) {
                        int equals = pair.indexOf('=');
                        Secret.registerObserved(equals < 0 ? pair.strip() : pair.substring(equals + 1).strip());
                    }
                } else if (lower.equals("authorization") || lower.equals("proxy-authorization")) {
                    int space = value.indexOf(' ');
                    Secret.register(value.strip());
                    Secret.register(space < 0 ? value.strip() : value.substring(space + 1).strip());
                }
            }
        });
    }

    /**
     * What is kept of one header value: each cookie's value fingerprinted; a value the run holds as a secret, a
     * fingerprint; a value with a registered secret inside, masked there. A redirect's long parameter values (a
     * sign-in path's codes and handles) are registered first, so they are masked wherever else they turn up.
     */
    private static String keep(String header, String value) {
        if (header.equals("set-cookie")) {
            return redactSetCookie(value);
        }
        if (header.equals("location")) {
            registerParameterValues(value);
        }
        if (Secret.maskKnown(value).equals(Secret.MASK)) {
            return Secret.fingerprint(value);
        }
        return Secret.maskKnown(value);
    }

    private static void registerParameterValues(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            return;
        }
        for (String pair : location.substring(query + 1).split("[&#]")) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                continue;   // a bare #fragment, an anchor: no value
            }
            String value = pair.substring(equals + 1);
            String plain;
            try {
                plain = java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notEncoded) {
                plain = value;
            }
            if (Secret.mayBeCredential(plain)) {
                Secret.registerObserved(value);
                Secret.registerObserved(plain);
            }
        }
    }

    private void issued(String setCookie) {
        int equals = setCookie.indexOf('=');
        if (equals > 0) {
            int end = setCookie.indexOf(';', equals);
            String value = setCookie.substring(equals + 1, end < 0 ? setCookie.length() : end).strip();
            if (value.length() >= SHORTEST_ID) {
                issued.computeIfAbsent(setCookie.substring(0, equals).strip(), name -> new java.util.LinkedHashSet<>()).add(value);
            }
        }
    }

    /** Notes which issued cookie's value {@code address} carries, as it is or URL-encoded (a path parameter, a query value). */
    private void findCookieValues(String address, java.util.function.UnaryOperator<String> describe) {
        issued.forEach((name, values) -> values.stream()
                .filter(value -> address.contains(value) || address.contains(urlEncoded(value)))
                .findFirst()
                .ifPresent(value -> addressesWithCookies.add(new AddressWithCookie(name, describe.apply(withoutIssuedValues(address))))));
    }

    /** {@code text} with every cookie value issued so far (as it is and URL-encoded) and every known secret masked. */
    private String withoutIssuedValues(String text) {
        String masked = text;
        for (Set<String> values : issued.values()) {
            for (String value : values) {
                masked = masked.replace(value, Secret.MASK).replace(urlEncoded(value), Secret.MASK);
            }
        }
        return Secret.maskKnown(masked);
    }

    private static String urlEncoded(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The addresses — requested URLs and {@code Location} headers — that carried the <em>value</em> of a cookie the
     * site issued to this browser and {@code sessionCookie} accepts the name of, masked: "JSESSIONID in GET
     * http://…/account;jsessionid=[redacted]". Found by value, so a session ID under any parameter name counts.
     */
    public synchronized List<String> sessionIdsInAddresses(java.util.function.Predicate<String> sessionCookie) {
        return addressesWithCookies.stream().filter(found -> sessionCookie.test(found.cookie()))
                .map(found -> found.cookie() + " in " + found.where()).distinct().toList();
    }

    private record AddressWithCookie(String cookie, String where) {
    }

    /** Everything answered since {@code since}, oldest first. */
    public synchronized List<Exchange> since(Instant since) {
        return exchanges.stream().filter(e -> !e.at().isBefore(since)).toList();
    }

    public synchronized List<Exchange> all() {
        return List.copyOf(exchanges);
    }

    /**
     * "JSESSIONID=abc; Path=/; HttpOnly" → "JSESSIONID=sha256:1a2b3c4d; Path=/; HttpOnly", for each cookie of the
     * header: the browser joins several Set-Cookie headers of one answer with newlines. Every value becomes a secret.
     */
    static String redactSetCookie(String header) {
        return header.lines().filter(line -> !line.isBlank()).map(NetworkLog::redactOneCookie).collect(java.util.stream.Collectors.joining(" | "));
    }

    private static String redactOneCookie(String cookie) {
        int equals = cookie.indexOf('=');
        if (equals < 0) {
            return cookie;
        }
        int end = cookie.indexOf(';', equals);
        String value = cookie.substring(equals + 1, end < 0 ? cookie.length() : end);
        Secret.registerObserved(value);
        return cookie.substring(0, equals + 1) + Secret.fingerprint(value) + (end < 0 ? "" : cookie.substring(end));
    }

    /** One request and its answer. */
    /**
     * What a request carried, never its values: whether a cookie or an {@code Authorization} header went with it, and
     * what asked for it ({@code fetch}, {@code xmlhttprequest}, {@code document}, {@code script}… as the browser says;
     * empty where it does not).
     */
    public record Sent(boolean credentials, String initiator) {
        public Sent {
            initiator = initiator == null ? "" : initiator;
        }
    }

    public record Exchange(Instant at, String method, String url, int status, boolean fromCache, Map<String, String> headers, Sent sent) {

        /** An answer read by a page's own script with the site's cookies (how {@code Scripts.askFor} reads headers). */
        public Exchange(Instant at, String method, String url, int status, boolean fromCache, Map<String, String> headers) {
            this(at, method, url, status, fromCache, headers, new Sent(true, "fetch"));
        }

        /**
         * An answer a page's script asked for with the session's credentials — where a single-page app's account data
         * comes from: asked by fetch or XMLHttpRequest, or (a browser that does not say) anything but a document,
         * script, style sheet, image or font.
         */
        public boolean credentialedData() {
            if (!sent.credentials()) {
                return false;
            }
            if (sent.initiator().equals("fetch") || sent.initiator().equals("xmlhttprequest")) {
                return true;
            }
            String type = headers.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
            return sent.initiator().isEmpty() && !type.isEmpty()
                    && !type.matches("(text/html|text/css|text/javascript|application/javascript|image/|font/).*");
        }

        public String describe(String base) {
            String path = url.startsWith(base) ? "/" + url.substring(base.length()) : url;
            StringBuilder text = new StringBuilder(method).append(' ').append(path).append(" → ").append(status);
            if (fromCache) {
                text.append(" (from cache)");
            }
            headers.forEach((name, value) -> text.append("; ").append(name).append(": ").append(value));
            return text.toString();
        }
    }
}
