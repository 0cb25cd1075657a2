package io.sessionharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.testng.annotations.Test;

/** Every scenario's verdict per target, side by side, with the category of each failure. */
public class VerdictTableTest {

    @Test
    public void eachTargetIsAColumnAndEachFailureNamesItsCategory() throws IOException {
        Path home = Files.createTempDirectory("verdict-table");
        result(home.resolve("a"), "1", "IdleTimeoutScenarios.idleSessionExpires", "passed", "");
        result(home.resolve("a"), "2", "CookiesScenarios.cookiesOff", "skipped", "no marker");
        result(home.resolve("b"), "3", "IdleTimeoutScenarios.idleSessionExpires", "failed", "The session outlived its idle timeout: declared 8 s");
        result(home.resolve("b"), "4", "SignOutScenarios.signOut", "broken", "Profile or site? alice: the page at /x matches the markers of expired");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = VerdictTable.run(new String[] {"site-a=" + home.resolve("a"), "site-b=" + home.resolve("b"), "--out", home.resolve("t.md").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("| scenario | site-a | site-b |\n|---|---|---|\n"
                + "| CookiesScenarios.cookiesOff | skipped | · |\n"
                + "| IdleTimeoutScenarios.idleSessionExpires | passed | failed (Outlived its timeout) |\n"
                + "| SignOutScenarios.signOut | · | broken (Profile or site?) |\n");
        assertThat(home.resolve("t.md")).hasContent(out.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    public void aMissingFolderIsOneLineAndExitTwo() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(VerdictTable.run(new String[] {"x=/nowhere/results"}, System.out, new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("error: /nowhere/results: no such folder of Allure results\n");
    }

    private static void result(Path dir, String id, String scenario, String status, String message) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(id + "-result.json"), "{\"fullName\":\"io.sessionharness.scenarios.x." + scenario
                + "\",\"status\":\"" + status + "\",\"stop\":1,\"statusDetails\":{\"message\":\"" + message + "\"}}");
    }
}
