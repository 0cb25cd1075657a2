package io.sessionharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.testng.annotations.Test;

/** The exit code a CI job acts on, from the Allure results of a run. */
public class RunSummaryTest {

    @Test
    public void atLeastOnePassAndNothingWorseIsZero() throws IOException {
        assertThat(exitFor("passed", "skipped")).isEqualTo(RunSummary.PASSED);
    }

    @Test
    public void aFailureIsOneEvenBesideBrokenOnes() throws IOException {
        assertThat(exitFor("passed", "broken", "failed")).isEqualTo(RunSummary.TARGET_FAILURES);
    }

    @Test
    public void brokenWithoutFailuresIsFour() throws IOException {
        assertThat(exitFor("passed", "broken")).isEqualTo(RunSummary.INFRASTRUCTURE_FAILURES);
    }

    @Test
    public void everyScenarioSkippedOrNoneAtAllIsFiveNotGreen() throws IOException {
        assertThat(exitFor("skipped", "skipped")).isEqualTo(RunSummary.NOTHING_RAN);
        assertThat(exitFor()).isEqualTo(RunSummary.NOTHING_RAN);
    }

    @Test
    public void anObservedWeaknessIsCountedApartAndStaysZero() throws IOException {
        Path results = Files.createTempDirectory("run-summary");
        Files.writeString(results.resolve("0-result.json"), "{\"historyId\":\"h0\",\"name\":\"links\",\"status\":\"passed\",\"stop\":1,"
                + "\"statusDetails\":{\"message\":\"Observed weakness: one-time links are used up by opening them\"}}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(RunSummary.summarise(results, "report", new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(RunSummary.PASSED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 × passed: Observed weakness");
    }

    @Test
    public void aResultFileCutShortIsSixNotGreenAndNamedUnlessAFailureMakesItOne() throws IOException {
        Path results = Files.createTempDirectory("run-summary");
        Files.writeString(results.resolve("0-result.json"), "{\"historyId\":\"h0\",\"name\":\"a\",\"status\":\"passed\",\"stop\":1}");
        Files.writeString(results.resolve("1-result.json"), "{\"historyId\":\"h1\",\"name\":\"b\",\"status\":\"fai");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(RunSummary.summarise(results, "report", new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(RunSummary.HARNESS_FAILURE);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 result file(s) could not be read, so their verdicts are unknown: 1-result.json");
        Files.writeString(results.resolve("2-result.json"), "{\"historyId\":\"h2\",\"name\":\"c\",\"status\":\"failed\",\"stop\":2}");
        assertThat(RunSummary.summarise(results, "report", new PrintStream(new ByteArrayOutputStream()))).isEqualTo(RunSummary.TARGET_FAILURES);
    }

    @Test
    public void aRunOverSeveralTargetsOrBrowsersCountsEachAndExitsWithTheWorst() throws IOException {
        Path results = Files.createTempDirectory("run-summary");
        String[][] rows = {{"staging", "chromium-headless", "passed"}, {"staging", "webkit", "passed"}, {"staging", "webkit", "skipped"},
                {"preprod", "chromium-headless", "failed"}, {"preprod", "chromium-headless", "broken"}};
        for (int i = 0; i < rows.length; i++) {
            Files.writeString(results.resolve(i + "-result.json"), "{\"historyId\":\"h" + i + "\",\"name\":\"s" + i + "\",\"status\":\"" + rows[i][2]
                    + "\",\"stop\":1,\"parameters\":[{\"name\":\"browser\",\"value\":\"" + rows[i][1] + "\"},{\"name\":\"target\",\"value\":\""
                    + rows[i][0] + "\"}]}");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(RunSummary.summarise(results, "report", new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(RunSummary.TARGET_FAILURES);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsSubsequence(
                "  target on browser             passed  failed  broken  skipped",
                "  preprod on chromium-headless       0       1       1        0",
                "  staging on chromium-headless       1       0       0        0",
                "  staging on webkit                  1       0       0        1");
    }

    private static int exitFor(String... statuses) throws IOException {
        Path results = Files.createTempDirectory("run-summary");
        for (int i = 0; i < statuses.length; i++) {
            Files.writeString(results.resolve(i + "-result.json"), "{\"historyId\":\"h" + i + "\",\"name\":\"scenario " + i
                    + "\",\"status\":\"" + statuses[i] + "\",\"stop\":" + i + "}");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = RunSummary.summarise(results, "report", new PrintStream(out, true, StandardCharsets.UTF_8));
        if (code == RunSummary.NOTHING_RAN) {
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Nothing ran: every scenario was skipped");
        }
        return code;
    }
}
