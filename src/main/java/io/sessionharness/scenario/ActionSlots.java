package io.sessionharness.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The run's CPU-bound slots: browser starts and page actions of at most {@code size} scenarios at a time (about the
 * number of cores), while any number of scenarios may be waiting — a scenario in a deliberate idle period, or waiting
 * for a free test account, holds no slot. A scenario coming back from a wait goes before a scenario that wants to
 * start, so that its next page visit happens when the scenario planned it (how long comebacks waited all the same is
 * counted, {@link #comebackDelay()}); among comebacks, the one whose check is spoilt soonest goes first (a person who
 * must be back before the site's idle timeout ends, ahead of one checking that it did end — earliest deadline first);
 * scenarios that want to start go longest expected wait first ({@link #expect}), so that the run's longest scenario —
 * the one its end waits for — is not kept at the start behind short ones; the rest first come, first served.
 *
 * <p>A slot belongs to the thread that took it: the scenario's own thread. Threads a scenario starts for parallel
 * actions hold none (they neither release nor need one).
 */
public final class ActionSlots {

    private final int size;
    private final SlotQueue slots;
    /** The calling thread's scenario's expected wait, in ms: its place among those that want to start. */
    private final ThreadLocal<Long> expectedWait = ThreadLocal.withInitial(() -> 0L);

    /** The calling thread's slot, while it holds one (none: not in this map's thread-local). */
    private final ThreadLocal<Held> held = new ThreadLocal<>();
    private final AtomicLong comebackDelayNanos = new AtomicLong();

    /** A thread's slot: since when it holds it, how long it held one before, and whether it just came back. */
    private static final class Held {
        private long since = System.nanoTime();
        private long before;
        private boolean cameBack;

        void stop() {
            before += System.nanoTime() - since;
        }

        void resume() {
            since = System.nanoTime();
        }
    }

    public ActionSlots(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("at least one slot, not " + size);
        }
        this.size = size;
        this.slots = new SlotQueue(size);
    }

    /** No limit: every caller gets a slot at once (unit tests, tools that run one scenario). */
    public static ActionSlots unlimited() {
        return new ActionSlots(Integer.MAX_VALUE);
    }

    public int size() {
        return size;
    }

    /**
     * The calling thread's scenario expects to wait about {@code wait} (from the declared policy, before it starts):
     * among scenarios that want to start, the ones expecting longer waits go first.
     */
    public void expect(Duration wait) {
        expectedWait.set(Math.max(0, wait.toMillis()));
    }

    /**
     * The calling thread takes a slot for its scenario unless it holds one already (a scenario takes it when it starts
     * its first browser, so that a scenario that skips at once never queues), waiting behind comebacks.
     */
    public void ensureHeld() {
        if (held.get() == null) {
            slots.acquire(SlotQueue.Queue.START, -expectedWait.get(), false);
            held.set(new Held());
        }
    }

    /**
     * The calling thread's scenario is done: its slot, if it holds one, goes back. Returns how long it held a slot,
     * waits left out — the scenario's page work, for the progress estimate (zero when it never took one).
     */
    public Duration finish() {
        Held mine = held.get();
        if (mine == null) {
            expectedWait.remove();
            return Duration.ZERO;
        }
        held.remove();
        expectedWait.remove();
        mine.stop();
        slots.release();
        return Duration.ofNanos(mine.before);
    }

    /** Whether the calling thread holds a slot. */
    public boolean holds() {
        return held.get() != null;
    }

    /**
     * Gives the calling thread's slot up while it waits: {@code untilComeback} runs without a slot, then the thread
     * takes one back ahead of starting scenarios. A thread that holds none just waits.
     */
    public <T> T withoutSlot(Supplier<T> untilComeback) {
        return withoutSlot(Optional.empty(), untilComeback);
    }

    /**
     * As {@link #withoutSlot(Supplier)}, for a comeback that must act by {@code deadline} (on the
     * run's clock) or its check proves nothing: it goes before comebacks with a later deadline or none.
     */
    public <T> T withoutSlot(Optional<Instant> deadline, Supplier<T> untilComeback) {
        Held mine = held.get();
        if (mine == null) {
            return untilComeback.get();
        }
        held.remove();
        mine.stop();
        slots.release();
        try {
            return untilComeback.get();
        } finally {
            long asked = System.nanoTime();
            slots.acquire(SlotQueue.Queue.COMEBACK, deadline.map(Instant::toEpochMilli).orElse(Long.MAX_VALUE), false);
            comebackDelayNanos.addAndGet(System.nanoTime() - asked);
            mine.resume();
            mine.cameBack = true;
            held.set(mine);
        }
    }

    /** Everything comebacks waited for a slot so far, summed. */
    public Duration comebackDelay() {
        return Duration.ofNanos(comebackDelayNanos.get());
    }

    int free() {
        return slots.free();
    }

    /**
     * Called as a person's action begins: a scenario that holds its slot through a run of page actions lets scenarios
     * coming back from a wait go first, so that their next visit is on time, and queues again before new scenarios.
     * The action a comeback came back for does not yield.
     */
    public void yieldToComebacks() {
        yieldToComebacks(Optional.empty());
    }

    /**
     * As {@link #yieldToComebacks()} for a scenario one of whose people must be back on the site by {@code deadline}
     * (while another person acts): it yields only to comebacks due earlier, and queues among them by its deadline.
     */
    public void yieldToComebacks(Optional<Instant> deadline) {
        Held mine = held.get();
        if (mine == null) {
            return;
        }
        if (mine.cameBack) {
            mine.cameBack = false;
            return;
        }
        long key = deadline.map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
        OptionalLong first = slots.firstComeback();
        if (first.isEmpty() || (deadline.isPresent() && first.getAsLong() > key)) {
            return; // nobody waiting, or nobody due before this scenario's own deadline
        }
        mine.stop();
        if (deadline.isPresent()) {
            slots.acquire(SlotQueue.Queue.COMEBACK, key, true);
        } else {
            slots.acquire(SlotQueue.Queue.RESUME, 0, true);
        }
        mine.resume();
    }

    /** Threads waiting for a slot: comebacks, or scenarios that want to start. */
    int queued(boolean comebacks) {
        return slots.queued(comebacks ? SlotQueue.Queue.COMEBACK : SlotQueue.Queue.START);
    }
}
