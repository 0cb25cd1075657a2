package io.sessionharness.scenario;

import java.time.Clock;
import java.time.Duration;

/**
 * What every person in one scenario shares: the clock, the timeline, the idle operation, the wait timeout, the
 * accounts, the run's action slots, and by when each signed-in person must be back on the site.
 */
record Stage(Clock clock, Timeline timeline, IdlePeriod idle, Duration waitTimeout, AccountLeases accounts, ActionSlots slots,
        Deadlines deadlines) {

    /** The same stage with other accounts (people on a private copy of the site). */
    Stage withAccounts(AccountLeases other) {
        return new Stage(clock, timeline, idle, waitTimeout, other, slots, deadlines);
    }

    /**
     * By when each signed-in person of the scenario must be in contact with the site again for its checks to stay
     * conclusive (their last contact plus the idle timeout minus the tolerance). While one person acts, another's
     * deadline runs: the scenario's next action keeps its slot before comebacks that can wait longer.
     */
    static final class Deadlines {
        private final java.util.Map<String, java.time.Instant> byPerson = new java.util.concurrent.ConcurrentHashMap<>();

        void set(String person, java.util.Optional<java.time.Instant> deadline) {
            deadline.ifPresentOrElse(at -> byPerson.put(person, at), () -> byPerson.remove(person));
        }

        /** The earliest deadline still ahead of {@code now} (one already past was missed or meant to be: no hurry). */
        java.util.Optional<java.time.Instant> earliestAfter(java.time.Instant now) {
            return byPerson.values().stream().filter(now::isBefore).min(java.time.Instant::compareTo);
        }
    }
}
