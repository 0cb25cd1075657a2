package io.sessionharness.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bounded search for an idle timeout with parallel probes. Each round signs in {@code parallel} fresh sessions at once
 * and lets session i stay idle for the i-th of evenly spread durations in (lower, upper]; the first to come back
 * expired and the last to come back alive narrow the bracket. A round takes about as long as the timeout itself,
 * so the whole search stays within a few timeouts however wide the first guess was.
 */
public final class TimeoutSearch {

    private TimeoutSearch() {
    }

    /** Runs one round: stays idle each given duration in its own session and says which came back still alive. */
    @FunctionalInterface
    public interface RoundProbe {
        List<Boolean> aliveAfter(List<Duration> idlePeriods);
    }

    public record Round(List<Duration> idlePeriods, List<Boolean> alive) {
    }

    public record Result(Bracket bracket, List<Round> rounds, List<String> notes) {
    }

    public static Result search(Duration lower, Duration upper, int parallel, Duration resolution, int maxRounds, RoundProbe probe) {
        if (parallel < 1 || maxRounds < 1 || upper.compareTo(lower) <= 0) {
            throw new IllegalArgumentException("search needs parallel >= 1, rounds >= 1 and upper > lower");
        }
        List<Round> rounds = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Duration lo = lower;
        Optional<Duration> hi = Optional.empty();
        while (rounds.size() < maxRounds) {
            // The first round must try the upper bound itself (does the session end at all?); later rounds probe only
            // inside the bracket, whose ends are already known.
            List<Duration> points = hi.isEmpty() ? spread(lo, upper, parallel) : inside(lo, hi.get(), parallel);
            List<Boolean> alive = probe.aliveAfter(points);
            rounds.add(new Round(points, alive));
            Optional<Duration> firstEnded = Optional.empty();
            Duration lastAlive = lo;
            for (int i = 0; i < points.size(); i++) {
                if (!alive.get(i)) {
                    firstEnded = firstEnded.isPresent() ? firstEnded : Optional.of(points.get(i));
                } else if (firstEnded.isPresent()) {
                    notes.add("round " + rounds.size() + ": alive after " + points.get(i) + " although ended after "
                            + firstEnded.get() + " — the site's timeout is not consistent");
                } else {
                    lastAlive = points.get(i);
                }
            }
            lo = lastAlive;
            if (firstEnded.isPresent()) {
                hi = firstEnded;
            }
            if (hi.isEmpty()) {
                return new Result(new Bracket(lo, Optional.empty()), rounds, notes);
            }
            if (hi.get().minus(lo).compareTo(resolution) <= 0) {
                break;
            }
        }
        return new Result(new Bracket(lo, hi), rounds, notes);
    }

    /** {@code count} durations strictly between lower and upper. */
    static List<Duration> inside(Duration lower, Duration upper, int count) {
        Duration step = upper.minus(lower).dividedBy(count + 1L);
        List<Duration> points = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            points.add(lower.plus(step.multipliedBy(i)));
        }
        return points;
    }

    /** {@code count} durations evenly spread over (lower, upper], the last one being upper. */
    static List<Duration> spread(Duration lower, Duration upper, int count) {
        Duration step = upper.minus(lower).dividedBy(count);
        List<Duration> points = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            points.add(i == count ? upper : lower.plus(step.multipliedBy(i)));
        }
        return points;
    }
}
