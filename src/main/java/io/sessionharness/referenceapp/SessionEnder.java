package io.sessionharness.referenceapp;

import java.util.Optional;

import org.eclipse.jetty.server.Session;

/**
 * Ends a session on the server: revokes the identity values that went with it, remembers why it ended (for the
 * expiry notice a later request with its cookie gets) and invalidates it.
 */
final class SessionEnder {

    private final EndedSessions ended;
    private final Optional<Identities> identity;

    SessionEnder(EndedSessions ended, Optional<Identities> identity) {
        this.ended = ended;
        this.identity = identity;
    }

    void end(Session session, SessionEnd reason) {
        end(session, reason, true);
    }

    /** Ends the session; {@code revokeIdentity} false leaves its identity values to the caller (sign-out does its own). */
    void end(Session session, SessionEnd reason, boolean revokeIdentity) {
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
}
