package io.sessionharness.testng;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Optional;

import org.testng.annotations.Test;

import io.sessionharness.site.SessionPolicy;

public class ExpectedDurationTest {

    @ExpectedWait(idleTimeouts = 1.5)
    void idleAndAHalf() {
    }

    @ExpectedWait(absoluteLifetimes = 1)
    void absolute() {
    }

    void noWait() {
    }

    private static Method method(String name) throws NoSuchMethodException {
        return ExpectedDurationTest.class.getDeclaredMethod(name);
    }

    @Test
    public void theWaitComesFromTheDeclaredPolicyPlusItsTolerance() throws Exception {
        SessionPolicy policy = SessionPolicy.of(Optional.of(Duration.ofMinutes(30)), Optional.of(Duration.ofHours(8)), Duration.ofSeconds(5));
        assertThat(ExpectedDuration.waitOf(method("idleAndAHalf"), policy)).isEqualTo(Duration.ofMinutes(45).plusSeconds(5));
        assertThat(ExpectedDuration.waitOf(method("absolute"), policy)).isEqualTo(Duration.ofHours(8).plusSeconds(5));
        assertThat(ExpectedDuration.waitOf(method("noWait"), policy)).isZero();
    }

    @Test
    public void aScenarioBeyondTheCeilingIsLeftToTheLongSuite() {
        Optional<String> reason = ExpectedDuration.beyond(Optional.of(Duration.ofHours(2)), Duration.ofHours(8).plusSeconds(5));
        assertThat(reason).hasValueSatisfying(r -> assertThat(r).contains("8:00:05").contains("-Dmax.scenario=2:00:00")
                .contains("-Dsuite=long"));
        assertThat(ExpectedDuration.beyond(Optional.of(Duration.ofHours(2)), Duration.ofMinutes(45))).isEmpty();
        assertThat(ExpectedDuration.beyond(Optional.empty(), Duration.ofHours(12))).isEmpty();
    }

    @Test
    public void theMeasurementsStateTheirWaitsSoTheEstimateKnowsThemAndTheCeilingSkipsNoneOfThem() throws Exception {
        SessionPolicy policy = SessionPolicy.of(Optional.of(Duration.ofSeconds(60)), Optional.of(Duration.ofMinutes(4)), Duration.ofSeconds(5));
        Class<?> measure = io.sessionharness.measurement.MeasureScenarios.class;
        assertThat(ExpectedDuration.waitOf(measure.getMethod("measureIdleTimeout"), policy)).as("the ladder and a search round")
                .isEqualTo(Duration.ofSeconds(125));
        assertThat(ExpectedDuration.waitOf(measure.getMethod("measureAbsoluteLifetime"), policy)).as("the kept-busy session")
                .isEqualTo(Duration.ofSeconds(245));
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("suites/measure.xml")))
                .as("a measurement asked for is never left to the long suite")
                .contains("<parameter name=\"" + HarnessSuiteListener.NO_CEILING + "\" value=\"true\"/>");
    }
}
