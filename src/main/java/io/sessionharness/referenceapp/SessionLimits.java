package io.sessionharness.referenceapp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Session;

/**
 * The policy's limits on a signed-in session, as this site really enforces them: the idle and absolute timeouts and
 * the binding to a client address. It only judges; {@link SessionGuard} ends what it finds over a limit.
 */
final class SessionLimits {

    private final SiteSettings settings;
    private final Clock clock;

    SessionLimits(SiteSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Why the session is over age, if it is: idle or absolute, whichever deadline passed first. */
    Optional<SessionEnd> overdue(Session session) {
        Instant now = clock.instant();
        boolean idleChecked = !settings.has(Defect.IDLE_NOT_ENFORCED) && !settings.has(Defect.IDLE_CLIENT_ONLY);
        Optional<Instant> idleDeadline = settings.idleTimeout().filter(idle -> idleChecked).map(this::enforcedIdle)
                .map(idle -> millisAttribute(session, SessionGuard.LAST_ACTIVITY).plus(idle));
        Optional<Instant> absoluteDeadline = settings.absoluteTimeout().filter(absolute -> !settings.has(Defect.NO_ABSOLUTE_LIFETIME))
                .map(absolute -> millisAttribute(session, SessionGuard.SIGNED_IN_AT).plus(absolute));
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

    /** A session tied to its client address (when the policy says so) ends when a request comes from elsewhere. */
    Optional<SessionEnd> movedAway(Session session, Request request) {
        // The proxy-address-mismatch defect binds every session to an address, whatever the policy declares.
        if ((!settings.bindsToIp() && !settings.has(Defect.PROXY_ADDRESS_MISMATCH)) || settings.has(Defect.IP_BINDING_MISSING)) {
            return Optional.empty();
        }
        Object boundTo = session.getAttribute(SessionGuard.CLIENT_ADDRESS);
        return boundTo != null && !boundTo.equals(Request.getRemoteAddr(request)) ? Optional.of(SessionEnd.ADDRESS_CHANGED) : Optional.empty();
    }

    /** The idle timeout this site really enforces: the declared one, unless a seeded defect shortens or stretches it. */
    private Duration enforcedIdle(Duration declared) {
        if (settings.has(Defect.IDLE_TOO_SHORT)) {
            return declared.multipliedBy(2).dividedBy(5);
        }
        return settings.has(Defect.IDLE_GRACE_PERIOD) ? declared.plus(declared.dividedBy(2)) : declared;
    }

    private static Instant millisAttribute(Session session, String name) {
        return session.getAttribute(name) instanceof Long millis ? Instant.ofEpochMilli(millis) : Instant.EPOCH;
    }
}
