package io.sessionharness.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

import io.sessionharness.testsupport.MutableClock;

public class IdlePeriodTest {

    private MutableClock clock;
    private List<String> lines;
    private IdlePeriod idle;

    @BeforeMethod
    public void freshClock() {
        clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        lines = new ArrayList<>();
        idle = new IdlePeriod(clock, Duration.ofSeconds(10), lines::add, (c, until) -> clock.advance(Duration.between(clock.instant(), until)), ActionSlots.unlimited());
    }

    @Test
    public void longIdleReportsProgressEveryTenPercentWhenThatIsLongerThanTheInterval() {
        idle.stay("alice", clock.instant(), Duration.ofMinutes(30));
        assertThat(lines).hasSize(9);
        assertThat(lines.get(0)).isEqualTo("alice idle 3:00 of 30:00 (10 %)");
        assertThat(lines.get(8)).isEqualTo("alice idle 27:00 of 30:00 (90 %)");
    }

    @Test
    public void mediumIdleReportsEveryInterval() {
        idle.stay("bob", clock.instant(), Duration.ofSeconds(35));
        assertThat(lines).containsExactly("bob idle 10.0 s of 35.0 s (28 %)", "bob idle 20.0 s of 35.0 s (57 %)", "bob idle 30.0 s of 35.0 s (85 %)");
    }

    @Test
    public void shortIdleIsQuietAndCountsFromTheLastContact() {
        Instant lastContact = clock.instant();
        clock.advance(Duration.ofSeconds(1));
        Duration waited = idle.stay("carol", lastContact, Duration.ofSeconds(4));
        assertThat(lines).isEmpty();
        assertThat(waited).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    public void theWaitGivesTheSlotUpAndTakesItBackShortlyBeforeTheDeadline() {
        ActionSlots slots = new ActionSlots(1);
        List<String> seen = new ArrayList<>();
        Instant from = clock.instant();
        IdlePeriod withSlots = new IdlePeriod(clock, Duration.ofSeconds(10), lines::add, (c, until) -> {
            seen.add(Duration.between(from, until).toMillis() + " ms: " + (slots.free() == 1 ? "slot free" : "slot held"));
            clock.advance(Duration.between(clock.instant(), until));
        }, slots);
        slots.ensureHeld();
        withSlots.stay("dave", from, Duration.ofSeconds(8));
        assertThat(seen).containsExactly("6000 ms: slot free", "8000 ms: slot held"); // 2 s ahead
        seen.clear();
        Instant shortFrom = clock.instant();
        withSlots.stay("dave", shortFrom, Duration.ofSeconds(3));
        assertThat(seen.get(0)).as("half of a short wait").isEqualTo(Duration.between(from, shortFrom.plusMillis(1500)).toMillis() + " ms: slot free");
        assertThat(slots.holds()).isTrue();
        slots.finish();
        assertThat(slots.free()).isEqualTo(1);
    }
}
