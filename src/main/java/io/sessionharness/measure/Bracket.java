package io.sessionharness.measure;

import java.time.Duration;
import java.util.Optional;

import io.sessionharness.config.Durations;

/**
 * Where a measured timeout lies: alive after {@code lower}, ended after {@code upper} (empty when it never ended
 * within the search's upper bound).
 */
public record Bracket(Duration lower, Optional<Duration> upper) {

    public Duration middle() {
        return upper.map(u -> lower.plus(u).dividedBy(2)).orElse(lower);
    }

    public Duration halfWidth() {
        return upper.map(u -> u.minus(lower).dividedBy(2)).orElse(Duration.ZERO);
    }

    /** True when the declared figure ± tolerance and the measured bracket overlap. */
    public boolean agreesWith(Duration declared, Duration tolerance) {
        boolean notEarlier = upper.map(u -> u.compareTo(declared.minus(tolerance)) >= 0).orElse(true);
        boolean notLater = lower.compareTo(declared.plus(tolerance)) <= 0;
        return notEarlier && notLater && upper.isPresent();
    }

    /** "measured 17:00 ± 0:05" or "still alive after 30:00". */
    public String describe() {
        return upper.isPresent()
                ? "measured " + Durations.format(middle()) + " ± " + Durations.format(halfWidth())
                        + " (alive after " + Durations.format(lower) + ", ended by " + Durations.format(upper.get()) + ")"
                : "still alive after " + Durations.format(lower) + " (the search's upper bound)";
    }
}
