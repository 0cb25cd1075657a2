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

    /**
     * Runs one round: stays idle each given duration in its own session and says, per session, whether it came back
     * alive and after how much idle it really came back (at least the planned duration).
     */
    @FunctionalInterface
    public interface RoundProbe {
        List<ProbeAnswer> answers(List<Duration> idlePeriods);
    }

    public record Round(List<Duration> idlePeriods, List<ProbeAnswer> answers) {
    }

    public record Result(Bracket bracket, List<Round> rounds, List<String> notes) {
    }

    /**
     * Narrows (lower, upper] round by round. Each answer counts at the idle the probe really had (as the harness
     * measured it from the session's last contact with the site), not at the planned one, so a probe that overran its
     * plan on a slow machine no longer puts the end below the idle that ended it: the bracket gets wider, not wrong. Stops once the bracket is within {@code resolution} or after {@code maxRounds}.
     */
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
            List<ProbeAnswer> answers = probe.answers(points);
            rounds.add(new Round(points, answers));
            Optional<Duration> firstEnded = answers.stream().filter(a -> !a.alive()).map(ProbeAnswer::idled).min(Duration::compareTo);
            Optional<Duration> endedBy = earlier(firstEnded, hi);
            Duration lastAlive = lo;
            for (ProbeAnswer answer : answers) {
                if (!answer.alive()) {
                    continue;
                }
                if (endedBy.isPresent() && answer.idled().compareTo(endedBy.get()) >= 0) {
                    notes.add("round " + rounds.size() + ": alive after " + answer.idled() + " although ended after "
                            + endedBy.get() + " — the site's timeout is not consistent");
                } else if (answer.idled().compareTo(lastAlive) > 0) {
                    lastAlive = answer.idled();
                }
            }
            lo = lastAlive;
            hi = endedBy;
            if (hi.isEmpty()) {
                return new Result(new Bracket(lo, Optional.empty()), rounds, notes);
            }
            if (hi.get().minus(lo).compareTo(resolution) <= 0) {
                break;
            }
        }
        return new Result(new Bracket(lo, hi), rounds, notes);
    }

    private static Optional<Duration> earlier(Optional<Duration> a, Optional<Duration> b) {
        if (a.isPresent() && b.isPresent()) {
            return Optional.of(a.get().compareTo(b.get()) < 0 ? a.get() : b.get());
        }
        return a.isPresent() ? a : b;
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
