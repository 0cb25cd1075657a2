package io.sessionharness.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.testng.annotations.Test;

import io.sessionharness.matrix.DetectionMatrix.Outcome;
import io.sessionharness.matrix.DetectionMatrix.Run;

public class IsolationCheckTest {

    private final List<MatrixCase> cases = List.of(
            new MatrixCase(IsolationCheck.DEFECTS.get(0), "a", List.of("X#caught"), "Security"),
            new MatrixCase(IsolationCheck.DEFECTS.get(1), "b", List.of("Y#caught"), "Security"));
    private final List<Run> runs = List.of(
            new Run("on a", "a", Set.of(IsolationCheck.DEFECTS.get(0)), List.of("X#caught", "Y#caught"), Optional.of("Security"), ""),
            new Run("on b", "b", Set.of(IsolationCheck.DEFECTS.get(1)), List.of("X#caught", "Y#caught"), Optional.of("Security"), ""));

    @Test
    public void eachDefectCaughtOnItsOwnSiteOnlyIsIsolation() {
        assertThat(IsolationCheck.problems(cases, runs, Map.of(
                "on a", Map.of("X#caught", Outcome.FAILED, "Y#caught", Outcome.PASSED),
                "on b", Map.of("X#caught", Outcome.PASSED, "Y#caught", Outcome.FAILED)))).isEmpty();
    }

    @Test
    public void onlyABrokenOrSkippedRunWithNothingDecidedAgainstIsRunAgain() {
        assertThat(IsolationCheck.undecided(cases, runs, Map.of(
                "on a", Map.of("X#caught", Outcome.FAILED, "Y#caught", Outcome.BROKEN),
                "on b", Map.of("X#caught", Outcome.PASSED, "Y#caught", Outcome.FAILED)))).isTrue();
        assertThat(IsolationCheck.undecided(cases, runs, Map.of(
                "on a", Map.of("X#caught", Outcome.FAILED, "Y#caught", Outcome.BROKEN),
                "on b", Map.of("X#caught", Outcome.FAILED, "Y#caught", Outcome.FAILED)))).as("a defect on the wrong site: decided").isFalse();
    }

    @Test
    public void aDefectSeenOnTheOtherSiteOrMissedOnItsOwnIsNamed() {
        assertThat(IsolationCheck.problems(cases, runs, Map.of(
                "on a", Map.of("X#caught", Outcome.FAILED, "Y#caught", Outcome.MISCAUGHT),
                "on b", Map.of("X#caught", Outcome.PASSED)))).containsExactly(
                        "a (" + IsolationCheck.DEFECTS.get(0).key() + " on): Y#caught MISCAUGHT, expected to pass: the defect is the other site's",
                        "b (" + IsolationCheck.DEFECTS.get(1).key() + " on): Y#caught did not run, expected to catch its own site's defect");
    }
}
