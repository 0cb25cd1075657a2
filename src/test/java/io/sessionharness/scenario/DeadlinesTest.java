package io.sessionharness.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.testng.annotations.Test;

/** Which of a scenario's people's deadlines make its next action urgent: the earliest that is ahead and near. */
public class DeadlinesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    public void theEarliestNearDeadlineCountsAPastOrFarOneDoesNot() {
        Stage.Deadlines deadlines = new Stage.Deadlines();
        assertThat(deadlines.near(NOW)).isEmpty();
        deadlines.set("alice", Optional.of(NOW.minusSeconds(1)));   // missed, or meant to idle out: no hurry
        deadlines.set("bob", Optional.of(NOW.plusSeconds(30)));     // far: others' comebacks may go first
        assertThat(deadlines.near(NOW)).isEmpty();
        deadlines.set("carol", Optional.of(NOW.plusSeconds(4)));
        deadlines.set("dave", Optional.of(NOW.plusSeconds(2)));
        assertThat(deadlines.near(NOW)).contains(NOW.plusSeconds(2));
        deadlines.set("dave", Optional.empty());                     // dave's session ended
        assertThat(deadlines.near(NOW)).contains(NOW.plusSeconds(4));
        assertThat(deadlines.near(NOW.plusSeconds(26))).as("bob's, once near").contains(NOW.plusSeconds(30));
    }
}
