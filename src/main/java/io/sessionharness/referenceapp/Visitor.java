package io.sessionharness.referenceapp;

import java.util.Optional;

import org.eclipse.jetty.server.Session;

/**
 * The outcome of {@link SessionGuard#inspect}: a visitor signed in (on which session, as whom), whose session ended
 * (and why), or anonymous.
 */
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
