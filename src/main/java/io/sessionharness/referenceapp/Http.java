package io.sessionharness.referenceapp;

import java.util.Optional;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Session;
import org.eclipse.jetty.util.Callback;

/** Writing the reference site's responses: every HTML page and redirect is {@code no-store}. */
final class Http {

    private Http() {
    }

    static void redirect(Request request, Response response, Callback callback, String location) {
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Response.sendRedirect(request, response, callback, HttpStatus.SEE_OTHER_303, location, false);
    }

    /**
     * True when a browser says the request comes from one of the site's own pages: its {@code Origin} is the
     * request's own scheme, host and port (every current browser sends Origin on a form POST), or, without one,
     * {@code Sec-Fetch-Site: same-origin}. A request that says neither is not taken as same-origin.
     */
    static boolean sameOrigin(Request request) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin == null) {
            return "same-origin".equals(request.getHeaders().get("Sec-Fetch-Site"));
        }
        org.eclipse.jetty.http.HttpURI uri = request.getHttpURI();
        int port = uri.getPort();
        boolean defaultPort = port < 0 || (port == 80 && "http".equals(uri.getScheme())) || (port == 443 && "https".equals(uri.getScheme()));
        String own = uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + port);
        return origin.equalsIgnoreCase(own);
    }

    static void html(Response response, Callback callback, int status, String body) {
        html(response, callback, status, body, "no-store");
    }

    private static void html(Response response, Callback callback, int status, String body, String cacheControl) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, cacheControl);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        Content.Sink.write(response, true, body, callback);
    }

    /** An authenticated page without no-store (the cacheable-pages defect): Back may show it after sign-out. */
    static void privatelyCacheable(Response response, Callback callback, String body) {
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "private, max-age=600");
        Content.Sink.write(response, true, body, callback);
    }

    /** A public page that browsers may keep for an hour (no session involved). */
    static void cacheable(Response response, Callback callback, String body) {
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "public, max-age=3600");
        Content.Sink.write(response, true, body, callback);
    }

    /** A JSON answer (the single-page flavour's API), never stored. */
    static void json(Response response, Callback callback, int status, java.util.Map<String, ?> body) {
        json(response, callback, status, body, "no-store");
    }

    /** A JSON answer with {@code cacheControl} (the cacheable-pages defect: account data a browser may keep). */
    static void json(Response response, Callback callback, int status, java.util.Map<String, ?> body, String cacheControl) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, cacheControl);
        Content.Sink.write(response, true, new org.openqa.selenium.json.Json().toJson(body), callback);
    }

    /**
     * A single-page app's shell: the same document for everyone, its account content fetched by its scripts — sent
     * {@code no-cache} (revalidated, not forbidden to store), as account consoles send theirs.
     */
    static void shell(Response response, Callback callback, String body) {
        html(response, callback, HttpStatus.OK_200, body, "no-cache");
    }

    static void text(Response response, Callback callback, String body) {
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        Content.Sink.write(response, true, body, callback);
    }

    /** The value of the request's cookie of this name, if it sent one. */
    static Optional<String> cookie(Request request, String name) {
        return Request.getCookies(request).stream().filter(cookie -> name.equals(cookie.getName()))
                .map(org.eclipse.jetty.http.HttpCookie::getValue).findFirst();
    }

    /** A Set-Cookie value for {@code session}, as the seeded defects that send the session cookie themselves write it. */
    static String sessionCookie(String cookieName, Session session) {
        return cookieName + "=" + session.getExtendedId() + "; Path=/; HttpOnly; SameSite=Lax";
    }

    /** Only same-site paths are followed after sign-in: no open redirect. */
    static String safeNext(String next, String fallback) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : fallback;
    }
}
