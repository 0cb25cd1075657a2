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
    private final ActionSlots slots;
    private final java.util.concurrent.atomic.AtomicLong totalNanos = new java.util.concurrent.atomic.AtomicLong();

    /** Whoever waits gives the run's action slot up meanwhile and takes it back this long before the deadline (half a shorter wait). */
    static final Duration COMEBACK_LEAD = Duration.ofSeconds(2);
    private static final Duration OVERRUN_WORTH_SAYING = Duration.ofMillis(500);

    public IdlePeriod(Clock clock, Duration progressEvery, Consumer<String> progress, ActionSlots slots) {
        this(clock, progressEvery, progress, IdlePeriod::park, slots);
    }

    IdlePeriod(Clock clock, Duration progressEvery, Consumer<String> progress, Pause pause, ActionSlots slots) {
        this.clock = clock;
        this.progressEvery = progressEvery;
        this.progress = progress;
        this.pause = pause;
        this.slots = slots;
    }

    /** Lets {@code who} stay idle until {@code from + length}; returns how long the wait really lasted. */
    public Duration stay(String who, Instant from, Duration length) {
        return stay(who, from, length, java.util.Optional.empty(), () -> { });
    }

    /**
     * As {@link #stay(String, Instant, Duration)}, running {@code heartbeat} at every progress report (a Grid
     * keep-alive that must not touch the site), for a person whose next visit must come by {@code latest} or prove
     * nothing (back before the site's idle timeout may have ended the session): its comeback goes before comebacks
     * that can be late.
     */
    public Duration stay(String who, Instant from, Duration length, java.util.Optional<Instant> latest, Runnable heartbeat) {
        Instant began = clock.instant();
        Instant deadline = from.plus(length);
        Progress reporting = new Progress(who, from, length, began, heartbeat);
        // The wait costs no slot: taken back shortly before the deadline, so the next page visit is on time — 2 s
        // ahead (a busy slot frees within about one browser start), half the period for a shorter one.
        Duration lead = length.dividedBy(2).compareTo(COMEBACK_LEAD) < 0 ? length.dividedBy(2) : COMEBACK_LEAD;
        Instant comeback = deadline.minus(lead);
        if (began.isBefore(comeback)) {
            slots.withoutSlot(latest, () -> reporting.until(comeback));
        }
        Instant now = reporting.until(deadline);
        Duration overran = Duration.between(deadline, now);
        if (overran.compareTo(OVERRUN_WORTH_SAYING) > 0) {
            progress.accept(String.format("%s idled %s longer than planned (%s): no action slot came free in time, or the machine is slow",
                    who, Durations.format(overran), Durations.format(length)));
        }
        Duration waited = Duration.between(began, now);
        totalNanos.addAndGet(waited.toNanos());
        return waited;
    }

    /** One wait's progress lines ("alice idle 1 min of 5 min (20 %)") and heartbeats, across its parts. */
    private final class Progress {
        private final String who;
        private final Instant from;
        private final Duration length;
        private final Duration interval;
        private final boolean reports;
        private final Runnable heartbeat;
        private Instant nextReport;

        Progress(String who, Instant from, Duration length, Instant began, Runnable heartbeat) {
            this.who = who;
            this.from = from;
            this.length = length;
            this.interval = reportInterval(length);
            this.reports = length.compareTo(progressEvery) >= 0;
            this.heartbeat = heartbeat;
            this.nextReport = began.plus(interval);
        }

        /** Waits until {@code end}; returns the time it woke up at. */
        Instant until(Instant end) {
            Instant now = clock.instant();
            Instant deadline = from.plus(length);
            while (now.isBefore(end)) {
                Instant wakeUp = reports && nextReport.isBefore(end) ? nextReport : end;
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
            return now;
        }
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
