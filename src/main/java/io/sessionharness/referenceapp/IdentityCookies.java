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
 * A session spread over two cookies, as single-sign-on products do it: beside the session ID, an identity cookie set at
 * sign-in that every signed-in request must carry too. A request with the session ID but without the matching
 * identity cookie is anonymous. The identity values issued are remembered until their session ends; the
 * identity-cookie-outlives-sign-out defect forgets to revoke them at sign-out, and a replayed identity cookie then opens
 * a new session on its own.
 */
final class IdentityCookies {

    static final String ATTRIBUTE = "identity";

    private final String name;
    private final IssuedValues issued;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> live = new ConcurrentHashMap<>();

    IdentityCookies(String name, IssuedValues issued) {
        this.name = name;
        this.issued = issued;
    }

    /** Issues the identity cookie of a session just signed in. */
    void issue(Response response, Session session, String user) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String value = issued.record(HexFormat.of().formatHex(bytes));
        session.setAttribute(ATTRIBUTE, value);
        live.put(value, user);
        Response.addCookie(response, HttpCookie.build(name, value).path("/").httpOnly(true).sameSite(HttpCookie.SameSite.LAX).build());
    }

    /** True when the request carries the identity cookie of this session. */
    boolean belongsTo(Request request, Session session) {
        Object expected = session.getAttribute(ATTRIBUTE);
        return expected != null && presented(request).filter(expected::equals).isPresent();
    }

    /** The user whose unrevoked identity the request presents (consulted only by the defect). */
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

    /** Tells the browser to drop the identity cookie (sign-out). */
    void clear(Response response) {
        Response.addCookie(response, HttpCookie.build(name, "").path("/").maxAge(0).build());
    }

    private Optional<String> presented(Request request) {
        return Http.cookie(request, name);
    }
}
