package io.sessionharness.scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The free slots of {@link ActionSlots} and who waits for one, in the order they are served: comebacks from a wait,
 * then scenarios that yielded, then scenarios that want to start; within a queue, lowest key first, first come first
 * served among equal keys. One monitor guards all of it.
 */
final class SlotQueue {

    /** Who waits for a slot, in the order they are served: comebacks from a wait, scenarios that yielded, starters. */
    enum Queue { COMEBACK, RESUME, START }

    /**
     * A place in a queue (each its own: equal keys are still two places, first come first): a lower key goes first —
     * a starter's key is minus its expected wait, a comeback's its deadline in epoch ms (none: last).
     */
    private static final class Ticket { // not a record: two tickets with one key are two places (identity, not equality)
        private final long key;

        Ticket(long key) {
            this.key = key;
        }
    }

    private final Map<Queue, List<Ticket>> waiting = new EnumMap<>(Queue.class);
    private int free;

    SlotQueue(int size) {
        this.free = size;
        for (Queue queue : Queue.values()) {
            waiting.put(queue, new ArrayList<>());
        }
    }

    synchronized int free() {
        return free;
    }

    synchronized int queued(Queue queue) {
        return waiting.get(queue).size();
    }

    /** The key of the first comeback waiting, if any. */
    synchronized OptionalLong firstComeback() {
        List<Ticket> comebacks = waiting.get(Queue.COMEBACK);
        return comebacks.isEmpty() ? OptionalLong.empty() : OptionalLong.of(comebacks.get(0).key);
    }

    /**
     * Waits for a slot in {@code queue} at {@code key} and takes it. With {@code givingBack}, the caller's own slot
     * goes back in the same step as it queues, so nobody behind it can slip in between.
     */
    synchronized void acquire(Queue queue, long key, boolean givingBack) {
        List<Ticket> mine = waiting.get(queue);
        Ticket ticket = new Ticket(key);
        int place = mine.size();
        while (place > 0 && mine.get(place - 1).key > ticket.key) {
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

    synchronized void release() {
        free++;
        notifyAll();
    }
}
