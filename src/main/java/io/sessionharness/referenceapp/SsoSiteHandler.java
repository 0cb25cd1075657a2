package io.sessionharness.referenceapp;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * The single-sign-on flavour: the app on 127.0.0.1 sends people to an identity provider on 127.0.0.2 (another host)
 * for a two-step sign-in, and takes them back with a one-time code. Sessions follow the same {@link SessionGuard}.
 */
final class SsoSiteHandler extends Handler.Abstract {

    static final Set<String> PROTECTED_PAGES = Set.of("/app/home", "/app/profile");
    private static final String STATE = "ssoState";

    private final SessionGuard guard;
    private final UserStore users;
    private final OneTimeTokens codes;
    private final CsrfTokens csrf = new CsrfTokens();
    private volatile URI appUrl;
    private volatile URI identityProviderUrl;

    private final SiteSettings settings;
    private final java.time.Clock clock;

    private final SsoSessionCookies ssoCookies;
    private final ContinueLinks continueLinks;

    SsoSiteHandler(SiteSettings settings, java.time.Clock clock, SessionGuard guard, UserStore users, OneTimeTokens codes, IssuedValues issued) {
        this.ssoCookies = new SsoSessionCookies(issued);
        this.continueLinks = new ContinueLinks(issued);
        this.settings = settings;
        this.clock = clock;
        this.guard = guard;
        this.users = users;
        this.codes = codes;
    }

    void addresses(URI app, URI identityProvider) {
        this.appUrl = app;
        this.identityProviderUrl = identityProvider;
    }

    private static final String ACCESS_UNTIL = "accessTokenUntil";
    private static final String REFRESH_UNTIL = "refreshTokenUntil";

    /** A public page the browser may cache: each answer is numbered, so a cached copy shows an old number. */
    private final java.util.concurrent.atomic.AtomicLong cacheProbes = new java.util.concurrent.atomic.AtomicLong();

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        boolean identityProvider = Request.getLocalPort(request) == identityProviderUrl.getPort();
        if (path.equals("/health")) {
            Http.text(response, callback, "ok");
        } else if (path.equals("/cache-probe") && !identityProvider) {
            Http.cacheable(response, callback, Pages.cacheProbe(cacheProbes.incrementAndGet()));
        } else if (identityProvider) {
            identityProvider(request, response, callback, path);
        } else {
            app(request, response, callback, path);
        }
        return true;
    }

    private void app(Request request, Response response, Callback callback, String path) throws Exception {
        String method = request.getMethod();
        Visitor visitor = guard.inspect(request);
        if (PROTECTED_PAGES.contains(path) && method.equals("GET")) {
            if (visitor.isSignedIn() && !tokensStillValid(visitor.session().orElseThrow())) {
                Http.redirect(request, response, callback, "/signin?timeout=1&reason=" + SessionEnd.SSO_ENDED.code());
            } else if (visitor.isSignedIn()) {
                Session session = visitor.session().orElseThrow();
                guard.recordActivity(session);
                Http.html(response, callback, HttpStatus.OK_200, SsoPages.home(visitor.user().orElseThrow(), path, csrf.tokenFor(session),
                        ssoCookies.tokenAnswer()));
            } else {
                Http.redirect(request, response, callback, visitor.isExpired()
                        ? "/signin?timeout=1&reason=" + visitor.endReason().orElseThrow().code() : "/signin");
            }
        } else if (path.equals("/signin") && method.equals("GET")) {
            if (visitor.isSignedIn()) {
                Http.redirect(request, response, callback, "/app/home");
                return;
            }
            Fields query = Request.extractQueryParameters(request);
            Session session = request.getSession(true);
            String state = csrf.tokenFor(session);
            session.setAttribute(STATE, state);
            String authorize = identityProviderUrl.resolve("/idp/authorize") + "?return=" + encode(appUrl.resolve("/sso/callback").toString())
                    + "&state=" + encode(state);
            Optional<SessionEnd> ended = query.getValue("timeout") == null ? Optional.empty()
                    : Optional.of(SessionEnd.fromCode(String.valueOf(query.getValue("reason"))));
            Http.html(response, callback, HttpStatus.OK_200, SsoPages.signIn(authorize, ended, query.getValue("out") != null));
        } else if (path.equals("/sso/callback") && method.equals("GET")) {
            callback(request, response, callback);
        } else if (path.equals("/signout") && method.equals("POST")) {
            Fields form = Request.getParameters(request);
            if (visitor.isSignedIn() && csrf.matches(visitor.session().orElseThrow(), form.getValue("csrf"))) {
                guard.signOut(visitor.session().orElseThrow(), response);
            }
            ssoCookies.clear(response);
            Http.redirect(request, response, callback, "/signin?out=1");
        } else if (path.equals("/") && method.equals("GET")) {
            Http.redirect(request, response, callback, visitor.isSignedIn() ? "/app/home" : "/signin");
        } else {
            Http.html(response, callback, HttpStatus.NOT_FOUND_404, Pages.notFound(path));
        }
    }

    private void callback(Request request, Response response, Callback callback) {
        Fields query = Request.extractQueryParameters(request);
        Session session = request.getSession(false);
        if (session == null && guard.presentsNoCookie(request)) {
            // Back from the identity provider without the cookie /signin set: the browser blocks cookies. Say so, rather
            // than send the person round the sign-in again without a word.
            Http.html(response, callback, HttpStatus.BAD_REQUEST_400, Pages.cookiesRequired());
            return;
        }
        boolean stateMatches = session != null && query.getValue("state") != null && query.getValue("state").equals(session.getAttribute(STATE));
        var user = stateMatches ? codes.redeem(query.getValue("code")) : java.util.Optional.<String>empty();
        if (user.isEmpty()) {
            Http.redirect(request, response, callback, "/signin");
            return;
        }
        session.removeAttribute(STATE);
        if (!guard.signIn(request, response, session, user.get())) {
            Http.redirect(request, response, callback, "/signin?refused=1");
            return;
        }
        csrf.renew(session);
        ssoCookies.set(response, user.get(), session.getId(), clock.millis());
        settings.tokens().ifPresent(tokens -> {
            long now = clock.millis();
            session.setAttribute(REFRESH_UNTIL, now + tokens.refresh().toMillis());
            session.setAttribute(ACCESS_UNTIL, now + Math.min(tokens.access().toMillis(), tokens.refresh().toMillis()));
        });
        Http.redirect(request, response, callback, "/app/home");
    }

    /**
     * The app session lives on its access token: an expired one is renewed with the refresh token while that lasts
     * (the identity provider's session); once the refresh token has ended, the app session ends too.
     */
    private boolean tokensStillValid(Session session) {
        if (settings.tokens().isEmpty() || !(session.getAttribute(ACCESS_UNTIL) instanceof Long accessUntil)
                || !(session.getAttribute(REFRESH_UNTIL) instanceof Long refreshUntil)) {
            return true;
        }
        long now = clock.millis();
        if (now < accessUntil) {
            return true;
        }
        if (now < refreshUntil || settings.has(Defect.REFRESH_OUTLIVES_SSO)) {
            // As identity providers do, a renewed access token never outlives the session it was renewed from.
            long renewed = now + settings.tokens().get().access().toMillis();
            session.setAttribute(ACCESS_UNTIL, settings.has(Defect.REFRESH_OUTLIVES_SSO) ? renewed : Math.min(renewed, refreshUntil));
            return true;
        }
        guard.end(session, SessionEnd.SSO_ENDED);
        return false;
    }

    private void identityProvider(Request request, Response response, Callback callback, String path) throws Exception {
        if (path.equals("/idp/authorize") && request.getMethod().equals("GET")) {
            Fields query = Request.extractQueryParameters(request);
            Http.html(response, callback, HttpStatus.OK_200, SsoPages.identify(returnTo(query.getValue("return")), String.valueOf(query.getValue("state")), "",
                    ssoCookies.oneTimeValue(), ssoCookies.clientData(returnTo(query.getValue("return")), String.valueOf(query.getValue("state")))));
        } else if (path.equals("/idp/identify") && request.getMethod().equals("POST")) {
            Fields form = Request.getParameters(request);
            Http.html(response, callback, HttpStatus.OK_200,
                    SsoPages.verify(String.valueOf(form.getValue("identifier")), returnTo(form.getValue("return")), String.valueOf(form.getValue("state")),
                            ssoCookies.oneTimeValue()));
        } else if (path.equals("/idp/verify") && request.getMethod().equals("POST")) {
            Fields form = Request.getParameters(request);
            String user = form.getValue("identifier");
            if (!users.verify(user, form.getValue("secret"))) {
                Http.html(response, callback, HttpStatus.UNAUTHORIZED_401,
                        SsoPages.identify(returnTo(form.getValue("return")), String.valueOf(form.getValue("state")), "Wrong email or password.",
                                ssoCookies.oneTimeValue(), ssoCookies.clientData(returnTo(form.getValue("return")), String.valueOf(form.getValue("state")))));
                return;
            }
            // As real identity providers do: the code, the app's state and the provider's session_state in the URL — by way
            // of a one-time continue link whose token is a path segment, and with a one-time code parameter beside them.
            String back = returnTo(form.getValue("return")) + "?code=" + encode(ssoCookies.issuedCode(codes.issue(user)))
                    + "&state=" + encode(String.valueOf(form.getValue("state"))) + "&session_state=" + encode(ssoCookies.oneTimeValue())
                    + "&otp_code=" + ssoCookies.oneTimeDigits();
            Http.redirect(request, response, callback, identityProviderUrl.resolve(continueLinks.issue(back)).toString());
        } else if (path.startsWith(ContinueLinks.PREFIX) && request.getMethod().equals("GET")) {
            Optional<String> back = continueLinks.redeem(path);
            if (back.isPresent()) {
                Http.redirect(request, response, callback, back.get());
            } else {
                Http.html(response, callback, HttpStatus.NOT_FOUND_404, Pages.notFound(path));
            }
        } else {
            Http.html(response, callback, HttpStatus.NOT_FOUND_404, Pages.notFound(path));
        }
    }

    /** The identity provider returns people only to the app it serves. */
    private String returnTo(String requested) {
        String callbackUrl = appUrl.resolve("/sso/callback").toString();
        return callbackUrl.equals(requested) ? requested : callbackUrl;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
