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
 * A pre-login cookie of another name than the session's — an authentication session ID such as identity providers set
 * on their sign-in page (Keycloak's AUTH_SESSION_ID). Every visitor of the sign-in page gets one; sign-in issues a new
 * one. It is never a credential on the correct site. The pre-login-cookie-adopted defect keeps its value through
 * sign-in and goes on accepting it for the signed-in session: whoever planted it beforehand shares the session.
 */
final class PreLoginCookies {

    private final String name;
    private final IssuedValues issued;
    private final boolean adoptedByDefect;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> adopted = new ConcurrentHashMap<>();

    PreLoginCookies(String name, IssuedValues issued, boolean adoptedByDefect) {
        this.name = name;
        this.issued = issued;
        this.adoptedByDefect = adoptedByDefect;
    }

    /** The sign-in page: a visitor without the cookie gets one. */
    void offer(Request request, Response response) {
        if (presented(request).isEmpty()) {
            set(response, fresh());
        }
    }

    /** Sign-in: a new value (the correct site), or — the defect — the presented one, now standing for the session. */
    void signedIn(Request request, Response response, Session session) {
        Optional<String> presented = presented(request);
        if (adoptedByDefect && presented.isPresent()) {
            adopted.put(presented.get(), session);
        } else {
            set(response, fresh());
        }
    }

    /** The signed-in session the presented pre-login cookie stands for (only ever with the defect). */
    Optional<Session> sessionOf(Request request) {
        return presented(request).map(adopted::get);
    }

    private String fresh() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return issued.record(HexFormat.of().formatHex(bytes));
    }

    private void set(Response response, String value) {
        Response.addCookie(response, HttpCookie.build(name, value).path("/").httpOnly(true).sameSite(HttpCookie.SameSite.LAX).build());
    }

    private Optional<String> presented(Request request) {
        return Http.cookie(request, name);
    }
}
