package io.sessionharness.referenceapp;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Session;

import io.sessionharness.site.SessionPolicy;

/**
 * Signing a user in on a session: the concurrent-session rule over the account's other sessions, a new session ID
 * where the policy asks for one, the session's sign-in attributes and the credentials that go with them.
 */
final class SignIns {

    private final SiteSettings settings;
    private final Clock clock;
    private final AccountSessions accounts;
    private final SessionLimits limits;
    private final SessionEnder ender;
    private final Optional<Identities> identity;
    private final Optional<PreLoginCookies> preLogin;
    private final AtomicReference<Session> newest = new AtomicReference<>();

    SignIns(SiteSettings settings, Clock clock, AccountSessions accounts, SessionLimits limits, SessionEnder ender,
            Optional<Identities> identity, Optional<PreLoginCookies> preLogin) {
        this.settings = settings;
        this.clock = clock;
        this.accounts = accounts;
        this.limits = limits;
        this.ender = ender;
        this.identity = identity;
        this.preLogin = preLogin;
    }

    /**
     * Signs the user in on the request's session, giving it a new ID first when the policy says so, and applies the
     * concurrent-session rule: newest-wins ends the account's other sessions, reject-new refuses while one is alive.
     */
    boolean signIn(Request request, Response response, Session session, String user) {
        List<Session> others = liveOthers(user, session);
        SessionPolicy.ConcurrentSessions rule = settings.has(Defect.CONCURRENT_RULE_IGNORED)
                ? SessionPolicy.ConcurrentSessions.ALLOW : settings.concurrentSessions();
        if (rule == SessionPolicy.ConcurrentSessions.REJECT_NEW && !others.isEmpty()) {
            return false;
        }
        if (rule == SessionPolicy.ConcurrentSessions.NEWEST_WINS) {
            others.forEach(other -> ender.end(other, SessionEnd.SUPERSEDED));
        }
        if (settings.rotateIdOnSignIn() && !settings.has(Defect.NO_ID_ROTATION)) {
            session.renewId(request, response);
        }
        markSignedIn(request, session, user);
        identity.ifPresent(cookies -> cookies.issue(response, session, user));
        preLogin.ifPresent(cookies -> cookies.signedIn(request, response, session));
        return true;
    }

    /** The session now belongs to {@code user}, signed in and active from now on, from the request's address. */
    void markSignedIn(Request request, Session session, String user) {
        long now = clock.millis();
        session.setAttribute(SessionGuard.USER, user);
        session.setAttribute(SessionGuard.SIGNED_IN_AT, now);
        session.setAttribute(SessionGuard.LAST_ACTIVITY, now);
        session.setAttribute(SessionGuard.CLIENT_ADDRESS, settings.has(Defect.PROXY_ADDRESS_MISMATCH)
                ? forwardedFor(request).orElse(Request.getRemoteAddr(request)) : Request.getRemoteAddr(request));
        accounts.add(user, session);
        newest.set(session);
    }

    /** The most recently signed-in session, alive or not. */
    Optional<Session> newest() {
        return Optional.ofNullable(newest.get());
    }

    /** The proxy-address-mismatch defect's source of the address: the first X-Forwarded-For entry, where there is one. */
    private static Optional<String> forwardedFor(Request request) {
        return Optional.ofNullable(request.getHeaders().get("X-Forwarded-For")).map(value -> value.split(",")[0].trim())
                .filter(value -> !value.isEmpty());
    }

    /** Ends every other session of the account ("sign out everywhere", password change). */
    void endOthers(String user, Session keep, SessionEnd reason) {
        liveOthers(user, keep).forEach(other -> ender.end(other, reason));
    }

    /** The account's other sessions that are still alive by the policy (over-age ones are ended on the way). */
    private List<Session> liveOthers(String user, Session except) {
        List<Session> alive = new ArrayList<>();
        for (Session other : accounts.others(user, except)) {
            try {
                Optional<SessionEnd> overdue = limits.overdue(other);
                if (overdue.isPresent()) {
                    ender.end(other, overdue.get());
                } else if (user.equals(other.getAttribute(SessionGuard.USER))) {
                    alive.add(other);
                }
            } catch (IllegalStateException alreadyInvalid) {
                // ended concurrently: not alive
            }
        }
        return alive;
    }
}
