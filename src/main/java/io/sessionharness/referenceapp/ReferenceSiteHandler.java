package io.sessionharness.referenceapp;

import java.util.Optional;
import java.util.Set;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Session;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/** Routes the reference site's few pages. Every page is rendered per request and marked {@code no-store}. */
final class ReferenceSiteHandler extends Handler.Abstract {

    static final Set<String> PROTECTED_PAGES = Set.of("/account", "/orders");
    static final String ALREADY_SIGNED_IN = "This account is already signed in on another device or browser. Sign out there first.";
    private static final String CSRF = "csrf";

    private final SiteSettings settings;
    private final SessionGuard guard;
    private final UserStore users;
    private final CsrfTokens csrf = new CsrfTokens();
    private final AccountFeatures features;
    private final MagicLinkFeature magicLinks;
    /** A public page the browser may cache: each answer is numbered, so a cached copy shows an old number. */
    private final java.util.concurrent.atomic.AtomicLong cacheProbes = new java.util.concurrent.atomic.AtomicLong();

    ReferenceSiteHandler(SiteSettings settings, SessionGuard guard, UserStore users, OneTimeTokens links) {
        this.settings = settings;
        this.guard = guard;
        this.users = users;
        this.features = new AccountFeatures(settings, guard, users, csrf);
        this.magicLinks = new MagicLinkFeature(settings, guard, csrf, links);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        if (settings.has(Defect.TAMPERED_COOKIE_500) && guard.presentsUnknownCookie(request) && !path.equals("/health")) {
            Http.html(response, callback, HttpStatus.INTERNAL_SERVER_ERROR_500, Pages.serverError());
            return true;
        }
        if (features.handle(request, response, callback, path, method) || magicLinks.handle(request, response, callback, path, method)) {
            return true;
        }
        if (path.equals("/health")) {
            Http.text(response, callback, "ok");
        } else if (path.equals("/cache-probe") && method.equals("GET")) {
            Http.cacheable(response, callback, Pages.cacheProbe(cacheProbes.incrementAndGet()));
        } else if (path.equals("/self-test/overlapping-markers") && method.equals("GET")) {
            Http.html(response, callback, 200, Pages.overlappingMarkers());
        } else if (PROTECTED_PAGES.contains(path) && method.equals("GET") && settings.flavour() == SiteSettings.Flavour.SPA) {
            Http.html(response, callback, HttpStatus.OK_200, Pages.singlePageShell(settings.identities().stream().filter(SiteSettings.Identity::stored).map(SiteSettings.Identity::name).findFirst()));
        } else if (path.equals("/api/page") && method.equals("GET") && settings.flavour() == SiteSettings.Flavour.SPA) {
            pageContent(request, response, callback);
        } else if (PROTECTED_PAGES.contains(path) && method.equals("GET")) {
            protectedPage(request, response, callback, path);
        } else if (path.equals("/login") && method.equals("GET")) {
            signInPage(request, response, callback);
        } else if (path.equals("/login") && method.equals("POST")) {
            signIn(request, response, callback);
        } else if (path.equals("/keepalive") && method.equals("POST")) {
            keepAlive(request, response, callback);
        } else if (path.equals("/logout") && method.equals("GET")) {
            signOutConfirmation(request, response, callback);
        } else if (path.equals("/logout") && method.equals("POST")) {
            signOut(request, response, callback);
        } else if (path.equals("/session-expired") && method.equals("GET")) {
            expiredPage(request, response, callback);
        } else if (path.equals("/") && method.equals("GET")) {
            Http.redirect(request, response, callback, guard.inspect(request).isSignedIn() ? "/account" : "/login");
        } else {
            Http.html(response, callback, HttpStatus.NOT_FOUND_404, Pages.notFound(path));
        }
        return true;
    }

    private void protectedPage(Request request, Response response, Callback callback, String path) {
        SessionGuard.Visitor visitor = guard.inspect(request);
        if (!visitor.isSignedIn() && settings.has(Defect.SESSION_SERVED_TO_OTHERS) && guard.presentsNoCookie(request)) {
            // The defect: a cached signed-in answer, Set-Cookie and all, for a visitor who brought no cookie.
            Optional<SessionGuard.Visitor> cached = guard.newestSignedIn();
            if (cached.isPresent()) {
                response.getHeaders().add(org.eclipse.jetty.http.HttpHeader.SET_COOKIE, sessionCookie(cached.get().session().orElseThrow()));
                visitor = cached.get();
            }
        }
        if (visitor.isSignedIn()) {
            Session session = visitor.session().orElseThrow();
            guard.recordActivity(session);
            String page = Pages.account(visitor.user().orElseThrow(), path, csrf.tokenFor(session), settings);
            if (settings.has(Defect.CACHEABLE_PAGES)) {
                Http.privatelyCacheable(response, callback, page);
            } else {
                Http.html(response, callback, HttpStatus.OK_200, page);
            }
        } else if (visitor.isExpired() && settings.has(Defect.EXPIRED_500)) {
            Http.html(response, callback, HttpStatus.INTERNAL_SERVER_ERROR_500, Pages.serverError());
        } else {
            Http.redirect(request, response, callback, guard.signInLocation(visitor, path));
        }
    }

    /**
     * The single-page flavour's content API: the signed-in page as JSON for its shell to render, or 401 with where to
     * go — the plain sign-in page, whatever ended the session (the site has no expiry page of its own).
     */
    private void pageContent(Request request, Response response, Callback callback) {
        String path = Request.extractQueryParameters(request).getValue("path");
        String page = path != null && PROTECTED_PAGES.contains(path) ? path : "/account";
        SessionGuard.Visitor visitor = guard.inspect(request);
        if (visitor.isSignedIn()) {
            Session session = visitor.session().orElseThrow();
            guard.recordActivity(session);
            Http.json(response, callback, HttpStatus.OK_200, java.util.Map.of("html", Pages.account(visitor.user().orElseThrow(), page, csrf.tokenFor(session), settings)));
        } else if (visitor.isExpired() && settings.has(Defect.EXPIRED_500)) {
            Http.html(response, callback, HttpStatus.INTERNAL_SERVER_ERROR_500, Pages.serverError());
        } else {
            Http.json(response, callback, HttpStatus.UNAUTHORIZED_401, java.util.Map.of("signIn", guard.signInLocation(visitor, page)));
        }
    }

    private void signInPage(Request request, Response response, Callback callback) {
        SessionGuard.Visitor visitor = guard.inspect(request);
        Fields query = Request.extractQueryParameters(request);
        String next = Http.safeNext(query.getValue("next"), "/account");
        if (visitor.isSignedIn()) {
            Http.redirect(request, response, callback, next);
            return;
        }
        Optional<String> notice = query.getValue("signedOut") != null ? Optional.of("You have signed out.") : Optional.empty();
        Session session = request.getSession(true);
        guard.offerPreLoginCookie(request, response);
        // The session-id-in-url defect rewrites URLs for a browser that has not (yet) sent the cookie back.
        String action = settings.has(Defect.SESSION_ID_IN_URL) && guard.presentsNoCookie(request) ? "/login;jsessionid=" + session.getId() : "/login";
        Http.html(response, callback, HttpStatus.OK_200, Pages.signIn(csrf.tokenFor(session), next, notice, Optional.empty(), action));
    }

    private void expiredPage(Request request, Response response, Callback callback) {
        Fields query = Request.extractQueryParameters(request);
        if (settings.has(Defect.EXPIRED_REDIRECT_LOOP)) {
            // The defect: the expiry page sends the visitor back where they came from, which sends them here again.
            Http.redirect(request, response, callback, Http.safeNext(query.getValue("next"), "/account"));
            return;
        }
        SessionEnd reason = SessionEnd.fromCode(String.valueOf(query.getValue("reason")));
        Session session = request.getSession(true);
        Http.html(response, callback, HttpStatus.OK_200, Pages.expired(reason, csrf.tokenFor(session), Http.safeNext(query.getValue("next"), "/account")));
    }

    private void signIn(Request request, Response response, Callback callback) throws Exception {
        Fields form = Request.getParameters(request);
        String next = Http.safeNext(form.getValue("next"), "/account");
        Session session = request.getSession(false);
        if (session == null && guard.presentsNoCookie(request)) {
            if (settings.has(Defect.COOKIES_DISABLED_LOOP)) {
                Http.redirect(request, response, callback, "/login?next=" + next);
            } else {
                Http.html(response, callback, HttpStatus.BAD_REQUEST_400, Pages.cookiesRequired());
            }
            return;
        }
        if (session == null || !csrf.matches(session, form.getValue(CSRF))) {
            Session fresh = request.getSession(true);
            Http.html(response, callback, HttpStatus.FORBIDDEN_403, Pages.signIn(csrf.tokenFor(fresh), next, Optional.empty(),
                    Optional.of("This sign-in form is out of date. Please try again.")));
            return;
        }
        String user = form.getValue("username");
        if (!users.verify(user, form.getValue("password"))) {
            Http.html(response, callback, HttpStatus.UNAUTHORIZED_401, Pages.signIn(csrf.tokenFor(session), next, Optional.empty(),
                    Optional.of("Wrong username or password.")));
            return;
        }
        if (!guard.signIn(request, response, session, user)) {
            Http.html(response, callback, HttpStatus.CONFLICT_409, Pages.signIn(csrf.tokenFor(session), next, Optional.empty(),
                    Optional.of(ALREADY_SIGNED_IN)));
            return;
        }
        csrf.renew(session);
        if (settings.has(Defect.COOKIE_EXPIRES_BY_SERVER_CLOCK)) {
            // The defect: the session cookie again, now with an absolute expiry in the server's time.
            java.time.ZonedDateTime expires = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)
                    .plus(settings.idleTimeout().orElse(java.time.Duration.ofMinutes(30)));
            response.getHeaders().add(org.eclipse.jetty.http.HttpHeader.SET_COOKIE, sessionCookie(session)
                    + "; Expires=" + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(expires));
        }
        Optional<java.util.Map.Entry<String, String>> toStore = guard.identityToStore(session);
        if (toStore.isPresent()) {
            // A bearer-token single-page app: the signed-in answer hands the page its token to keep, then goes on.
            Http.html(response, callback, HttpStatus.OK_200, Pages.storeTokenAndGo(toStore.get().getKey(), toStore.get().getValue(), next));
            return;
        }
        boolean rewriteUrl = settings.has(Defect.SESSION_ID_IN_URL) && guard.presentsNoCookie(request);
        Http.redirect(request, response, callback, rewriteUrl ? next + ";jsessionid=" + session.getId() : next);
    }

    /** A Set-Cookie value for {@code session}, as the seeded defects that send the session cookie themselves write it. */
    private String sessionCookie(Session session) {
        return settings.cookieName() + "=" + session.getExtendedId() + "; Path=/; HttpOnly; SameSite=Lax";
    }

    /** "Stay signed in": counts as activity (the session's idle timer starts again); 401 when the session is gone. */
    private void keepAlive(Request request, Response response, Callback callback) throws Exception {
        Fields form = Request.getParameters(request);
        SessionGuard.Visitor visitor = guard.inspect(request);
        if (visitor.isSignedIn() && csrf.matches(visitor.session().orElseThrow(), form.getValue(CSRF))) {
            if (!settings.has(Defect.STAY_SIGNED_IN_IGNORED)) {
                guard.recordActivity(visitor.session().orElseThrow());
            }
            response.setStatus(HttpStatus.NO_CONTENT_204);
            response.getHeaders().put(org.eclipse.jetty.http.HttpHeader.CACHE_CONTROL, "no-store");
            callback.succeeded();
        } else {
            Http.html(response, callback, HttpStatus.UNAUTHORIZED_401, Pages.notFound("/keepalive"));
        }
    }

    /** "Do you want to sign out?" for a signed-in visitor; anyone else goes to the sign-in page. */
    private void signOutConfirmation(Request request, Response response, Callback callback) {
        SessionGuard.Visitor visitor = guard.inspect(request);
        if (visitor.isSignedIn()) {
            Http.html(response, callback, HttpStatus.OK_200, Pages.signOutConfirmation(visitor.user().orElseThrow(), csrf.tokenFor(visitor.session().orElseThrow())));
        } else {
            Http.redirect(request, response, callback, "/login");
        }
    }

    private void signOut(Request request, Response response, Callback callback) throws Exception {
        Fields form = Request.getParameters(request);
        SessionGuard.Visitor visitor = guard.inspect(request);
        if (visitor.isSignedIn() && csrf.matches(visitor.session().orElseThrow(), form.getValue(CSRF))) {
            if (settings.has(Defect.SIGN_OUT_IGNORED)) {
                // The defect: the sign-in page is shown, and nothing else happens — cookie and session stay.
                Session session = visitor.session().orElseThrow();
                Http.html(response, callback, HttpStatus.OK_200,
                        Pages.signIn(csrf.tokenFor(session), "/account", Optional.of("You have signed out."), Optional.empty()));
                return;
            }
            if (settings.has(Defect.SIGN_OUT_DELETES_COOKIE_ONLY)) {
                // The defect: the browser forgets the cookie; the server session lives on for whoever still has it.
                response.getHeaders().add(org.eclipse.jetty.http.HttpHeader.SET_COOKIE, settings.cookieName() + "=; Path=/; Max-Age=0; HttpOnly");
            } else {
                guard.signOut(visitor.session().orElseThrow(), response);
            }
        }
        Http.redirect(request, response, callback, "/login?signedOut=1");
    }
}
