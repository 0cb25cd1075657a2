package io.sessionharness.scenario;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

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
    private int free;
    /** Who waits for a slot, in the order they are served: comebacks from a wait, scenarios that yielded, starters. */
    private enum Queue { COMEBACK, RESUME, START }

    private final java.util.Map<Queue, java.util.List<Ticket>> waiting = new java.util.EnumMap<>(Queue.class);
    /** The calling thread's scenario's expected wait, in ms: its place among those that want to start. */
    private final ThreadLocal<Long> expectedWait = ThreadLocal.withInitial(() -> 0L);

    /**
     * A place in a queue (each its own: equal keys are still two places, first come first): a lower key goes first —
     * a starter's key is minus its expected wait, a comeback's its deadline in epoch ms (none: last).
     */
    private static final class Ticket { // not a record: two tickets with one key are two places (identity, not equality)
        private final long key;

        Ticket(long key) {
            this.key = key;
        }

        long key() {
            return key;
        }
    }
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
        this.free = size;
        for (Queue queue : Queue.values()) {
            waiting.put(queue, new java.util.ArrayList<>());
        }
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
            acquire(Queue.START);
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
        release();
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
    public <T> T withoutSlot(java.util.function.Supplier<T> untilComeback) {
        return withoutSlot(java.util.Optional.empty(), untilComeback);
    }

    /**
     * As {@link #withoutSlot(java.util.function.Supplier)}, for a comeback that must act by {@code deadline} (on the
     * run's clock) or its check proves nothing: it goes before comebacks with a later deadline or none.
     */
    public <T> T withoutSlot(java.util.Optional<java.time.Instant> deadline, java.util.function.Supplier<T> untilComeback) {
        Held mine = held.get();
        if (mine == null) {
            return untilComeback.get();
        }
        held.remove();
        mine.stop();
        release();
        try {
            return untilComeback.get();
        } finally {
            long asked = System.nanoTime();
            acquire(Queue.COMEBACK, deadline.map(java.time.Instant::toEpochMilli).orElse(Long.MAX_VALUE), false);
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

    synchronized int free() {
        return free;
    }

    /**
     * Called as a person's action begins: a scenario that holds its slot through a run of page actions lets scenarios
     * coming back from a wait go first, so that their next visit is on time, and queues again before new scenarios.
     * The action a comeback came back for does not yield.
     */
    public void yieldToComebacks() {
        yieldToComebacks(java.util.Optional.empty());
    }

    /**
     * As {@link #yieldToComebacks()} for a scenario one of whose people must be back on the site by {@code deadline}
     * (while another person acts): it yields only to comebacks due earlier, and queues among them by its deadline.
     */
    public void yieldToComebacks(java.util.Optional<java.time.Instant> deadline) {
        Held mine = held.get();
        if (mine == null) {
            return;
        }
        if (mine.cameBack) {
            mine.cameBack = false;
            return;
        }
        long key = deadline.map(java.time.Instant::toEpochMilli).orElse(Long.MAX_VALUE);
        synchronized (this) {
            java.util.List<Ticket> comebacks = waiting.get(Queue.COMEBACK);
            if (comebacks.isEmpty() || (deadline.isPresent() && comebacks.get(0).key() > key)) {
                return; // nobody waiting, or nobody due before this scenario's own deadline
            }
        }
        mine.stop();
        if (deadline.isPresent()) {
            acquire(Queue.COMEBACK, key, true);
        } else {
            acquire(Queue.RESUME, 0, true);
        }
        mine.resume();
    }

    /** Threads waiting for a slot: comebacks, or scenarios that want to start. */
    synchronized int queued(boolean comebacks) {
        return waiting.get(comebacks ? Queue.COMEBACK : Queue.START).size();
    }

    private void acquire(Queue queue) {
        acquire(queue, queue == Queue.START ? -expectedWait.get() : 0, false);
    }

    /**
     * Lowest key first within each queue, first come first served among equal keys; a queue before the ones after it.
     * With {@code givingBack}, the caller's own slot goes back in the same step as it queues, so nobody behind it can
     * slip in between.
     */
    private synchronized void acquire(Queue queue, long key, boolean givingBack) {
        java.util.List<Ticket> mine = waiting.get(queue);
        Ticket ticket = new Ticket(key);
        int place = mine.size();
        while (place > 0 && mine.get(place - 1).key() > ticket.key()) {
            place--;
        }
        mine.add(place, ticket);
        if (givingBack) {
            free++;
            notifyAll();
        }
        boolean interrupted = false;
        try {
            while (free == 0 || mine.get(0) != ticket || anyBefore(queue)) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true; // a slot is still taken: the caller's finally blocks expect to hold one
                }
            }
            free--;
        } finally {
            mine.remove(ticket);
            notifyAll();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean anyBefore(Queue queue) {
        for (Queue earlier : Queue.values()) {
            if (earlier == queue) {
                return false;
            }
            if (!waiting.get(earlier).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private synchronized void release() {
        free++;
        notifyAll();
    }
}
