package io.sessionharness.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.testng.annotations.Test;

public class TimeoutSearchTest {

    /** A site whose sessions end after exactly {@code timeout} of idle. */
    private static TimeoutSearch.RoundProbe site(Duration timeout) {
        return idles -> idles.stream().map(idle -> new ProbeAnswer(idle.compareTo(timeout) < 0, idle)).toList();
    }

    @Test
    public void narrowsToTheResolutionInFewRounds() {
        TimeoutSearch.Result result = TimeoutSearch.search(Duration.ZERO, Duration.ofMinutes(30), 4, Duration.ofSeconds(10), 6,
                site(Duration.ofSeconds(1020)));
        Bracket bracket = result.bracket();
        assertThat(bracket.lower()).isLessThan(Duration.ofSeconds(1020));
        assertThat(bracket.upper()).hasValueSatisfying(u -> assertThat(u).isGreaterThanOrEqualTo(Duration.ofSeconds(1020)));
        assertThat(bracket.upper().orElseThrow().minus(bracket.lower())).isLessThanOrEqualTo(Duration.ofSeconds(10));
        assertThat(result.rounds()).hasSizeLessThanOrEqualTo(5);
        assertThat(bracket.describe()).startsWith("measured 17:0");
    }

    @Test
    public void aSessionThatNeverEndsIsReportedAsOutlivingTheUpperBound() {
        TimeoutSearch.Result result = TimeoutSearch.search(Duration.ZERO, Duration.ofSeconds(8), 4, Duration.ofMillis(500), 3,
                site(Duration.ofHours(1)));
        assertThat(result.bracket().upper()).isEmpty();
        assertThat(result.bracket().describe()).isEqualTo("still alive after 8.0 s (the search's upper bound)");
        assertThat(result.rounds()).hasSize(1);
    }

    @Test
    public void laterRoundsProbeOnlyInsideTheBracketAndKeepItsKnownEnds() {
        List<List<Duration>> asked = new java.util.ArrayList<>();
        TimeoutSearch.Result result = TimeoutSearch.search(Duration.ZERO, Duration.ofSeconds(8), 4, Duration.ofMillis(500), 4, idles -> {
            asked.add(idles);
            return idles.stream().map(idle -> new ProbeAnswer(idle.compareTo(Duration.ofMillis(3900)) < 0, idle)).toList();
        });
        assertThat(asked.get(0)).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(6), Duration.ofSeconds(8));
        assertThat(asked.get(1)).containsExactly(Duration.ofMillis(2400), Duration.ofMillis(2800), Duration.ofMillis(3200), Duration.ofMillis(3600));
        assertThat(result.bracket()).isEqualTo(new Bracket(Duration.ofMillis(3600), java.util.Optional.of(Duration.ofSeconds(4))));
    }

    @Test
    public void aRoundWithoutEndedProbesKeepsTheUpperEndAnEarlierRoundFound() {
        int[] round = {0};
        TimeoutSearch.Result result = TimeoutSearch.search(Duration.ZERO, Duration.ofSeconds(8), 4, Duration.ofMillis(100), 2, idles -> {
            round[0]++;
            return idles.stream().map(idle -> new ProbeAnswer(round[0] > 1 || idle.compareTo(Duration.ofSeconds(4)) < 0, idle)).toList();
        });
        assertThat(result.bracket().upper()).hasValue(Duration.ofSeconds(4));
        assertThat(result.bracket().lower()).isEqualTo(Duration.ofMillis(3600));
    }

    /**
     * A slowed harness (an injected delay: every probe idles 1.5 s longer than planned) against a site that ends
     * sessions after 4 s: answers counted at the planned idles would put the end at 3.6 s or below — a correct site
     * "expiring too early". Counted at the idles really had, the bracket still holds the real 4 s.
     */
    @Test
    public void aSlowedHarnessNeverPutsTheEndBelowTheRealTimeout() {
        Duration delay = Duration.ofMillis(1500);
        Duration timeout = Duration.ofSeconds(4);
        TimeoutSearch.Result result = TimeoutSearch.search(Duration.ZERO, Duration.ofSeconds(8), 4, Duration.ofMillis(500), 4,
                idles -> idles.stream().map(idle -> idle.plus(delay)).map(real -> new ProbeAnswer(real.compareTo(timeout) < 0, real)).toList());
        Bracket bracket = result.bracket();
        assertThat(bracket.lower()).isLessThan(timeout);
        assertThat(bracket.upper()).hasValueSatisfying(upper -> assertThat(upper).isGreaterThanOrEqualTo(timeout));
        assertThat(result.notes()).isEmpty();
    }

    @Test
    public void anAnswerAliveBeyondAnEndIsNotedAsInconsistent() {
        TimeoutSearch.Result result = TimeoutSearch.search(Duration.ZERO, Duration.ofSeconds(8), 2, Duration.ofMillis(500), 1,
                idles -> List.of(new ProbeAnswer(false, Duration.ofSeconds(4)), new ProbeAnswer(true, Duration.ofSeconds(8))));
        assertThat(result.notes()).singleElement().asString().contains("not consistent");
        assertThat(result.bracket().upper()).hasValue(Duration.ofSeconds(4));
    }

    @Test
    public void judgesAgainstTheDeclaredFigureWithTolerance() {
        Bracket measured = new Bracket(Duration.ofSeconds(1015), java.util.Optional.of(Duration.ofSeconds(1025)));
        assertThat(measured.agreesWith(Duration.ofMinutes(15), Duration.ofSeconds(30))).isFalse();
        assertThat(measured.agreesWith(Duration.ofMinutes(17), Duration.ofSeconds(30))).isTrue();
    }

    @Test
    public void spreadsProbesOverTheOpenLowerAndClosedUpperEnd() {
        assertThat(TimeoutSearch.spread(Duration.ofSeconds(2), Duration.ofSeconds(10), 4))
                .containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(6), Duration.ofSeconds(8), Duration.ofSeconds(10));
    }
}
