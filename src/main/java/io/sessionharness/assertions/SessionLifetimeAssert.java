package io.sessionharness.assertions;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.assertj.core.api.AbstractAssert;

import io.sessionharness.config.Durations;
import io.sessionharness.scenario.PageVisit;
import io.sessionharness.site.PageState;

/**
 * Checks a series of visits made while working continuously (probes): when did the session stop being alive,
 * against a declared limit ± the policy's tolerance.
 */
public final class SessionLifetimeAssert extends AbstractAssert<SessionLifetimeAssert, List<PageVisit>> {

    SessionLifetimeAssert(List<PageVisit> probes) {
        super(probes, SessionLifetimeAssert.class);
    }

    /**
     * Alive on every probe earlier than {@code declared - tolerance} (only when the policy's figures are exact, not
     * compliance ceilings); ended by {@code declared + tolerance}; ended cleanly.
     */
    public SessionLifetimeAssert endedAt(Duration declared, String limitName) {
        isNotNull();
        if (actual.isEmpty()) {
            failWithMessage("No visits were made, so the %s cannot be judged", limitName);
        }
        Duration tolerance = actual.get(0).policy().tolerance();
        Optional<PageVisit> lastAlive = actual.stream().filter(PageVisit::signedIn).reduce((a, b) -> b);
        Optional<PageVisit> firstEnded = actual.stream().filter(v -> !v.signedIn()).findFirst();
        String measured = measured(lastAlive, firstEnded);
        if (firstEnded.isEmpty()) {
            failWithMessage("The session outlived its %s: declared %s ± %s, yet it was still alive %s after sign-in (%d visits). %s",
                    limitName, Durations.format(declared), Durations.format(tolerance),
                    lastAlive.flatMap(PageVisit::sinceSignIn).map(Durations::format).orElse("?"), actual.size(), measured);
        }
        if (PageVisitAssert.idledPastTheTimeout(firstEnded.get())) {
            // Working continuously was the plan; a probe that came after an idle timeout's worth of nothing may have
            // met the idle timeout, not this limit.
            throw PageVisitAssert.idledTooLong(firstEnded.get());
        }
        Duration endedBy = firstEnded.get().sinceSignIn().orElseThrow();
        boolean exact = actual.get(0).policy().exact();
        if (exact && endedBy.compareTo(declared.minus(tolerance)) < 0) {
            failWithMessage("The session expired too early: declared %s %s ± %s, measured %s. First ended visit: %s",
                    limitName, Durations.format(declared), Durations.format(tolerance), measured, firstEnded.get().describe());
        }
        Duration aliveAt = lastAlive.flatMap(PageVisit::sinceSignIn).orElse(Duration.ZERO);
        if (aliveAt.compareTo(declared.plus(tolerance)) > 0) {
            failWithMessage("The session outlived its %s: declared %s ± %s, measured %s", limitName,
                    Durations.format(declared), Durations.format(tolerance), measured);
        }
        if (!PageVisitAssert.signInPageStandsForExpiry(firstEnded.get()) && firstEnded.get().state() != PageState.EXPIRED) {
            failWithMessage("The session ended on time (%s) but without a clear expiry message: %s",
                    measured, firstEnded.get().describe());
        }
        return this;
    }

    private static String measured(Optional<PageVisit> lastAlive, Optional<PageVisit> firstEnded) {
        String from = lastAlive.flatMap(PageVisit::sinceSignIn).map(Durations::format).orElse("sign-in");
        String to = firstEnded.flatMap(PageVisit::sinceSignIn).map(Durations::format).orElse("never seen");
        return "ended between " + from + " and " + to + " after sign-in";
    }
}
