package io.sessionharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.testng.annotations.Test;

public class VerdictsAgreeTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return VerdictsAgree.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Path results(String... scenarioStatusMessage) throws Exception {
        Path dir = Files.createTempDirectory("verdicts");
        for (int i = 0; i < scenarioStatusMessage.length; i += 3) {
            Files.writeString(dir.resolve(i + "-result.json"), "{\"fullName\":\"io.sessionharness.scenarios.x." + scenarioStatusMessage[i]
                    + "\",\"status\":\"" + scenarioStatusMessage[i + 1] + "\",\"stop\":" + i + ",\"statusDetails\":{\"message\":\"" + scenarioStatusMessage[i + 2] + "\"}}");
        }
        return dir;
    }

    @Test
    public void theSameVerdictsOnTheScenariosBothRanAgree() throws Exception {
        Path single = results("A.one", "passed", "", "A.two", "skipped", "no idle timeout declared", "A.only", "failed", "outlived");
        Path multi = results("A.one", "passed", "", "A.two", "skipped", "another reason");
        assertThat(run("single=" + single, "multi=" + multi)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("single and multi: the same verdicts on all 2 scenarios both ran");
    }

    @Test
    public void aDifferentStatusOrCategoryIsADifference() throws Exception {
        Path single = results("A.one", "passed", "", "A.two", "failed", "The session outlived its declared limit");
        Path multi = results("A.one", "broken", "could not reach the target", "A.two", "failed", "The session ended too early — expected it still alive");
        assertThat(run("single=" + single, "multi=" + multi)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("differs: "))).hasSize(2)
                .anyMatch(line -> line.startsWith("differs: A.two: single failed (Outlived") && line.contains("multi failed (Expired too early"));
    }

    @Test
    public void aScenarioTheFirstNeverRanIsADifference() throws Exception {
        assertThat(run("single=" + results("A.one", "passed", ""), "multi=" + results("A.one", "passed", "", "A.new", "passed", ""))).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("differs: A.new: multi passed, not run in single");
    }

    @Test
    public void nothingInCommonOrNoFolderIsNoAgreement() throws Exception {
        assertThat(run("a=" + results("A.one", "passed", ""), "b=" + results("B.two", "passed", ""))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("share no scenario");
        assertThat(run("a=/no/such/folder", "b")).isEqualTo(2);
    }
}
