package io.sessionharness.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.testng.annotations.Test;

import io.sessionharness.testsupport.Sources;

/** Several targets and browsers in one run: the lists, their combinations, and one configuration each. */
public class RunMatrixTest {

    @Test
    public void oneTargetAndOneBrowserIsARunAsEver() {
        ConfigSources sources = Sources.ofProject().build();
        RunMatrix matrix = RunMatrix.of(sources);
        assertThat(matrix.single()).isTrue();
        assertThat(matrix.configs(sources)).singleElement().satisfies(config -> {
            assertThat(config.target()).isEqualTo("reference");
            assertThat(config.describe().get("target")).as("where the value came from is kept").endsWith("[default]");
        });
    }

    @Test
    public void eachTargetTimesEachBrowserTargetsFirst() {
        ConfigSources sources = Sources.ofProject().property("target", " staging, preprod ").env("SEH_BROWSER", "chromium-headless,webkit").build();
        RunMatrix matrix = RunMatrix.of(sources);
        assertThat(matrix.targets()).containsExactly("staging", "preprod");
        assertThat(matrix.combinations()).containsExactly(
                Map.of("target", "staging", "browser", "chromium-headless"), Map.of("target", "staging", "browser", "webkit"),
                Map.of("target", "preprod", "browser", "chromium-headless"), Map.of("target", "preprod", "browser", "webkit"));
        assertThat(matrix.configs(sources)).extracting(c -> c.target() + "/" + c.browser())
                .containsExactly("staging/chromium-headless", "staging/webkit", "preprod/chromium-headless", "preprod/webkit");
        assertThat(RunMatrix.describe(matrix.combinations().get(1))).isEqualTo("staging on webkit");
        assertThat(matrix.browsersPer("staging")).isEqualTo(2);
        assertThat(matrix.browsersPer("prod")).isZero();
    }

    @Test
    public void theRunsOwnOptionsAreTheFirstCombinations() {
        ConfigSources sources = Sources.ofProject().property("target", "reference-sso,reference").property("slots", "3").build();
        HarnessConfig first = RunMatrix.firstOf(sources);
        assertThat(first.target()).isEqualTo("reference-sso");
        assertThat(first.slots()).isEqualTo(3);
    }

    @Test
    public void anEmptyNameIsBadInput() {
        assertThatThrownBy(() -> RunMatrix.of(Sources.ofProject().property("browser", "webkit,").build()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("browser = 'webkit,' (-Dbrowser): an empty name in the list; give names separated by commas, such as staging,preprod");
        assertThatThrownBy(() -> RunMatrix.of(Sources.ofProject().property("target", "staging,preprod,staging").build()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("target = 'staging,preprod,staging' (-Dtarget): 'staging' is listed twice; give each name once");
        assertThatThrownBy(() -> RunMatrix.of(Sources.ofProject().property("target", "a,,a").property("browser", "x,x").build()))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(e.getMessage().lines()).as("one line per problem").containsExactly(
                        "target = 'a,,a' (-Dtarget): 'a' is listed twice; give each name once",
                        "target = 'a,,a' (-Dtarget): an empty name in the list; give names separated by commas, such as staging,preprod",
                        "browser = 'x,x' (-Dbrowser): 'x' is listed twice; give each name once"));
        assertThat(new RunMatrix(List.of("a"), List.of("x")).single()).isTrue();
    }
}
