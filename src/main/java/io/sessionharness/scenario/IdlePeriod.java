package io.sessionharness.scenario;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import io.sessionharness.config.Durations;

/**
 * The harness's one deliberate passage of time: a person doing nothing until a deadline. It is not a
 * synchronisation device; long periods print progress every {@code progressEvery} (or 10 %, whichever is longer).
 */
public final class IdlePeriod {

    private final Clock clock;
    private final Duration progressEvery;
    private final Consumer<String> progress;
    private final Pause pause;
    private final java.util.concurrent.atomic.AtomicLong totalNanos = new java.util.concurrent.atomic.AtomicLong();

    public IdlePeriod(Clock clock, Duration progressEvery, Consumer<String> progress) {
        this(clock, progressEvery, progress, IdlePeriod::park);
    }

    IdlePeriod(Clock clock, Duration progressEvery, Consumer<String> progress, Pause pause) {
        this.clock = clock;
        this.progressEvery = progressEvery;
        this.progress = progress;
        this.pause = pause;
    }

    /** Lets {@code who} stay idle until {@code from + length}; returns how long the wait really lasted. */
    public Duration stay(String who, Instant from, Duration length) {
        return stay(who, from, length, () -> { });
    }

    /**
     * As {@link #stay(String, Instant, Duration)}, running {@code heartbeat} at every progress report (a Grid
     * keep-alive that must not touch the site).
     */
    public Duration stay(String who, Instant from, Duration length, Runnable heartbeat) {
        Instant began = clock.instant();
        Instant deadline = from.plus(length);
        Duration interval = reportInterval(length);
        Instant nextReport = began.plus(interval);
        boolean reports = length.compareTo(progressEvery) >= 0;
        Instant now = began;
        while (now.isBefore(deadline)) {
            Instant wakeUp = reports && nextReport.isBefore(deadline) ? nextReport : deadline;
            pause.until(clock, wakeUp);
            now = clock.instant();
            if (reports && !now.isBefore(nextReport) && now.isBefore(deadline)) {
                Duration done = Duration.between(from, now);
                progress.accept(String.format("%s idle %s of %s (%d %%)", who, Durations.format(done), Durations.format(length),
                        Math.min(100, done.toMillis() * 100 / Math.max(1, length.toMillis()))));
                nextReport = nextReport.plus(interval);
                heartbeat.run();
            }
        }
        Duration waited = Duration.between(began, now);
        totalNanos.addAndGet(waited.toNanos());
        return waited;
    }

    /** All deliberate idle time spent through this instance (for the benchmark's idle-versus-wall-time figures). */
    public Duration total() {
        return Duration.ofNanos(totalNanos.get());
    }

    private Duration reportInterval(Duration length) {
        Duration tenth = length.dividedBy(10);
        return tenth.compareTo(progressEvery) > 0 ? tenth : progressEvery;
    }

    private static void park(Clock clock, Instant until) {
        Duration left = Duration.between(clock.instant(), until);
        if (!left.isNegative() && !left.isZero()) {
            LockSupport.parkNanos(left.toNanos());
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new IllegalStateException("idle period interrupted: the run is being stopped");
        }
    }

    /** How the idle period lets time pass; tests substitute a fake clock. */
    @FunctionalInterface
    interface Pause {
        void until(Clock clock, Instant until);
    }
}
