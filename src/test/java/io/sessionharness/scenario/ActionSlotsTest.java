package io.sessionharness.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.testng.annotations.Test;

public class ActionSlotsTest {

    @Test
    public void aWaitingScenarioHoldsNoSlotSoAnotherCanStart() throws Exception {
        ActionSlots slots = new ActionSlots(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        Thread first = idlerIdling(slots, secondStarted, () -> { });
        slots.ensureHeld(); // would block for ever if the idle scenario kept its slot
        secondStarted.countDown();
        slots.finish();
        first.join(5000);
        assertThat(first.isAlive()).isFalse();
        assertThat(slots.free()).isEqualTo(1);
    }

    @Test
    public void aComebackGoesBeforeAScenarioThatWantsToStart() throws Exception {
        ActionSlots slots = new ActionSlots(1);
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch idleOver = new CountDownLatch(1);
        Thread idler = idlerIdling(slots, idleOver, () -> order.add("comeback"));
        slots.ensureHeld(); // a busy scenario takes the slot the idler gave up
        idleOver.countDown();
        Thread starter = starter(slots, () -> order.add("start"));
        awaitQueued(slots, 1, 1); // both wait for the one slot
        slots.finish();
        idler.join(5000);
        starter.join(5000);
        assertThat(order).containsExactly("comeback", "start");
        assertThat(slots.comebackDelay()).isPositive();
        assertThat(slots.free()).isEqualTo(1);
    }

    @Test
    public void aBusyScenarioLetsAComebackGoFirstAndThenGoesBeforeNewScenarios() throws Exception {
        ActionSlots slots = new ActionSlots(1);
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch idleOver = new CountDownLatch(1);
        Thread idler = idlerIdling(slots, idleOver, () -> {
            order.add("comeback's visit");
            slots.yieldToComebacks(); // the action it came back for does not yield
            order.add("comeback's next action");
        });
        slots.ensureHeld(); // this thread: a scenario busy with a run of page actions
        Thread starter = starter(slots, () -> order.add("new scenario"));
        awaitQueued(slots, 0, 1);
        idleOver.countDown();
        awaitQueued(slots, 1, 1);
        slots.yieldToComebacks(); // its next action begins: the comeback goes first, then this one, then the starter
        order.add("busy scenario's next action");
        slots.finish();
        idler.join(5000);
        starter.join(5000);
        assertThat(order).containsExactly("comeback's visit", "comeback's next action", "busy scenario's next action", "new scenario");
    }

    @Test
    public void aBusyScenarioWhosePersonMustBeBackSoonerYieldsOnlyToComebacksDueEarlier() throws Exception {
        java.time.Instant now = java.time.Instant.parse("2026-12-04T10:00:00Z");
        ActionSlots slots = new ActionSlots(1);
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch urgentOver = new CountDownLatch(1);
        CountDownLatch lateOver = new CountDownLatch(1);
        Thread urgent = idlerWithDeadline(slots, java.util.Optional.of(now.plusSeconds(3)), urgentOver, () -> order.add("probe due at 3 s"));
        Thread late = idlerWithDeadline(slots, java.util.Optional.empty(), lateOver, () -> order.add("expiry check"));
        slots.ensureHeld(); // this thread: mallory acting while alice must be back by now + 7 s
        lateOver.countDown();
        awaitQueued(slots, 1, 0);
        slots.yieldToComebacks(java.util.Optional.of(now.plusSeconds(7)));
        assertThat(slots.holds()).as("kept: the one comeback waiting has no deadline").isTrue();
        assertThat(order).isEmpty();
        urgentOver.countDown();
        awaitQueued(slots, 2, 0);
        slots.yieldToComebacks(java.util.Optional.of(now.plusSeconds(7))); // the probe due at 3 s goes first, then this one
        order.add("mallory's next action");
        slots.finish();
        urgent.join(5000);
        late.join(5000);
        assertThat(order).containsExactly("probe due at 3 s", "mallory's next action", "expiry check");
        assertThat(slots.free()).isEqualTo(1);
    }

    /** A scenario idling without its slot until {@code over}, then coming back with {@code deadline} and running {@code afterwards}. */
    private static Thread idlerWithDeadline(ActionSlots slots, java.util.Optional<java.time.Instant> deadline, CountDownLatch over, Runnable afterwards)
            throws InterruptedException {
        CountDownLatch idling = new CountDownLatch(1);
        Thread idler = new Thread(() -> {
            slots.ensureHeld();
            slots.withoutSlot(deadline, () -> {
                idling.countDown();
                await(over);
                return null;
            });
            afterwards.run();
            slots.finish();
        });
        idler.start();
        assertThat(idling.await(5, TimeUnit.SECONDS)).isTrue();
        return idler;
    }

    @Test
    public void withNoComebackWaitingABusyScenarioKeepsItsSlot() {
        ActionSlots slots = new ActionSlots(1);
        slots.ensureHeld();
        slots.yieldToComebacks();
        assertThat(slots.holds()).isTrue();
        assertThat(slots.free()).isZero();
        slots.finish();
    }

    @Test
    public void startersAreServedInTheOrderTheyAsked() throws Exception {
        List<String> order = servedOrder(List.of(java.util.Map.entry("first", 0), java.util.Map.entry("second", 0),
                java.util.Map.entry("third", 0)));
        assertThat(order).containsExactly("first", "second", "third");
    }

    @Test
    public void theScenarioExpectingTheLongestWaitStartsFirstAndEqualWaitsInTheOrderTheyAsked() throws Exception {
        // Asked in this order; the 3-minute one (an absolute lifetime) must not start behind the short ones.
        List<String> order = servedOrder(List.of(java.util.Map.entry("no wait", 0), java.util.Map.entry("idle 1", 62),
                java.util.Map.entry("idle 2", 62), java.util.Map.entry("absolute", 182), java.util.Map.entry("two idles", 124)));
        assertThat(order).containsExactly("absolute", "two idles", "idle 1", "idle 2", "no wait");
    }

    @Test
    public void theComebackWhoseCheckIsSpoiltSoonestGoesFirstAndThoseWithoutADeadlineLast() throws Exception {
        // A probe that must be back before the idle timeout (deadline 7 s) is not kept behind comebacks checking that a
        // session did expire (no deadline: later changes nothing), nor behind one with a later deadline.
        java.time.Instant now = java.time.Instant.parse("2026-12-04T10:00:00Z");
        ActionSlots slots = new ActionSlots(1);
        List<String> order = new CopyOnWriteArrayList<>();
        List<CountDownLatch> overs = new java.util.ArrayList<>();
        List<Thread> idlers = new java.util.ArrayList<>();
        var comebacks = List.of(java.util.Map.entry("expiry check 1", java.util.Optional.<java.time.Instant>empty()),
                java.util.Map.entry("short idle, back by 9 s", java.util.Optional.of(now.plusSeconds(9))),
                java.util.Map.entry("expiry check 2", java.util.Optional.<java.time.Instant>empty()),
                java.util.Map.entry("probe, back by 7 s", java.util.Optional.of(now.plusSeconds(7))));
        for (var comeback : comebacks) {
            CountDownLatch over = new CountDownLatch(1);
            idlers.add(idlerWithDeadline(slots, comeback.getValue(), over, () -> order.add(comeback.getKey())));
            overs.add(over);
        }
        slots.ensureHeld(); // a busy scenario holds the one slot while all four come back
        for (int i = 0; i < overs.size(); i++) {
            overs.get(i).countDown();
            awaitQueued(slots, i + 1, 0);
        }
        slots.finish();
        for (Thread idler : idlers) {
            idler.join(5000);
        }
        assertThat(order).containsExactly("probe, back by 7 s", "short idle, back by 9 s", "expiry check 1", "expiry check 2");
        assertThat(slots.free()).isEqualTo(1);
    }

    /**
     * The order in which scenarios that want to start get the one slot: each (name, expected wait in s) asks in turn
     * while this thread holds the slot, then it is given back.
     */
    private static List<String> servedOrder(List<java.util.Map.Entry<String, Integer>> asking) throws InterruptedException {
        ActionSlots slots = new ActionSlots(1);
        List<String> order = new CopyOnWriteArrayList<>();
        slots.ensureHeld();
        List<Thread> starters = new java.util.ArrayList<>();
        for (var scenario : asking) {
            Thread starter = new Thread(() -> {
                slots.expect(java.time.Duration.ofSeconds(scenario.getValue()));
                slots.ensureHeld();
                order.add(scenario.getKey());
                slots.finish();
            });
            starter.start();
            starters.add(starter);
            awaitQueued(slots, 0, starters.size());
        }
        slots.finish();
        for (Thread starter : starters) {
            starter.join(5000);
        }
        assertThat(slots.free()).isEqualTo(1);
        return order;
    }

    @Test
    public void aScenarioTakesOneSlotHoweverManyBrowsersItStartsAndReportsItsPageWork() {
        ActionSlots slots = new ActionSlots(2);
        assertThat(slots.finish()).as("a scenario that skipped before its first browser").isZero();
        slots.ensureHeld();
        slots.ensureHeld();
        assertThat(slots.free()).isEqualTo(1);
        assertThat(slots.holds()).isTrue();
        assertThat(slots.finish()).isPositive();
        assertThat(slots.free()).isEqualTo(2);
        assertThat(slots.holds()).isFalse();
        assertThatThrownBy(() -> new ActionSlots(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void aThreadWithoutASlotJustWaits() {
        ActionSlots slots = new ActionSlots(1);
        assertThat(slots.withoutSlot(() -> "done")).isEqualTo("done");
        assertThat(slots.free()).isEqualTo(1);
    }

    /** A scenario that took a slot, now idles without it until {@code idleOver}, then comes back and runs {@code afterwards}. */
    private static Thread idlerIdling(ActionSlots slots, CountDownLatch idleOver, Runnable afterwards) throws InterruptedException {
        return idlerWithDeadline(slots, java.util.Optional.empty(), idleOver, afterwards);
    }

    /** A new scenario: takes a slot, runs {@code action}, is done. */
    private static Thread starter(ActionSlots slots, Runnable action) {
        Thread starter = new Thread(() -> {
            slots.ensureHeld();
            action.run();
            slots.finish();
        });
        starter.start();
        return starter;
    }

    /** Until {@code comebacks} comebacks and {@code starters} starters are queued (a state change, not a timing guess). */
    private static void awaitQueued(ActionSlots slots, int comebacks, int starters) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(slots.queued(true) == comebacks && slots.queued(false) == starters)) {
            assertThat(System.nanoTime()).as("queued comebacks and starters").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
