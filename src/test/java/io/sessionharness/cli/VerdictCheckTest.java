package io.sessionharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** The comparison of a third-party run with its expected-verdict table: it must be able to say "differs". */
public class VerdictCheckTest {

    private static final String TABLE = """
            # x
            ## Plain HTTP probe
            | fact | value | why |
            |---|---|---|
            | protected-page-no-store | no | Cache-Control: private |

            ## Smoke suite
            | scenario | verdict | why |
            |---|---|---|
            | IdleTimeoutScenarios.shortIdleKeepsTheSession | passed | probe |
            | CacheScenarios.afterSignOutNoCachedAccountPage | failed: must not be stored | finding |
            """;

    private Path home;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeMethod
    public void fixture() throws IOException {
        home = Files.createTempDirectory("verdicts");
        Files.createDirectories(home.resolve("results"));
        Files.writeString(home.resolve("expected.md"), TABLE);
        Files.writeString(home.resolve("probe.txt"), "protected-page-no-store: no\n");
        out.reset();
        err.reset();
    }

    @Test
    public void aRunAsExpectedAgrees() throws IOException {
        result("a", "IdleTimeoutScenarios.shortIdleKeepsTheSession", "passed", "");
        result("b", "CacheScenarios.afterSignOutNoCachedAccountPage", "failed", "Cache-Control (authenticated content must not be stored)");
        assertThat(check()).isEqualTo(VerdictCheck.AGREES);
        assertThat(out.toString()).contains("verdicts agree", "2 scenarios", "1 probe facts");
    }

    @Test
    public void aFailureForAnotherReasonAnUnlistedScenarioAndAProbeChangeAllDiffer() throws IOException {
        result("a", "IdleTimeoutScenarios.shortIdleKeepsTheSession", "broken", "chromedriver went away");
        result("b", "CacheScenarios.afterSignOutNoCachedAccountPage", "failed", "The session ended too early");
        result("c", "TabsScenarios.signOutInOneTabEndsTheOther", "passed", "");
        Files.writeString(home.resolve("probe.txt"), "protected-page-no-store: yes\n");
        assertThat(check()).isEqualTo(VerdictCheck.DIFFERS);
        assertThat(err.toString()).contains(
                "differs: probe fact 'protected-page-no-store' expected no, the probe saw yes",
                "differs: IdleTimeoutScenarios.shortIdleKeepsTheSession: expected passed, was broken (chromedriver went away)",
                "differs: CacheScenarios.afterSignOutNoCachedAccountPage: expected failed: must not be stored, was failed for another reason",
                "differs: TabsScenarios.signOutInOneTabEndsTheOther: passed, but the table has no row for it",
                "4 difference(s)");
    }

    @Test
    public void aScenarioTheRunDidNotReportDiffers() throws IOException {
        result("a", "IdleTimeoutScenarios.shortIdleKeepsTheSession", "passed", "");
        assertThat(check()).isEqualTo(VerdictCheck.DIFFERS);
        assertThat(err.toString()).contains("CacheScenarios.afterSignOutNoCachedAccountPage: expected failed: must not be stored, but the run did not report it");
    }

    @Test
    public void aDraftMaySkipOnlyForTheTimeoutsItLeavesToAHuman() throws IOException {
        result("a", "IdleTimeoutScenarios.shortIdleKeepsTheSession", "skipped", "the target declares no idle timeout");
        result("b", "CacheScenarios.afterSignOutNoCachedAccountPage", "failed", "Cache-Control (authenticated content must not be stored)");
        assertThat(check()).as("without --draft a skip is a difference").isEqualTo(VerdictCheck.DIFFERS);
        out.reset();
        err.reset();
        assertThat(check("--draft")).isEqualTo(VerdictCheck.AGREES);
        assertThat(out.toString()).contains("human  IdleTimeoutScenarios.shortIdleKeepsTheSession: skipped (the target declares no idle timeout)");
        result("b", "CacheScenarios.afterSignOutNoCachedAccountPage", "skipped", "the target profile describes no form");
        assertThat(check("--draft")).as("a skip for another reason is the draft's mistake").isEqualTo(VerdictCheck.DIFFERS);
    }

    @Test
    public void withATargetOnlyThatTargetsResultsCountInARunOverSeveral() throws IOException {
        result("a", "IdleTimeoutScenarios.shortIdleKeepsTheSession", "passed", "", "tomcat-examples");
        result("b", "CacheScenarios.afterSignOutNoCachedAccountPage", "failed", "Cache-Control (authenticated content must not be stored)", "tomcat-examples");
        result("c", "IdleTimeoutScenarios.shortIdleKeepsTheSession", "failed", "The session ended too early", "django-admin");
        assertThat(check()).as("all targets' results mixed: django's failure counts").isEqualTo(VerdictCheck.DIFFERS);
        err.reset();
        assertThat(check("--target", "tomcat-examples")).isEqualTo(VerdictCheck.AGREES);
        assertThat(check("--target", "node-red")).as("no result of that target: nothing reported").isEqualTo(VerdictCheck.DIFFERS);
    }

    @Test
    public void aTableWithAnUnknownVerdictIsBadInputNamingTheLine() throws IOException {
        Files.writeString(home.resolve("expected.md"), TABLE.replace("| passed | probe |", "| green | probe |"));
        assertThat(check()).isEqualTo(VerdictCheck.BAD_INPUT);
        assertThat(err.toString()).contains("expected.md:10: verdict 'green' is none of passed, failed, broken, skipped");
    }

    private int check(String... more) throws IOException {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--expected", home.resolve("expected.md").toString(),
                "--results", home.resolve("results").toString(), "--probe", home.resolve("probe.txt").toString()));
        args.addAll(java.util.List.of(more));
        return VerdictCheck.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private void result(String id, String scenario, String status, String message) throws IOException {
        result(id, scenario, status, message, "reference");
    }

    private void result(String id, String scenario, String status, String message, String target) throws IOException {
        Files.writeString(home.resolve("results").resolve(id + "-result.json"), "{\"fullName\":\"io.sessionharness.scenarios.x." + scenario
                + "\",\"status\":\"" + status + "\",\"stop\":" + (int) id.charAt(0) + ",\"statusDetails\":{\"message\":\"" + message
                + "\"},\"parameters\":[{\"name\":\"target\",\"value\":\"" + target + "\"}]}");
    }
}
