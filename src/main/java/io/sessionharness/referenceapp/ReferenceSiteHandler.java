package io.sessionharness.referenceapp;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Session;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/** Routes the reference site's few pages. Every page is rendered per request and marked {@code no-store}. */
final class ReferenceSiteHandler extends Handler.Abstract {

    static final Set<String> PROTECTED_PAGES = Set.of("/account", "/orders");
    private static final String CSRF = "csrf";

    private final SiteSettings settings;
    private final SessionGuard guard;
    private final UserStore users;
    private final SecureRandom random = new SecureRandom();

    ReferenceSiteHandler(SiteSettings settings, SessionGuard guard, UserStore users) {
        this.settings = settings;
        this.guard = guard;
        this.users = users;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        if (path.equals("/health")) {
            text(response, callback, "ok");
        } else if (PROTECTED_PAGES.contains(path) && method.equals("GET")) {
            protectedPage(request, response, callback, path);
        } else if (path.equals("/login") && method.equals("GET")) {
            signInPage(request, response, callback);
        } else if (path.equals("/login") && method.equals("POST")) {
            signIn(request, response, callback);
        } else if (path.equals("/logout") && method.equals("POST")) {
            signOut(request, response, callback);
        } else if (path.equals("/session-expired") && method.equals("GET")) {
            expiredPage(request, response, callback);
        } else if (path.equals("/") && method.equals("GET")) {
            redirect(request, response, callback, guard.inspect(request).isSignedIn() ? "/account" : "/login");
        } else {
            html(response, callback, HttpStatus.NOT_FOUND_404, Pages.notFound(path));
        }
        return true;
    }

    private void protectedPage(Request request, Response response, Callback callback, String path) {
        SessionGuard.Visitor visitor = guard.inspect(request);
        if (visitor.isSignedIn()) {
            Session session = visitor.session().orElseThrow();
            guard.recordActivity(session);
            html(response, callback, HttpStatus.OK_200, Pages.account(visitor.user().orElseThrow(), path, csrfToken(session), settings));
        } else if (visitor.isExpired()) {
            redirect(request, response, callback, "/session-expired?reason=" + visitor.endReason().orElseThrow().code() + "&next=" + path);
        } else {
            redirect(request, response, callback, "/login?next=" + path);
        }
    }

    private void signInPage(Request request, Response response, Callback callback) {
        SessionGuard.Visitor visitor = guard.inspect(request);
        Fields query = Request.extractQueryParameters(request);
        String next = safeNext(query.getValue("next"));
        if (visitor.isSignedIn()) {
            redirect(request, response, callback, next);
            return;
        }
        Optional<String> notice = query.getValue("signedOut") != null ? Optional.of("You have signed out.") : Optional.empty();
        Session session = request.getSession(true);
        html(response, callback, HttpStatus.OK_200, Pages.signIn(csrfToken(session), next, notice, Optional.empty()));
    }

    private void expiredPage(Request request, Response response, Callback callback) {
        Fields query = Request.extractQueryParameters(request);
        SessionEnd reason = SessionEnd.fromCode(String.valueOf(query.getValue("reason")));
        Session session = request.getSession(true);
        html(response, callback, HttpStatus.OK_200, Pages.expired(reason, csrfToken(session), safeNext(query.getValue("next"))));
    }

    private void signIn(Request request, Response response, Callback callback) throws Exception {
        Fields form = Request.getParameters(request);
        String next = safeNext(form.getValue("next"));
        Session session = request.getSession(false);
        if (session == null || !tokenMatches(session, form.getValue(CSRF))) {
            Session fresh = request.getSession(true);
            html(response, callback, HttpStatus.FORBIDDEN_403, Pages.signIn(csrfToken(fresh), next, Optional.empty(),
                    Optional.of("This sign-in form is out of date. Please try again.")));
            return;
        }
        String user = form.getValue("username");
        if (!users.verify(user, form.getValue("password"))) {
            html(response, callback, HttpStatus.UNAUTHORIZED_401, Pages.signIn(csrfToken(session), next, Optional.empty(),
                    Optional.of("Wrong username or password.")));
            return;
        }
        guard.signIn(request, response, session, user);
        session.setAttribute(CSRF, newToken());
        redirect(request, response, callback, next);
    }

    private void signOut(Request request, Response response, Callback callback) throws Exception {
        Fields form = Request.getParameters(request);
        SessionGuard.Visitor visitor = guard.inspect(request);
        if (visitor.isSignedIn() && tokenMatches(visitor.session().orElseThrow(), form.getValue(CSRF))) {
            guard.signOut(visitor.session().orElseThrow());
        }
        redirect(request, response, callback, "/login?signedOut=1");
    }

    private boolean tokenMatches(Session session, String presented) {
        Object expected = session.getAttribute(CSRF);
        return expected instanceof String token && presented != null
                && java.security.MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    private String csrfToken(Session session) {
        Object token = session.getAttribute(CSRF);
        if (token instanceof String existing) {
            return existing;
        }
        String fresh = newToken();
        session.setAttribute(CSRF, fresh);
        return fresh;
    }

    private String newToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Only same-site paths are followed after sign-in: no open redirect. */
    private static String safeNext(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/account";
    }

    private static void redirect(Request request, Response response, Callback callback, String location) {
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Response.sendRedirect(request, response, callback, HttpStatus.SEE_OTHER_303, location, false);
    }

    private static void html(Response response, Callback callback, int status, String body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        Content.Sink.write(response, true, body, callback);
    }

    private static void text(Response response, Callback callback, String body) {
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        Content.Sink.write(response, true, body, callback);
    }
}
