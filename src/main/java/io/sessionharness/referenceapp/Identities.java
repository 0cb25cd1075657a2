package io.sessionharness.referenceapp;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Session;

/**
 * A session spread over several credentials, as single-sign-on products and single-page apps do it: beside the session
 * ID, identity values issued at sign-in that signed-in requests must carry too — an identity cookie (every request),
 * and a token the page keeps in local storage and its scripts send as the {@value #HEADER} header (every request to
 * {@code /api/}: server-rendered pages cannot carry a header). A request with the session ID but without the matching
 * identities is anonymous. The values issued are remembered until their session ends; the outlives-sign-out defects
 * forget to revoke their kind at sign-out, and such a value replayed then opens a new session on its own.
 */
final class Identities {

    static final String HEADER = "X-App-Identity";

    private final List<SiteSettings.Identity> carriers;
    private final IssuedValues issued;
    private final SiteSettings settings;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> live = new ConcurrentHashMap<>();

    Identities(List<SiteSettings.Identity> carriers, IssuedValues issued, SiteSettings settings) {
        this.carriers = List.copyOf(carriers);
        this.issued = issued;
        this.settings = settings;
    }

    /** Issues the identities of a session just signed in: cookies set now, tokens kept for the page to store ({@link #toStore}). */
    void issue(Response response, Session session, String user) {
        for (SiteSettings.Identity carrier : carriers) {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            String value = issued.record(HexFormat.of().formatHex(bytes));
            session.setAttribute(attribute(carrier), value);
            live.put(value, user);
            if (!carrier.stored()) {
                Response.addCookie(response, HttpCookie.build(carrier.name(), value).path("/").httpOnly(true).sameSite(HttpCookie.SameSite.LAX).build());
            }
        }
    }

    /** The local-storage key and value the signed-in page must keep, where one identity is a stored token. */
    Optional<Map.Entry<String, String>> toStore(Session session) {
        return carriers.stream().filter(SiteSettings.Identity::stored).findFirst()
                .flatMap(carrier -> session.getAttribute(attribute(carrier)) instanceof String value ? Optional.of(Map.entry(carrier.name(), value)) : Optional.empty());
    }

    /** True when the request carries every identity of this session it can carry (a header only on API requests). */
    boolean belongsTo(Request request, Session session) {
        boolean api = Request.getPathInContext(request).startsWith("/api/");
        return carriers.stream().filter(carrier -> !carrier.stored() || api).allMatch(carrier -> {
            Object expected = session.getAttribute(attribute(carrier));
            return expected != null && presented(request, carrier).filter(expected::equals).isPresent();
        });
    }

    /** The user whose unrevoked identity the request presents (consulted only by the defects). */
    Optional<String> userOf(Request request) {
        return carriers.stream().map(carrier -> presented(request, carrier).map(live::get)).flatMap(Optional::stream).findFirst();
    }

    /** Takes the presented identities over to a new session of the same user (the defects' revival). */
    void adopt(Request request, Session session) {
        carriers.forEach(carrier -> presented(request, carrier).ifPresent(value -> session.setAttribute(attribute(carrier), value)));
    }

    /** The session ends: none of its identity values is honoured any more. */
    void revoke(Session session) {
        carriers.forEach(carrier -> revoke(session, carrier));
    }

    /** Sign-out: every identity is revoked — but the kind an outlives-sign-out defect leaves alive. */
    void revokeAtSignOut(Session session) {
        carriers.stream().filter(carrier -> !carrier.outlivesSignOut(settings)).forEach(carrier -> revoke(session, carrier));
    }

    /** Tells the browser to drop the identity cookies (sign-out); a stored token is the page's to forget. */
    void clear(Response response) {
        carriers.stream().filter(carrier -> !carrier.stored())
                .forEach(carrier -> Response.addCookie(response, HttpCookie.build(carrier.name(), "").path("/").maxAge(0).build()));
    }

    private void revoke(Session session, SiteSettings.Identity carrier) {
        if (session.getAttribute(attribute(carrier)) instanceof String value) {
            live.remove(value);
        }
    }

    private static String attribute(SiteSettings.Identity carrier) {
        return "identity:" + carrier.name();
    }

    private static Optional<String> presented(Request request, SiteSettings.Identity carrier) {
        return carrier.stored() ? Optional.ofNullable(request.getHeaders().get(HEADER)) : Http.cookie(request, carrier.name());
    }
}
