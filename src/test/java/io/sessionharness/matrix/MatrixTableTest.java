package io.sessionharness.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.testng.annotations.Test;

import io.sessionharness.matrix.DetectionMatrix.Outcome;
import io.sessionharness.referenceapp.Defect;
import io.sessionharness.report.Categories;

/** A defect counts as caught only when its scenario failed in the defect's own category. */
public class MatrixTableTest {

    private static final String IDLE = "timeouts.IdleTimeoutScenarios#idleSessionExpiresAndItsCookieIsRejected";
    private static final List<MatrixCase> CASES = List.of(new MatrixCase(Defect.IDLE_NOT_ENFORCED, "reference", List.of(IDLE), Categories.OUTLIVED));
    private static final Map<String, Map<String, Outcome>> CLEAN = Map.of("reference", Map.of(IDLE, Outcome.PASSED));

    @Test
    public void aFailureInTheDefectsCategoryIsCaught() {
        MatrixTable table = new MatrixTable(CASES, Map.of(Defect.IDLE_NOT_ENFORCED, Map.of(IDLE, Outcome.FAILED)), CLEAN);
        assertThat(table.proven()).isTrue();
        assertThat(table.markdown()).contains("| Outlived its timeout | IdleTimeoutScenarios#idleSessionExpiresAndItsCookieIsRejected |");
    }

    @Test
    public void aFailureForAnotherReasonIsNotCaught() {
        MatrixTable table = new MatrixTable(CASES, Map.of(Defect.IDLE_NOT_ENFORCED, Map.of(IDLE, Outcome.MISCAUGHT)), CLEAN);
        assertThat(table.proven()).isFalse();
        assertThat(table.caughtCount()).isZero();
        assertThat(table.problems()).startsWith("caught for another reason (expected 'Outlived its timeout'): idle-not-enforced");
        assertThat(table.render()).contains("idle-not-enforced              OTHER   other");
        assertThat(table.markdown()).contains("**failed for another reason**");
    }

    @Test
    public void everyScenarioListedMustCatchTheDefect() {
        String tabs = "people.TabsScenarios#idleInBothTabsExpiresBoth";
        List<MatrixCase> cases = List.of(new MatrixCase(Defect.IDLE_NOT_ENFORCED, "reference", List.of(IDLE, tabs), Categories.OUTLIVED));
        Map<String, Map<String, Outcome>> clean = Map.of("reference", Map.of(IDLE, Outcome.PASSED, tabs, Outcome.PASSED));
        MatrixTable table = new MatrixTable(cases, Map.of(Defect.IDLE_NOT_ENFORCED, Map.of(IDLE, Outcome.FAILED, tabs, Outcome.PASSED)), clean);
        assertThat(table.proven()).isFalse();
        assertThat(table.problems()).startsWith("missed (every scenario listed must catch it): idle-not-enforced");
    }

    @Test
    public void everySeededDefectHasItsCase() {
        assertThat(MatrixCase.all()).extracting(MatrixCase::defect).containsExactlyInAnyOrder(Defect.values());
    }

    @Test
    public void everyCaseNamesAMessageFragmentAndItsCategoryFilesIt() {
        for (MatrixCase matrixCase : MatrixCase.all()) {
            assertThat(matrixCase.fragment()).as("the message fragment of %s", matrixCase.defect().key()).isNotBlank();
        }
    }

    @Test
    public void onlyAnInconclusiveOrBrokenCatcherIsRunAgain() {
        assertThat(DetectionMatrix.undecided(CASES.get(0), Map.of(IDLE, Outcome.SKIPPED))).isTrue();
        assertThat(DetectionMatrix.undecided(CASES.get(0), Map.of(IDLE, Outcome.BROKEN))).isTrue();
        assertThat(DetectionMatrix.undecided(CASES.get(0), Map.of())).isTrue();
        assertThat(DetectionMatrix.undecided(CASES.get(0), Map.of(IDLE, Outcome.PASSED))).isFalse();
        assertThat(DetectionMatrix.undecided(CASES.get(0), Map.of(IDLE, Outcome.FAILED))).isFalse();
    }
}
