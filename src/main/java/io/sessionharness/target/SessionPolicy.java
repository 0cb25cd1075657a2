package io.sessionharness.target;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.sessionharness.config.Durations;
import io.sessionharness.config.ProfileNode;

/**
 * What a target declares about its sessions: the numbers and rules the scenarios hold it to.
 * {@code tolerance} is how far a measured expiry may lie from the declared figure and still pass.
 */
public record SessionPolicy(
        Optional<Duration> idleTimeout,
        Optional<Duration> absoluteTimeout,
        Duration tolerance,
        boolean rotatesSessionIdOnSignIn,
        boolean invalidatesOnSignOut) {

    public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(1);

    public SessionPolicy {
        idleTimeout.ifPresent(d -> requirePositive(d, "idleTimeout"));
        absoluteTimeout.ifPresent(d -> requirePositive(d, "absoluteTimeout"));
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("tolerance cannot be negative");
        }
    }

    public static SessionPolicy read(ProfileNode node) {
        SessionPolicy policy;
        try {
            policy = new SessionPolicy(
                    node.optionalDuration("idleTimeout"),
                    node.optionalDuration("absoluteTimeout"),
                    node.optionalDuration("tolerance").orElse(DEFAULT_TOLERANCE),
                    node.bool("rotatesSessionIdOnSignIn", true),
                    node.bool("invalidatesOnSignOut", true));
        } catch (IllegalArgumentException e) {
            throw node.problem("", e.getMessage());
        }
        policy.idleTimeout().ifPresent(idle -> {
            if (idle.compareTo(policy.tolerance().multipliedBy(2)) <= 0) {
                throw node.problem("idleTimeout", "(" + Durations.format(idle) + ") must be more than twice the tolerance ("
                        + Durations.format(policy.tolerance()) + ") so that 'before' and 'after' probes can be told apart");
            }
        });
        return policy;
    }

    public Duration requireIdleTimeout() {
        return idleTimeout.orElseThrow(() -> new IllegalStateException("the target declares no idle timeout"));
    }

    public Duration requireAbsoluteTimeout() {
        return absoluteTimeout.orElseThrow(() -> new IllegalStateException("the target declares no absolute timeout"));
    }

    /** The policy as report environment entries. */
    public Map<String, String> describe() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("policy.idleTimeout", idleTimeout.map(Durations::format).orElse("none declared"));
        lines.put("policy.absoluteTimeout", absoluteTimeout.map(Durations::format).orElse("none declared"));
        lines.put("policy.tolerance", Durations.format(tolerance));
        lines.put("policy.rotatesSessionIdOnSignIn", String.valueOf(rotatesSessionIdOnSignIn));
        lines.put("policy.invalidatesOnSignOut", String.valueOf(invalidatesOnSignOut));
        return lines;
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be longer than zero");
        }
    }
}
