package io.sessionharness.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.testng.annotations.Test;

import io.sessionharness.browser.BrowserResolver;
import io.sessionharness.config.ConfigException;
import io.sessionharness.config.HarnessConfig;
import io.sessionharness.site.TargetProfiles;
import io.sessionharness.testsupport.Sources;
import io.sessionharness.testsupport.TempHome;

/** The preflight's findings reach the rest of the same run, and only that run with the same options. */
public class PreparedRunTest {

    private static final PreparedRun FOUND = new PreparedRun(Path.of("/opt/found/chromium"), Path.of("/opt/found/chromedriver"), "system", 0,
            Optional.empty());

    /** A resolver that finds nothing on the PATH and downloads nothing. */
    private static final BrowserResolver FINDS_NOTHING = new BrowserResolver(List.of(), (profile, binary, failure) -> Optional.empty());

    private static RunPlan planOf(HarnessConfig config) {
        return new RunPlan(config, config.home().resolve("suites/full.xml"), FOUND.browser(
                new io.sessionharness.browser.BrowserProfiles(io.sessionharness.testsupport.ProjectHome.path()).load("chromium-headless"), Optional.empty()),
                null);
    }

    @Test
    public void theSameRunWithTheSameOptionsTakesWhatThePreflightFound() {
        try (TempHome home = new TempHome()) {
            HarnessConfig config = HarnessConfig.resolve(Sources.of(home.path()).property("browser", "chromium-headless").build());
            PreparedRun.write(planOf(config), "run 1");

            assertThat(PreparedRun.read(config, Stream.of("pid 9", "run 1"))).contains(FOUND);
            assertThat(Files.readString(PreparedRun.fileOf(config))).doesNotContain("password").contains("run=run 1");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void anotherRunOrOtherOptionsPrepareAgain() {
        try (TempHome home = new TempHome()) {
            HarnessConfig config = HarnessConfig.resolve(Sources.of(home.path()).property("browser", "chromium-headless").build());
            PreparedRun.write(planOf(config), "run 1");

            assertThat(PreparedRun.read(config, Stream.of("run 2"))).as("an earlier run's findings").isEmpty();
            HarnessConfig other = HarnessConfig.resolve(Sources.of(home.path()).property("browser", "chromium-headless").property("browser.binary", "/usr/bin/other").build());
            assertThat(PreparedRun.read(other, Stream.of("run 1"))).as("the same run with other options").isEmpty();
        }
    }

    @Test
    public void noFileNoHandOver() {
        try (TempHome home = new TempHome()) {
            HarnessConfig config = HarnessConfig.resolve(Sources.of(home.path()).build());
            assertThat(PreparedRun.read(config, Stream.of("run 1"))).isEmpty();
        }
    }

    @Test
    public void aHandedOnPlanNeitherResolvesTheBrowserNorProbesAgain() {
        HarnessConfig config = HarnessConfig.resolve(Sources.ofProject().property("browser", "chromium-headless")
                .property("browser.binary", "/nonexistent/chromium").build());
        TargetProbe mustNotProbe = new TargetProbe(Duration.ofSeconds(1)) {
            @Override
            public void check(io.sessionharness.site.TargetProfile target) {
                throw new AssertionError("probed again");
            }
        };
        TargetProfiles targets = TargetProfiles.ofProcess(config.home());

        assertThatThrownBy(() -> RunPlan.prepare(config, FINDS_NOTHING, targets, mustNotProbe, new GridProbe(Duration.ofSeconds(1)), Optional.empty()))
                .as("without the preflight's findings the browser is resolved here").isInstanceOf(ConfigException.class)
                .hasMessageContaining("/nonexistent/chromium");
        RunPlan plan = RunPlan.prepare(config, FINDS_NOTHING, targets, mustNotProbe, new GridProbe(Duration.ofSeconds(1)), Optional.of(FOUND));
        assertThat(plan.browser().binary()).isEqualTo(FOUND.binary());
        assertThat(plan.browser().driver()).isEqualTo(FOUND.driver());
        assertThat(plan.browser().driverSource()).isEqualTo("system");
    }
}
