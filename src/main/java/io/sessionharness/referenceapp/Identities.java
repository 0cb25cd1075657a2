package io.sessionharness.referenceapp;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Session;

/**
 * A session spread over two credentials, as single-sign-on products and single-page apps do it: beside the session ID,
 * an identity value issued at sign-in that signed-in requests must carry too — an identity cookie (every request), or a
 * token the page keeps in local storage and its scripts send as the {@value #HEADER} header (every request to
 * {@code /api/}: server-rendered pages cannot carry a header). A request with the session ID but without the matching
 * identity is anonymous. The values issued are remembered until their session ends; the outlives-sign-out defects forget
 * to revoke them at sign-out, and a replayed identity then opens a new session on its own.
 */
final class Identities {

    static final String ATTRIBUTE = "identity";
    static final String HEADER = "X-App-Identity";

    private final SiteSettings.Identity carrier;
    private final IssuedValues issued;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> live = new ConcurrentHashMap<>();

    Identities(SiteSettings.Identity carrier, IssuedValues issued) {
        this.carrier = carrier;
        this.issued = issued;
    }

    /** Issues the identity of a session just signed in: as a cookie, or kept for the page to store (see {@link #toStore}). */
    void issue(Response response, Session session, String user) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String value = issued.record(HexFormat.of().formatHex(bytes));
        session.setAttribute(ATTRIBUTE, value);
        live.put(value, user);
        if (!carrier.stored()) {
            Response.addCookie(response, HttpCookie.build(carrier.name(), value).path("/").httpOnly(true).sameSite(HttpCookie.SameSite.LAX).build());
        }
    }

    /** The local-storage key and value the signed-in page must keep, when the identity is a stored token. */
    Optional<Map.Entry<String, String>> toStore(Session session) {
        return carrier.stored() && session.getAttribute(ATTRIBUTE) instanceof String value ? Optional.of(Map.entry(carrier.name(), value)) : Optional.empty();
    }

    /** True when the request carries the identity of this session (or, for a stored token, does not need to). */
    boolean belongsTo(Request request, Session session) {
        if (carrier.stored() && !Request.getPathInContext(request).startsWith("/api/")) {
            return true;
        }
        Object expected = session.getAttribute(ATTRIBUTE);
        return expected != null && presented(request).filter(expected::equals).isPresent();
    }

    /** The user whose unrevoked identity the request presents (consulted only by the defects). */
    Optional<String> userOf(Request request) {
        return presented(request).map(live::get);
    }

    /** Takes a session's identity over to a new session of the same user (the defect's revival). */
    void adopt(Request request, Session session) {
        presented(request).ifPresent(value -> session.setAttribute(ATTRIBUTE, value));
    }

    /** The session ends: its identity value is no longer honoured. */
    void revoke(Session session) {
        if (session.getAttribute(ATTRIBUTE) instanceof String value) {
            live.remove(value);
        }
    }

    /** Tells the browser to drop the identity cookie (sign-out); a stored token is the page's to forget. */
    void clear(Response response) {
        if (!carrier.stored()) {
            Response.addCookie(response, HttpCookie.build(carrier.name(), "").path("/").maxAge(0).build());
        }
    }

    private Optional<String> presented(Request request) {
        return carrier.stored() ? Optional.ofNullable(request.getHeaders().get(HEADER)) : Http.cookie(request, carrier.name());
    }
}
