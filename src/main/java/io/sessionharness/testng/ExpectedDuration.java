package io.sessionharness.testng;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Optional;

import io.sessionharness.config.Durations;
import io.sessionharness.site.SessionPolicy;

/**
 * What a scenario is expected to wait, known from the declared policy before it starts ({@link ExpectedWait}); a
 * figure the policy does not declare counts as nothing (the scenario then skips at once).
 */
public final class ExpectedDuration {

    private ExpectedDuration() {
    }

    public static Duration waitOf(Method method, SessionPolicy policy) {
        ExpectedWait expected = method == null ? null : method.getAnnotation(ExpectedWait.class);
        if (expected == null) {
            return Duration.ZERO;
        }
        Duration wait = times(policy.idleTimeout(), expected.idleTimeouts())
                .plus(times(policy.absoluteTimeout(), expected.absoluteLifetimes()))
                .plus(times(policy.tokens().map(SessionPolicy.Tokens::refresh), expected.refreshLifetimes()));
        return wait.isZero() ? wait : wait.plus(policy.tolerance());
    }

    /** The reason to skip a scenario expected to wait longer than the ceiling, if it is. */
    public static Optional<String> beyond(Optional<Duration> ceiling, Duration wait) {
        if (ceiling.isEmpty() || wait.compareTo(ceiling.get()) <= 0) {
            return Optional.empty();
        }
        return Optional.of("expected to wait about " + Durations.format(wait) + " (from the declared policy), longer than -Dmax.scenario="
                + Durations.format(ceiling.get()) + ": it runs in the long suite (./run-suite -Dsuite=long, a nightly or weekly job)"
                + " or with -Dmax.scenario=none");
    }

    private static Duration times(Optional<Duration> figure, double multiple) {
        if (multiple <= 0 || figure.isEmpty()) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(Math.round(figure.get().toMillis() * multiple));
    }
}
