package io.sessionharness.scenario;

import java.time.Clock;
import java.time.Duration;

/**
 * What every person in one scenario shares: the clock, the timeline, the idle operation, the wait timeout, the
 * accounts, the run's action slots, and by when each signed-in person must be back on the site.
 */
record Stage(Clock clock, Timeline timeline, IdlePeriod idle, Duration waitTimeout, AccountLeases accounts, ActionSlots slots,
        Deadlines deadlines) {

    /**
     * A person's action begins: the scenario lets comebacks go first ({@link ActionSlots#yieldToComebacks}) — only
     * those due before its own people's deadline once that is near.
     */
    void yieldToComebacks() {
        slots.yieldToComebacks(deadlines.near(clock.instant()));
    }

    /** The same stage with other accounts (people on a private copy of the site). */
    Stage withAccounts(AccountLeases other) {
        return new Stage(clock, timeline, idle, waitTimeout, other, slots, deadlines);
    }

    /**
     * By when each signed-in person of the scenario must be in contact with the site again for its checks to stay
     * conclusive (their last contact plus the idle timeout minus the tolerance). While one person acts, another's
     * deadline runs: once it is near, the scenario's next action keeps its slot before comebacks that can wait longer.
     */
    static final class Deadlines {
        /** Near: within about what one comeback's action holds a slot on a busy machine (a browser start included). */
        static final Duration NEAR = Duration.ofSeconds(5);

        private final java.util.Map<String, java.time.Instant> byPerson = new java.util.concurrent.ConcurrentHashMap<>();

        void set(String person, java.util.Optional<java.time.Instant> deadline) {
            deadline.ifPresentOrElse(at -> byPerson.put(person, at), () -> byPerson.remove(person));
        }

        /**
         * The earliest deadline still ahead of {@code now} and near (one already past was missed or meant to be: no
         * hurry; a far one leaves time for others' comebacks first).
         */
        java.util.Optional<java.time.Instant> near(java.time.Instant now) {
            return byPerson.values().stream().filter(now::isBefore).filter(at -> at.isBefore(now.plus(NEAR))).min(java.time.Instant::compareTo);
        }
    }
}
