package io.sessionharness.scenario;

import java.time.Clock;
import java.time.Duration;

/** What every person in one scenario shares: the clock, the timeline, the idle operation, the wait timeout, the accounts, the run's action slots. */
record Stage(Clock clock, Timeline timeline, IdlePeriod idle, Duration waitTimeout, AccountLeases accounts, ActionSlots slots) {
}
