package io.sessionharness.referenceapp;

import java.time.Clock;
import java.util.Optional;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Session;

/**
 * The server-side session policy: every request's session is checked against the idle and absolute limits here,
 * whatever the cookie says. An over-age session is invalidated on the spot and its end is remembered. The limits are
 * {@link SessionLimits}, signing in is {@link SignIns}, ending a session is {@link SessionEnder}.
 */
final class SessionGuard {

    static final String USER = "user";
    static final String SIGNED_IN_AT = "signedInAt";
    static final String LAST_ACTIVITY = "lastActivity";
    static final String CLIENT_ADDRESS = "clientAddress";

    private final SiteSettings settings;
    private final Clock clock;
    private final EndedSessions ended;
    private final AccountSessions accounts = new AccountSessions();
    private final Optional<Identities> identity;
    private final Optional<PreLoginCookies> preLogin;
    private final SessionLimits limits;
    private final SessionEnder ender;
    private final SignIns signIns;

    SessionGuard(SiteSettings settings, Clock clock, EndedSessions ended, Optional<Identities> identity, Optional<PreLoginCookies> preLogin) {
        this.settings = settings;
        this.clock = clock;
        this.ended = ended;
        this.identity = identity;
        this.preLogin = preLogin;
        this.limits = new SessionLimits(settings, clock);
        this.ender = new SessionEnder(ended, identity);
        this.signIns = new SignIns(settings, clock, accounts, limits, ender, identity, preLogin);
    }

    /** The sign-in page hands out the pre-login cookie, where the site has one. */
    void offerPreLoginCookie(Request request, Response response) {
        preLogin.ifPresent(cookies -> cookies.offer(request, response));
    }

    /** What the request's session is now: signed in, ended (and why), or anonymous. */
    Visitor inspect(Request request) {
        Visitor found = inspectSession(request);
        if (!found.isSignedIn() && identity.isPresent() && settings.identityOutlivesSignOut()) {
            Optional<String> revived = identity.get().userOf(request);
            if (revived.isPresent()) {
                return revive(request, revived.get());
            }
        }
        if (!found.isSignedIn() && preLogin.isPresent()) {
            // Only the pre-login-cookie-adopted defect ever maps a pre-login cookie to a session.
            Optional<Visitor> adopted = preLogin.get().sessionOf(request).flatMap(this::stillSignedIn);
            if (adopted.isPresent()) {
                return adopted.get();
            }
        }
        return found;
    }

    private Optional<Visitor> stillSignedIn(Session session) {
        try {
            return session.getAttribute(USER) instanceof String user && limits.overdue(session).isEmpty()
                    ? Optional.of(Visitor.signedIn(session, user)) : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    /** The defect: an identity cookie nobody revoked opens a new session of its user, with no password asked. */
    private Visitor revive(Request request, String user) {
        Session fresh = request.getSession(true);
        signIns.markSignedIn(request, fresh, user);
        identity.orElseThrow().adopt(request, fresh);
        return Visitor.signedIn(fresh, user);
    }

    /**
     * The session-served-to-others defect's cached answer: the most recently signed-in session, still alive, which a
     * response cache would hand (with its Set-Cookie) to a visitor who has none.
     */
    Optional<Visitor> newestSignedIn() {
        return signIns.newest().flatMap(this::stillSignedIn);
    }

    private Visitor inspectSession(Request request) {
        Session session = request.getSession(false);
        if (session != null && session.getAttribute(USER) instanceof String user) {
            Optional<SessionEnd> overdue = limits.overdue(session).or(() -> limits.movedAway(session, request));
            if (overdue.isEmpty()) {
                // A session spread over two cookies: the session ID alone, without its identity cookie, signs nobody in.
                return identity.filter(cookies -> !cookies.belongsTo(request, session)).isPresent()
                        ? Visitor.anonymous() : Visitor.signedIn(session, user);
            }
            end(session, overdue.get());
            return Visitor.ended(overdue.get());
        }
        if (session != null) {
            return Visitor.anonymous();
        }
        if (settings.has(Defect.TAMPERED_COOKIE_ACCEPTED)) {
            Optional<Session> near = presentedCookie(request).flatMap(accounts::startingWith);
            if (near.isPresent() && near.get().getAttribute(USER) instanceof String user && limits.overdue(near.get()).isEmpty()) {
                return Visitor.signedIn(near.get(), user);
            }
        }
        return presentedCookie(request).flatMap(ended::reasonFor).map(Visitor::ended).orElseGet(Visitor::anonymous);
    }

    /** See {@link SignIns#signIn}: false when the concurrent-session rule refuses the sign-in. */
    boolean signIn(Request request, Response response, Session session, String user) {
        return signIns.signIn(request, response, session, user);
    }

    /** The local-storage key and value the signed-in page must keep, where the session's identity is a stored token. */
    Optional<java.util.Map.Entry<String, String>> identityToStore(Session session) {
        return identity.flatMap(values -> values.toStore(session));
    }

    /** Ends every other session of the account ("sign out everywhere", password change). */
    void endOthers(String user, Session keep, SessionEnd reason) {
        signIns.endOthers(user, keep, reason);
    }

    void recordActivity(Session session) {
        if (settings.has(Defect.ACTIVITY_NOT_EXTENDING)) {
            return;
        }
        long now = clock.millis();
        if (settings.has(Defect.ACTIVITY_STAMP_THROTTLED) && session.getAttribute(LAST_ACTIVITY) instanceof Long stamped
                && settings.idleTimeout().filter(idle -> now - stamped < idle.toMillis() / 2).isPresent()) {
            return;
        }
        session.setAttribute(LAST_ACTIVITY, now);
    }

    void signOut(Session session, Response response) {
        identity.ifPresent(values -> values.clear(response));
        identity.ifPresent(values -> values.revokeAtSignOut(session));
        if (settings.invalidateOnSignOut()) {
            ender.end(session, SessionEnd.SIGNED_OUT, false);
        } else {
            session.removeAttribute(USER);
        }
    }

    void end(Session session, SessionEnd reason) {
        ender.end(session, reason);
    }

    /** True when the request carries a session cookie that names no session this site knows, alive or ended. */
    boolean presentsUnknownCookie(Request request) {
        return presentedCookie(request).isPresent() && request.getSession(false) == null
                && presentedCookie(request).flatMap(ended::reasonFor).isEmpty();
    }

    /** True when the request carries no session cookie at all (a browser that blocks cookies, after the first page). */
    boolean presentsNoCookie(Request request) {
        return presentedCookie(request).isEmpty();
    }

    private Optional<String> presentedCookie(Request request) {
        return Http.cookie(request, settings.cookieName());
    }

    /**
     * Where a visitor without a live session goes from a protected page: the expiry notice, or a plain sign-in — always
     * the plain sign-in on the single-page flavour, which has no expiry page of its own (it is not told why); the
     * sign-in page with a word why on the console flavour.
     */
    String signInLocation(Visitor visitor, String next) {
        return switch (settings.flavour()) {
            case SPA -> "/login?next=" + next;
            case CONSOLE -> "/login?next=" + next + (visitor.isExpired() ? "&" + ConsoleSkin.EXPIRED_PARAMETER + "=1" : "");
            default -> visitor.signInLocation(next);
        };
    }
}
