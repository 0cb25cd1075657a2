package io.sessionharness.referenceapp;

import java.util.Optional;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Session;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The classic and single-page flavours' password sign-in: the sign-in page (GET /login) and its form (POST /login),
 * with the answers for cookies blocked, an out-of-date form, a wrong password and a refused concurrent session.
 */
record SignInForm(SiteSettings settings, SessionGuard guard, UserStore users, CsrfTokens csrf) {

    static final String ALREADY_SIGNED_IN = "This account is already signed in on another device or browser. Sign out there first.";
    private static final String CSRF = "csrf";

    /** GET /login: the sign-in page, or straight on to {@code next} for a visitor already signed in. */
    void show(Request request, Response response, Callback callback) {
        Visitor visitor = guard.inspect(request);
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
        String action = settings.has(Defect.SESSION_ID_IN_URL) && guard.presentsNoCookie(request) ? "/login;jsessionid=" + session.getId()
                : settings.has(Defect.SESSION_ID_UNDER_ANOTHER_NAME) && guard.presentsNoCookie(request) ? "/login?ref=" + session.getExtendedId()
                : "/login";
        Http.html(response, callback, HttpStatus.OK_200, Pages.signIn(csrf.tokenFor(session), next, notice, Optional.empty(), action));
    }

    /** POST /login: signs the visitor in and sends them on, or shows the sign-in page again with what went wrong. */
    void submit(Request request, Response response, Callback callback) throws Exception {
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
            response.getHeaders().add(org.eclipse.jetty.http.HttpHeader.SET_COOKIE, Http.sessionCookie(settings.cookieName(), session)
                    + "; Expires=" + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(expires));
        }
        Optional<java.util.Map.Entry<String, String>> toStore = guard.identityToStore(session);
        if (toStore.isPresent()) {
            // A bearer-token single-page app: the signed-in answer hands the page its token to keep, then goes on.
            Http.html(response, callback, HttpStatus.OK_200, SpaPages.storeTokenAndGo(toStore.get().getKey(), toStore.get().getValue(), next));
            return;
        }
        boolean rewriteUrl = settings.has(Defect.SESSION_ID_IN_URL) && guard.presentsNoCookie(request);
        Http.redirect(request, response, callback, rewriteUrl ? next + ";jsessionid=" + session.getId() : next);
    }
}
