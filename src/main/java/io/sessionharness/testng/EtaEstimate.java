package io.sessionharness.testng;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The time a run has left, from the scenarios' expected waits rather than from how many are done: the scenarios in
 * progress each have their expected wait minus what they have done of it left (plus their share of page work), and
 * the ones not started go, in order, to whichever of the {@code lanes} is free first — the way the run will start
 * them —, each occupying its lane for its expected wait plus its page work, but at least for the lane time learnt
 * from the scenarios finished so far beyond their expected waits (page work and queueing for a slot). Page work alone (the time a scenario holds an action
 * slot), all that is left of it shared over the slots, is a bound of its own.
 */
public final class EtaEstimate {

    /** Page work per scenario before any has finished: a browser start, a sign-in and a few pages. */
    static final Duration FIRST_GUESS_WORK = Duration.ofSeconds(6);

    private final int lanes;
    private final int slots;
    private Duration workSum = Duration.ZERO;
    private Duration laneSum = Duration.ZERO;
    private int finished;

    public EtaEstimate(int lanes, int slots) {
        this.lanes = Math.max(1, lanes);
        this.slots = Math.max(1, slots);
    }

    /**
     * A scenario finished after {@code took}, of which it was expected to wait {@code expectedWait}, with {@code work}
     * of page work (the time it held an action slot).
     */
    public synchronized void finished(Duration took, Duration expectedWait, Duration work) {
        workSum = workSum.plus(work.isNegative() ? Duration.ZERO : work);
        Duration lane = took.minus(expectedWait);
        laneSum = laneSum.plus(lane.compareTo(work) < 0 ? work : lane);
        finished++;
    }

    /** Page work per scenario so far. */
    public synchronized Duration work() {
        return finished == 0 ? FIRST_GUESS_WORK : workSum.dividedBy(finished);
    }

    /** What a scenario occupies its lane for beyond its expected wait: page work, and queueing for a slot. */
    public synchronized Duration laneOverhead() {
        return finished == 0 ? FIRST_GUESS_WORK : laneSum.dividedBy(finished);
    }

    /**
     * Time left: {@code running} holds, per scenario in progress, its expected wait and how long it has been running;
     * {@code waiting} the expected waits of the scenarios not started yet, in the order they will start.
     */
    public Duration remaining(Collection<Running> running, List<Duration> waiting) {
        Duration work = work();
        Duration overhead = laneOverhead();
        PriorityQueue<Duration> lanesFreeIn = new PriorityQueue<>();
        for (Running r : running) {
            Duration left = occupancy(r.expectedWait(), work, overhead).minus(r.since());
            lanesFreeIn.add(left.isNegative() ? Duration.ZERO : left);
        }
        while (lanesFreeIn.size() < lanes) {
            lanesFreeIn.add(Duration.ZERO);
        }
        List<Duration> ends = new ArrayList<>(lanesFreeIn);
        for (Duration next : waiting) {
            Duration free = lanesFreeIn.poll();
            Duration end = free.plus(occupancy(next, work, overhead));
            lanesFreeIn.add(end);
            ends.add(end);
        }
        Duration byLanes = ends.stream().max(Duration::compareTo).orElse(Duration.ZERO);
        // Page work is limited by the action slots: all that is left of it, shared out, can take longer.
        Duration byWork = work.multipliedBy(waiting.size()).plus(work.dividedBy(2).multipliedBy(running.size())).dividedBy(slots);
        return byLanes.compareTo(byWork) >= 0 ? byLanes : byWork;
    }

    /**
     * How long a scenario holds its lane: its wait and its page work, but at least the lane time learnt — a scenario
     * that waits little queues for slots like the ones before it; one that waits long does its page work meanwhile.
     */
    private static Duration occupancy(Duration wait, Duration work, Duration overhead) {
        Duration own = wait.plus(work);
        return own.compareTo(overhead) >= 0 ? own : overhead;
    }

    /** A scenario in progress. */
    public record Running(Duration expectedWait, Duration since) {
    }
}
