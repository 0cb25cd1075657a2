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

/**
 * Routes the reference site's few pages. Every page is rendered per request and marked {@code no-store}. Sign-in is
 * {@link SignInForm}, the account features {@link AccountFeatures}, e-mailed links {@link MagicLinkFeature}.
 */
final class ReferenceSiteHandler extends Handler.Abstract {

    static final Set<String> PROTECTED_PAGES = Set.of("/account", "/orders");
    private static final String CSRF = "csrf";

    private final SiteSettings settings;
    private final SessionGuard guard;
    private final CsrfTokens csrf = new CsrfTokens();
    private final SignInForm signIn;
    private final AccountFeatures features;
    private final MagicLinkFeature magicLinks;
    /** A public page the browser may cache: each answer is numbered, so a cached copy shows an old number. */
    private final java.util.concurrent.atomic.AtomicLong cacheProbes = new java.util.concurrent.atomic.AtomicLong();

    ReferenceSiteHandler(SiteSettings settings, SessionGuard guard, UserStore users, OneTimeTokens links) {
        this.settings = settings;
        this.guard = guard;
        this.signIn = new SignInForm(settings, guard, users, csrf);
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
        } else if (path.matches("/self-test/status/(404|503)") && method.equals("GET")) {
            // The reporting self-test: an unmarked page answered 404 (the site's error page) or 503 (a proxy's answer
            // while the application is down: infrastructure).
            int status = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
            Http.html(response, callback, status, Pages.unmarked(status));
        } else if (path.equals("/self-test/overlapping-markers") && method.equals("GET")) {
            Http.html(response, callback, 200, Pages.overlappingMarkers());
        } else if (PROTECTED_PAGES.contains(path) && method.equals("GET") && settings.singlePage()) {
            Http.shell(response, callback, SpaPages.shell(settings.identities().stream().filter(SiteSettings.Identity::stored).map(SiteSettings.Identity::name).findFirst()));
        } else if (path.equals("/api/page") && method.equals("GET") && settings.singlePage()) {
            pageContent(request, response, callback);
        } else if (PROTECTED_PAGES.contains(path) && method.equals("GET")) {
            protectedPage(request, response, callback, path);
        } else if (path.equals("/login") && method.equals("GET")) {
            signIn.show(request, response, callback);
        } else if (path.equals("/login") && method.equals("POST")) {
            signIn.submit(request, response, callback);
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
        Visitor visitor = guard.inspect(request);
        if (!visitor.isSignedIn() && settings.has(Defect.SESSION_SERVED_TO_OTHERS) && guard.presentsNoCookie(request)) {
            // The defect: a cached signed-in answer, Set-Cookie and all, for a visitor who brought no cookie.
            Optional<Visitor> cached = guard.newestSignedIn();
            if (cached.isPresent()) {
                response.getHeaders().add(org.eclipse.jetty.http.HttpHeader.SET_COOKIE, Http.sessionCookie(settings.cookieName(), cached.get().session().orElseThrow()));
                visitor = cached.get();
            }
        }
        if (visitor.isSignedIn()) {
            Session session = visitor.session().orElseThrow();
            guard.recordActivity(session);
            String page = AccountPage.render(visitor.user().orElseThrow(), path, csrf.tokenFor(session), settings);
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
        Visitor visitor = guard.inspect(request);
        if (visitor.isSignedIn()) {
            Session session = visitor.session().orElseThrow();
            guard.recordActivity(session);
            // The account-data defect: the shell is fine (no-cache, the same for everyone), the data may be kept by the browser.
            Http.json(response, callback, HttpStatus.OK_200, java.util.Map.of("html", AccountPage.render(visitor.user().orElseThrow(), page, csrf.tokenFor(session), settings)),
                    settings.has(Defect.ACCOUNT_DATA_CACHEABLE) ? "private, max-age=600" : "no-store");
        } else if (visitor.isExpired() && settings.has(Defect.EXPIRED_500)) {
            Http.html(response, callback, HttpStatus.INTERNAL_SERVER_ERROR_500, Pages.serverError());
        } else {
            Http.json(response, callback, HttpStatus.UNAUTHORIZED_401, java.util.Map.of("signIn", guard.signInLocation(visitor, page)));
        }
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

    /** "Stay signed in": counts as activity (the session's idle timer starts again); 401 when the session is gone. */
    private void keepAlive(Request request, Response response, Callback callback) throws Exception {
        Fields form = Request.getParameters(request);
        Visitor visitor = guard.inspect(request);
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
        Visitor visitor = guard.inspect(request);
        if (visitor.isSignedIn()) {
            Http.html(response, callback, HttpStatus.OK_200, Pages.signOutConfirmation(visitor.user().orElseThrow(), csrf.tokenFor(visitor.session().orElseThrow())));
        } else {
            Http.redirect(request, response, callback, "/login");
        }
    }

    private void signOut(Request request, Response response, Callback callback) throws Exception {
        Fields form = Request.getParameters(request);
        Visitor visitor = guard.inspect(request);
        if (visitor.isSignedIn() && csrf.matches(visitor.session().orElseThrow(), form.getValue(CSRF))) {
            if (settings.has(Defect.SIGN_OUT_IGNORED)) {
                // The defect: the sign-in page is shown, and nothing else happens — cookie and session stay.
                Session session = visitor.session().orElseThrow();
                Http.html(response, callback, HttpStatus.OK_200,
                        Pages.signIn(csrf.tokenFor(session), "/account", Optional.of("You have signed out."), Optional.empty()));
                return;
            }
            if (settings.has(Defect.SIGN_OUT_DELETES_COOKIE_ONLY) || !settings.invalidateOnSignOut()) {
                // The defect — or the weakness a policy declares with invalidatesOnSignOut: false (targets/reference-weak):
                // the browser forgets the cookie; the server session lives on for whoever still has it.
                response.getHeaders().add(org.eclipse.jetty.http.HttpHeader.SET_COOKIE, settings.cookieName() + "=; Path=/; Max-Age=0; HttpOnly");
            } else {
                guard.signOut(visitor.session().orElseThrow(), response);
            }
        }
        Http.redirect(request, response, callback, "/login?signedOut=1");
    }
}
