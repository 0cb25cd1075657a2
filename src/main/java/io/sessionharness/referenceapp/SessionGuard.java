package io.sessionharness.referenceapp;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Session;

import io.sessionharness.site.SessionPolicy;

/**
 * The server-side session policy: every request's session is checked against the idle and absolute limits here,
 * whatever the cookie says. An over-age session is invalidated on the spot and its end is remembered.
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
    private final java.util.concurrent.atomic.AtomicReference<Session> newest = new java.util.concurrent.atomic.AtomicReference<>();

    SessionGuard(SiteSettings settings, Clock clock, EndedSessions ended, Optional<Identities> identity, Optional<PreLoginCookies> preLogin) {
        this.settings = settings;
        this.clock = clock;
        this.ended = ended;
        this.identity = identity;
        this.preLogin = preLogin;
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
            return session.getAttribute(USER) instanceof String user && overdue(session).isEmpty()
                    ? Optional.of(Visitor.signedIn(session, user)) : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    /** The defect: an identity cookie nobody revoked opens a new session of its user, with no password asked. */
    private Visitor revive(Request request, String user) {
        Session fresh = request.getSession(true);
        markSignedIn(request, fresh, user);
        identity.orElseThrow().adopt(request, fresh);
        return Visitor.signedIn(fresh, user);
    }

    /** The session now belongs to {@code user}, signed in and active from now on, from the request's address. */
    private void markSignedIn(Request request, Session session, String user) {
        long now = clock.millis();
        session.setAttribute(USER, user);
        session.setAttribute(SIGNED_IN_AT, now);
        session.setAttribute(LAST_ACTIVITY, now);
        session.setAttribute(CLIENT_ADDRESS, settings.has(Defect.PROXY_ADDRESS_MISMATCH)
                ? forwardedFor(request).orElse(Request.getRemoteAddr(request)) : Request.getRemoteAddr(request));
        accounts.add(user, session);
        newest.set(session);
    }

    /** The proxy-address-mismatch defect's source of the address: the first X-Forwarded-For entry, where there is one. */
    private static Optional<String> forwardedFor(Request request) {
        return Optional.ofNullable(request.getHeaders().get("X-Forwarded-For")).map(value -> value.split(",")[0].trim())
                .filter(value -> !value.isEmpty());
    }

    /**
     * The session-served-to-others defect's cached answer: the most recently signed-in session, still alive, which a
     * response cache would hand (with its Set-Cookie) to a visitor who has none.
     */
    Optional<Visitor> newestSignedIn() {
        return Optional.ofNullable(newest.get()).flatMap(this::stillSignedIn);
    }

    private Visitor inspectSession(Request request) {
        Session session = request.getSession(false);
        if (session != null && session.getAttribute(USER) instanceof String user) {
            Optional<SessionEnd> overdue = overdue(session).or(() -> movedAway(session, request));
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
            if (near.isPresent() && near.get().getAttribute(USER) instanceof String user && overdue(near.get()).isEmpty()) {
                return Visitor.signedIn(near.get(), user);
            }
        }
        return presentedCookie(request).flatMap(ended::reasonFor).map(Visitor::ended).orElseGet(Visitor::anonymous);
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
            others.forEach(other -> end(other, SessionEnd.SUPERSEDED));
        }
        if (settings.rotateIdOnSignIn() && !settings.has(Defect.NO_ID_ROTATION)) {
            session.renewId(request, response);
        }
        markSignedIn(request, session, user);
        identity.ifPresent(cookies -> cookies.issue(response, session, user));
        preLogin.ifPresent(cookies -> cookies.signedIn(request, response, session));
        return true;
    }

    /** The local-storage key and value the signed-in page must keep, where the session's identity is a stored token. */
    Optional<java.util.Map.Entry<String, String>> identityToStore(Session session) {
        return identity.flatMap(values -> values.toStore(session));
    }

    /** Ends every other session of the account ("sign out everywhere", password change). */
    void endOthers(String user, Session keep, SessionEnd reason) {
        liveOthers(user, keep).forEach(other -> end(other, reason));
    }

    /** The account's other sessions that are still alive by the policy (over-age ones are ended on the way). */
    private List<Session> liveOthers(String user, Session except) {
        List<Session> alive = new java.util.ArrayList<>();
        for (Session other : accounts.others(user, except)) {
            try {
                Optional<SessionEnd> overdue = overdue(other);
                if (overdue.isPresent()) {
                    end(other, overdue.get());
                } else if (user.equals(other.getAttribute(USER))) {
                    alive.add(other);
                }
            } catch (IllegalStateException alreadyInvalid) {
                // ended concurrently: not alive
            }
        }
        return alive;
    }

    void recordActivity(Session session) {
        if (settings.has(Defect.ACTIVITY_NOT_EXTENDING)) {
            return;
        }
        session.setAttribute(LAST_ACTIVITY, clock.millis());
    }

    void signOut(Session session, Response response) {
        identity.ifPresent(values -> values.clear(response));
        identity.ifPresent(values -> values.revokeAtSignOut(session));
        if (settings.invalidateOnSignOut()) {
            end(session, SessionEnd.SIGNED_OUT, false);
        } else {
            session.removeAttribute(USER);
        }
    }

    /** A session tied to its client address (when the policy says so) ends when a request comes from elsewhere. */
    private Optional<SessionEnd> movedAway(Session session, Request request) {
        // The proxy-address-mismatch defect binds every session to an address, whatever the policy declares.
        if ((!settings.bindsToIp() && !settings.has(Defect.PROXY_ADDRESS_MISMATCH)) || settings.has(Defect.IP_BINDING_MISSING)) {
            return Optional.empty();
        }
        Object boundTo = session.getAttribute(CLIENT_ADDRESS);
        return boundTo != null && !boundTo.equals(Request.getRemoteAddr(request)) ? Optional.of(SessionEnd.ADDRESS_CHANGED) : Optional.empty();
    }

    private Optional<SessionEnd> overdue(Session session) {
        Instant now = clock.instant();
        boolean idleChecked = !settings.has(Defect.IDLE_NOT_ENFORCED) && !settings.has(Defect.IDLE_CLIENT_ONLY);
        Optional<Instant> idleDeadline = settings.idleTimeout().filter(idle -> idleChecked).map(this::enforcedIdle)
                .map(idle -> millisAttribute(session, LAST_ACTIVITY).plus(idle));
        Optional<Instant> absoluteDeadline = settings.absoluteTimeout().filter(absolute -> !settings.has(Defect.NO_ABSOLUTE_LIFETIME))
                .map(absolute -> millisAttribute(session, SIGNED_IN_AT).plus(absolute));
        boolean idlePassed = idleDeadline.filter(deadline -> !now.isBefore(deadline)).isPresent();
        boolean absolutePassed = absoluteDeadline.filter(deadline -> !now.isBefore(deadline)).isPresent();
        if (idlePassed && absolutePassed) {
            return Optional.of(idleDeadline.get().isBefore(absoluteDeadline.get()) ? SessionEnd.IDLE : SessionEnd.ABSOLUTE);
        }
        if (idlePassed) {
            return Optional.of(SessionEnd.IDLE);
        }
        return absolutePassed ? Optional.of(SessionEnd.ABSOLUTE) : Optional.empty();
    }

    /** The idle timeout this site really enforces: the declared one, unless a seeded defect shortens or stretches it. */
    private java.time.Duration enforcedIdle(java.time.Duration declared) {
        if (settings.has(Defect.IDLE_TOO_SHORT)) {
            return declared.multipliedBy(2).dividedBy(5);
        }
        return settings.has(Defect.IDLE_GRACE_PERIOD) ? declared.plus(declared.dividedBy(2)) : declared;
    }

    void end(Session session, SessionEnd reason) {
        end(session, reason, true);
    }

    private void end(Session session, SessionEnd reason, boolean revokeIdentity) {
        if (revokeIdentity) {
            identity.ifPresent(cookies -> cookies.revoke(session));
        }
        ended.record(session.getId(), reason);
        ended.record(session.getExtendedId(), reason);
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // another request ended it first; the reason recorded here is as good
        }
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

    private static Instant millisAttribute(Session session, String name) {
        return session.getAttribute(name) instanceof Long millis ? Instant.ofEpochMilli(millis) : Instant.EPOCH;
    }

    /** The outcome of {@link #inspect}. */
    /**
     * Where a visitor without a live session goes from a protected page: the expiry notice, or a plain sign-in — always
     * the plain sign-in on the single-page flavour, which has no expiry page of its own (it is not told why).
     */
    String signInLocation(Visitor visitor, String next) {
        return settings.flavour() == SiteSettings.Flavour.SPA ? "/login?next=" + next : visitor.signInLocation(next);
    }

    record Visitor(Optional<Session> session, Optional<String> user, Optional<SessionEnd> endReason) {
        static Visitor signedIn(Session session, String user) {
            return new Visitor(Optional.of(session), Optional.of(user), Optional.empty());
        }

        static Visitor ended(SessionEnd reason) {
            return new Visitor(Optional.empty(), Optional.empty(), Optional.of(reason));
        }

        static Visitor anonymous() {
            return new Visitor(Optional.empty(), Optional.empty(), Optional.empty());
        }

        boolean isSignedIn() {
            return user.isPresent();
        }

        /** Where a visitor without a live session goes from a protected page: the expiry notice, or a plain sign-in. */
        String signInLocation(String next) {
            return isExpired() ? "/session-expired?reason=" + endReason().orElseThrow().code() + "&next=" + next : "/login?next=" + next;
        }

        /** True when the visitor's session ran out (not when they signed out themselves). */
        boolean isExpired() {
            return endReason.filter(reason -> reason != SessionEnd.SIGNED_OUT).isPresent();
        }
    }
}
