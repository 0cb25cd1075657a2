package io.sessionharness.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.testng.annotations.Test;

import io.sessionharness.testsupport.Sources;

public class HarnessConfigTest {

    @Test
    public void defaultsApplyWhenNothingIsSet() {
        HarnessConfig config = HarnessConfig.resolve(Sources.ofProject().build());
        assertThat(config.browser()).isEqualTo("chromium-headless");
        assertThat(config.target()).isEqualTo("reference");
        assertThat(config.suite()).isEqualTo("smoke");
        assertThat(config.threads()).isEqualTo(HarnessConfig.AUTO);
        assertThat(config.slots()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(config.maxScenario()).contains(Duration.ofHours(2));
        assertThat(config.waitTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.driverPath()).isEmpty();
        assertThat(config.origins().get(ConfigKey.BROWSER).origin()).isEqualTo("default");
    }

    @Test
    public void aSuitesOwnOptionsCountAsGivenWithDashD() {
        ConfigSources run = Sources.ofProject().env("SEH_BROWSER", "from-env").property("target", "reference").property("threads", "3").build();
        HarnessConfig suite = HarnessConfig.resolve(run.withProperties(java.util.Map.of("target", "reference-sso", "browser", "from-suite",
                "reference.defects", "expired-500")));
        assertThat(suite.target()).isEqualTo("reference-sso");
        assertThat(suite.referenceDefects()).containsExactly("expired-500");
        assertThat(suite.threads()).as("the run's own -D options stay").isEqualTo(3);
        assertThat(suite.browser()).as("the suite's own option counts as -D, which beats the environment").isEqualTo("from-suite");
        assertThat(HarnessConfig.resolve(run).target()).as("the run's sources are left as they were").isEqualTo("reference");
    }

    @Test
    public void commandLineBeatsEnvironmentBeatsLocalFileBeatsDefault() {
        HarnessConfig config = HarnessConfig.resolve(Sources.ofProject()
                .env("SEH_BROWSER", "from-env").property("browser", "from-property").localFile("browser", "from-file")
                .env("SEH_TARGET", "from-env").localFile("target", "from-file")
                .localFile("threads", "7")
                .build());
        assertThat(config.browser()).as("a stale SEH_BROWSER never overrides the command line").isEqualTo("from-property");
        assertThat(config.target()).isEqualTo("from-env");
        assertThat(config.threads()).isEqualTo(7);
        assertThat(config.describe().get("browser")).contains("[-Dbrowser]");
        assertThat(config.describe().get("target")).contains("[env SEH_TARGET]");
        assertThat(ConfigSources.ORDER).startsWith("-Dname=value, then the SEH_ environment variable");
    }

    @Test
    public void anUnknownOptionCloseToAKnownOneIsNamedWithTheKnownOne() {
        ConfigSources sources = Sources.ofProject().property("traget", "staging").property("maxScenario", "1h")
                .property("explore.users", "qa1").property("skipUnitTests", "true").property("java.home", "/usr")
                .env("SEH_BROWSERS", "webkit").env("SEH_EXPLORE_PASSWORD_2", "x").env("SEH_HOME", "/tmp").env("SEH_RUN_ID", "1")
                .build();
        assertThat(sources.nearMisses()).containsExactly(
                "-Dexplore.users is no option of the harness and is ignored; did you mean -Dexplore.user?",
                "-DmaxScenario is no option of the harness and is ignored; did you mean -Dmax.scenario?",
                "-Dtraget is no option of the harness and is ignored; did you mean -Dtarget?",
                "SEH_BROWSERS is no variable of the harness and is ignored; did you mean SEH_BROWSER?");
    }

    @Test
    public void theJvmsAndMavensOwnPropertiesAreNoNearMisses() {
        java.util.Properties system = new java.util.Properties();
        system.putAll(System.getProperties());
        java.util.List.of("skipUnitTests", "skipSelfTest", "skipReport", "scenarios.failureIgnore", "report.singleFile", "groups",
                "excludedGroups", "test", "harness.home", "maven.home", "exec.args", "surefire.failIfNoSpecifiedTests")
                .forEach(name -> system.setProperty(name, "x"));
        assertThat(new ConfigSources(System.getenv(), system, new java.util.Properties()).nearMisses()).isEmpty();
    }

    @Test
    public void theSuiteComesOnlyFromMavenBecauseMavenHandsItsFileToTestNg() {
        HarnessConfig config = HarnessConfig.resolve(Sources.ofProject().env("SEH_SUITE", "full").localFile("suite", "full").build());
        assertThat(config.suite()).isEqualTo("smoke");
        assertThat(HarnessConfig.resolve(Sources.ofProject().property("suite", "full").build()).suite()).isEqualTo("full");
    }

    @Test
    public void blankValuesFallThroughSoEmptyMavenPropertiesMeanUnset() {
        HarnessConfig config = HarnessConfig.resolve(Sources.ofProject().env("SEH_BROWSER", " ").property("browser", "").build());
        assertThat(config.browser()).isEqualTo("chromium-headless");
    }

    @Test
    public void badValuesAreOneLineErrorsNamingTheOption() {
        assertThatThrownBy(() -> HarnessConfig.resolve(Sources.ofProject().property("threads", "lots").build()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("threads = 'lots' (-Dthreads): expected a whole number from 1 to 64 or auto");
        assertThatThrownBy(() -> HarnessConfig.resolve(Sources.ofProject().env("SEH_WAIT_TIMEOUT", "soon").build()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("wait.timeout (env SEH_WAIT_TIMEOUT): 'soon' is not a duration");
        assertThatThrownBy(() -> HarnessConfig.resolve(Sources.ofProject().property("browser", "../etc/passwd").build()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("expected a profile or suite name");
    }

    @Test
    public void pathsAreResolvedAgainstTheHarnessHome() {
        HarnessConfig config = HarnessConfig.resolve(Sources.ofProject().property("driver.path", "bin/chromedriver").build());
        assertThat(config.driverPath()).hasValue(config.home().resolve("bin/chromedriver"));
    }

    @Test
    public void autoThreadsLetSixteenScenariosWaitAtOnceUnlessMemoryTheBrowsersOrTheAccountsSayLess() {
        HarnessConfig auto = HarnessConfig.resolve(Sources.ofProject().property("slots", "2").build());
        long gib = 1L << 30;
        assertThat(auto.scenariosAtOnce(0, 24 * gib, 0)).isEqualTo(16);
        assertThat(auto.scenariosAtOnce(0, gib, 0)).as("1 GiB free holds 4 scenarios' browsers").isEqualTo(4);
        assertThat(auto.scenariosAtOnce(0, 0, 0)).as("never fewer than the slots").isEqualTo(2);
        assertThat(auto.scenariosAtOnce(4, 24 * gib, 0)).as("a Grid").isEqualTo(2);
        assertThat(auto.scenariosAtOnce(1, 24 * gib, 0)).as("one session at a time").isEqualTo(1);
        assertThat(auto.scenariosAtOnce(0, 24 * gib, 3)).as("three listed accounts").isEqualTo(2);
        assertThat(auto.scenariosAtOnce(0, 24 * gib, 1)).as("one listed account").isEqualTo(1);
        HarnessConfig explicit = HarnessConfig.resolve(Sources.ofProject().property("threads", "3").build());
        assertThat(explicit.scenariosAtOnce(0, 24 * gib, 2)).isEqualTo(3);
        assertThat(explicit.concurrency()).startsWith("3 scenario(s) at once, ");
    }

    @Test
    public void theScenarioCeilingIsADurationOrNone() {
        assertThat(HarnessConfig.resolve(Sources.ofProject().property("max.scenario", "none").build()).maxScenario()).isEmpty();
        assertThat(HarnessConfig.resolve(Sources.ofProject().property("max.scenario", "90m").build()).maxScenario()).contains(Duration.ofMinutes(90));
        assertThatThrownBy(() -> HarnessConfig.resolve(Sources.ofProject().property("max.scenario", "soon").build()))
                .hasMessageStartingWith("max.scenario (-Dmax.scenario): 'soon' is not a duration").hasMessageEndingWith(", or none for no ceiling");
        assertThatThrownBy(() -> HarnessConfig.resolve(Sources.ofProject().property("slots", "0").build()))
                .hasMessage("slots = '0' (-Dslots): expected a whole number from 1 to 64 or auto");
    }
}
