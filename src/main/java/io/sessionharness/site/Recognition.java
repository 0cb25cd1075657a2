package io.sessionharness.site;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.sessionharness.config.ProfileNode;

/**
 * The target's markers for each page state. Every marker is checked; {@link #stateOf} settles what they say by one
 * stated rule (a specific state over signed in / signed out; two specific states are ambiguous), never by the order
 * they are tried in. A site without an expiry page of its own (policy.expiryShows: sign-in-page) has no
 * {@code expired} marker.
 */
public record Recognition(Marker signedIn, Optional<Marker> expired, Marker signedOut, Optional<Marker> error,
        Optional<Marker> signInRefused, Optional<Marker> linkConfirm, Optional<Marker> linkUsed, Optional<Marker> cookiesRequired) {

    /** The two states every page of a site is, before anything more specific: signed in, or not. */
    private static final Set<PageState> GENERAL = EnumSet.of(PageState.SIGNED_IN, PageState.SIGNED_OUT);
    /** The address of Chromium's own error page. */
    public static final String BROWSER_ERROR_PAGE = "chrome-error://";
    /** Chromium's error page under the site's own address (a failure through a proxy). */
    public static final String NET_ERROR_PAGE = "body.neterror #main-frame-error";
    /**
     * The browser's error codes for a site it could not reach at all — refused, reset or timed-out connections, names
     * that do not resolve, TLS that fails, a proxy that is down: the target or the network is down (infrastructure),
     * not an answer of the site. Anything else on the browser's error page (a redirect loop, a malformed answer) is
     * the site's doing.
     */
    private static final java.util.regex.Pattern UNREACHABLE = java.util.regex.Pattern.compile("\\bERR_(CONNECTION_(REFUSED|RESET|CLOSED"
            + "|TIMED_OUT|FAILED|ABORTED)|TIMED_OUT|NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|ADDRESS_(UNREACHABLE|INVALID)|INTERNET_DISCONNECTED"
            + "|NETWORK_(CHANGED|ACCESS_DENIED)|PROXY_CONNECTION_FAILED|TUNNEL_CONNECTION_FAILED|EMPTY_RESPONSE|CERT_[A-Z_]+|SSL_[A-Z_]+"
            + "|BAD_SSL_CLIENT_AUTH_CERT)\\b");

    /**
     * True for 502, 503 and 504: what a reverse proxy or load balancer answers while the application behind it is down
     * or restarting — infrastructure, never a verdict on how the application ends sessions (at start and mid-run alike).
     */
    public static boolean gatewayDown(int status) {
        return status == 502 || status == 503 || status == 504;
    }

    /**
     * True for an address that is no web page at all — the browser's blank start page ({@code about:blank},
     * {@code data:,}): where Back goes from a single-page app whose sign-in and sign-out never changed the address.
     */
    public static boolean leftTheSite(String url) {
        return url.startsWith("about:") || url.startsWith("data:");
    }

    /** The browser's code for a site it could not reach, from the text of its own error page. */
    public static java.util.Optional<String> unreachableCode(String errorPageText) {
        java.util.regex.Matcher code = UNREACHABLE.matcher(errorPageText);
        return code.find() ? java.util.Optional.of(code.group()) : java.util.Optional.empty();
    }

    private static PageState browserError(String text) {
        return unreachableCode(text).isPresent() ? PageState.UNREACHABLE : PageState.ERROR;
    }

    public static Recognition read(ProfileNode node) {
        node.known("signedIn", "expired", "signedOut", "error", "signInRefused", "linkConfirm", "linkUsed", "cookiesRequired");
        return new Recognition(
                Marker.required(node, "signedIn"),
                Marker.read(node, "expired"),
                Marker.required(node, "signedOut"),
                Marker.read(node, "error"),
                Marker.read(node, "signInRefused"),
                Marker.read(node, "linkConfirm"),
                Marker.read(node, "linkUsed"),
                Marker.read(node, "cookiesRequired"));
    }

    /**
     * The state the page shows now, or empty while it shows none (still loading, or unrecognisable). One rule, no
     * hidden order: the specific states (error, expired, sign-in refused, cookies required, link used, link confirm)
     * describe a page that may also carry the signed-in or signed-out marks (the sign-in form under a "session
     * expired" message), so one specific state beside them is that state; two specific states, or signed in beside
     * signed out, is {@link PageState#AMBIGUOUS} — the markers of the profile overlap and {@link #matching} names them.
     */
    public Optional<PageState> stateOf(PageSnapshot page) {
        if (page.url().startsWith(BROWSER_ERROR_PAGE)) {
            return Optional.of(browserError(page.browserErrorText().orElse(page.text())));
        }
        Optional<PageState> decided = decide(matching(page));
        return decided.isPresent() ? decided : page.browserErrorText().map(Recognition::browserError);
    }

    /** The one state a set of matched states makes (the rule of {@link #stateOf}). */
    public static Optional<PageState> decide(Set<PageState> matched) {
        Set<PageState> specific = specific(matched);
        if (specific.size() > 1) {
            return Optional.of(PageState.AMBIGUOUS);
        }
        if (specific.size() == 1) {
            return Optional.of(specific.iterator().next());
        }
        if (matched.containsAll(GENERAL)) {
            return Optional.of(PageState.AMBIGUOUS);
        }
        return matched.stream().findFirst();
    }

    /**
     * The states that make a set of matched states ambiguous (the specific ones when two of them compete, else signed
     * in and signed out); any other set as it is.
     */
    public static Set<PageState> competing(Set<PageState> matched) {
        Set<PageState> specific = specific(matched);
        return specific.size() > 1 ? specific : matched;
    }

    /** The matched states other than signed in / signed out. */
    private static Set<PageState> specific(Set<PageState> matched) {
        Set<PageState> specific = EnumSet.noneOf(PageState.class);
        matched.stream().filter(state -> !GENERAL.contains(state)).forEach(specific::add);
        return specific;
    }

    /** Every state whose marker the page matches now (what an ambiguous page matched, what the explorer shows). */
    public Set<PageState> matching(PageSnapshot page) {
        Map<PageState, Marker> markers = markers();
        Set<PageState> matched = EnumSet.noneOf(PageState.class);
        markers.forEach((state, marker) -> {
            if (marker.matches(page)) {
                matched.add(state);
            }
        });
        return matched;
    }

    /** Every CSS selector the markers look for: what a {@link PageSnapshot} for them must report on. */
    public List<String> selectors() {
        return markers().values().stream().flatMap(marker -> marker.selectors().stream()).distinct().toList();
    }

    /** Each state the profile describes, with its marker, in the order the profile reference lists them. */
    public Map<PageState, Marker> markers() {
        Map<PageState, Marker> markers = new EnumMap<>(PageState.class);
        markers.put(PageState.SIGNED_IN, signedIn);
        expired.ifPresent(m -> markers.put(PageState.EXPIRED, m));
        markers.put(PageState.SIGNED_OUT, signedOut);
        signInRefused.ifPresent(m -> markers.put(PageState.SIGN_IN_REFUSED, m));
        linkConfirm.ifPresent(m -> markers.put(PageState.LINK_CONFIRM, m));
        linkUsed.ifPresent(m -> markers.put(PageState.LINK_USED, m));
        cookiesRequired.ifPresent(m -> markers.put(PageState.COOKIES_REQUIRED, m));
        error.ifPresent(m -> markers.put(PageState.ERROR, m));
        return markers;
    }

    /** "expired (element #session-expired) and error (text "HTTP ERROR")": the states matched, with their markers. */
    public String describe(Set<PageState> states) {
        Map<PageState, Marker> markers = markers();
        List<String> named = states.stream().filter(markers::containsKey).map(state -> state.key() + " (" + markers.get(state) + ")").toList();
        return named.size() <= 1 ? String.join("", named)
                : String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
    }
}
