package io.sessionharness.report;

import java.time.Duration;

/**
 * One thing that happened in a {@link SessionChart}'s lane: a sign-in, a page visit or a deliberate idle period.
 * {@code label}: what the page was ("signed in", "expired", …); {@code alive}: the session was signed in there.
 */
record SessionEvent(Kind kind, Duration at, Duration until, String label, boolean alive, String state) {

    enum Kind { SIGNED_IN, VISIT, IDLE }
}
