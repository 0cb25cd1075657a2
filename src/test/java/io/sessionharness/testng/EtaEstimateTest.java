package io.sessionharness.testng;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.testng.annotations.Test;

public class EtaEstimateTest {

    private static Duration s(long seconds) {
        return Duration.ofSeconds(seconds);
    }

    @Test
    public void theLongestScenarioInProgressBoundsTheEstimateNotTheCountLeft() {
        EtaEstimate eta = new EtaEstimate(8, 2);
        eta.finished(s(70), s(62), s(8)); // page work learnt: 8 s
        // The 3-minute scenario has run 60 s; three 1-minute ones wait for a lane, and there are lanes to spare.
        Duration left = eta.remaining(List.of(new EtaEstimate.Running(s(182), s(60))), List.of(s(62), s(62), s(62)));
        assertThat(left).isEqualTo(s(182 + 8 - 60));
    }

    @Test
    public void scenariosNotStartedGoToTheLaneFreeFirst() {
        EtaEstimate eta = new EtaEstimate(2, 2);
        eta.finished(s(10), s(0), s(10)); // 10 s of page work per scenario
        // Lanes free in 40 s and 0 s; waiting: 60 s and 30 s scenarios (+10 s work each).
        Duration left = eta.remaining(List.of(new EtaEstimate.Running(s(40), s(10))), List.of(s(60), s(30)));
        // 60 → lane free at 0 → ends 70; 30 → lane free at 40 → ends 80.
        assertThat(left).isEqualTo(s(80));
    }

    @Test
    public void pageWorkSharedOverTheSlotsCanBeTheBound() {
        EtaEstimate eta = new EtaEstimate(16, 1);
        eta.finished(s(5), s(0), s(5));
        // Ten scenarios that do not wait, 5 s of page work each, one slot: 50 s even with 16 lanes.
        Duration left = eta.remaining(List.of(), java.util.Collections.nCopies(10, Duration.ZERO));
        assertThat(left).isEqualTo(s(50));
    }

    @Test
    public void beforeAnyScenarioFinishedPageWorkIsAFirstGuess() {
        EtaEstimate eta = new EtaEstimate(1, 1);
        assertThat(eta.work()).isEqualTo(EtaEstimate.FIRST_GUESS_WORK);
        assertThat(eta.remaining(List.of(), List.of(s(20)))).isEqualTo(s(20).plus(EtaEstimate.FIRST_GUESS_WORK));
        eta.finished(s(3), s(0), s(3));
        eta.finished(s(5), s(0), s(5));
        assertThat(eta.work()).isEqualTo(s(4));
    }

    @Test
    public void lanesAreOccupiedForTheWaitPlusTheLaneTimeLearntIncludingQueueingForASlot() {
        EtaEstimate eta = new EtaEstimate(1, 2);
        // Held a slot 5 s, but took 30 s beyond its expected wait of 60 s: it queued for slots 25 s.
        eta.finished(s(90), s(60), s(5));
        assertThat(eta.laneOverhead()).isEqualTo(s(30));
        // The 60 s one: its wait and its 5 s of work (more than 30 s); the one that does not wait: the 30 s learnt.
        assertThat(eta.remaining(List.of(), List.of(s(60), s(0)))).isEqualTo(s(60 + 5 + 30));
    }
}
