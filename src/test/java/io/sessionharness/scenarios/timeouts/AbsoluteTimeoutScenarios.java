package io.sessionharness.scenarios.timeouts;

import static io.sessionharness.assertions.SessionAssertions.assertThat;
import static io.sessionharness.assertions.SessionAssertions.assertThatSession;

import java.time.Duration;

import org.testng.annotations.Test;

import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import io.qameta.allure.Story;

import io.sessionharness.report.Checks;
import io.sessionharness.report.Requirement;
import io.sessionharness.scenario.Person;
import io.sessionharness.testng.ExpectedWait;
import io.sessionharness.testng.ScenarioTest;

/** The absolute lifetime: a session ends on time however busy its owner is. */
@Epic("Session expiry")
@Feature("Timeouts")
@Story("Absolute timeout")
public class AbsoluteTimeoutScenarios extends ScenarioTest {

    @ExpectedWait(absoluteLifetimes = 1)
    @Severity(SeverityLevel.CRITICAL)
    @Checks({Requirement.ASVS_3_3_2, Requirement.NIST_800_63B_REAUTHENTICATION})
    @Test(groups = "full", description = "Continuous activity, yet the session ends once the absolute lifetime is reached")
    public void activeSessionStillEndsAtItsAbsoluteLifetime() {
        Duration absolute = requireAbsoluteTimeout();
        Duration every = probeInterval();
        Person alice = cast().person("alice");

        assertThat(alice.signIn()).isSignedIn();
        var probes = alice.keepWorking(every, absolute.plus(policy().tolerance()).plus(every));
        assertThatSession(probes).endedAt(absolute, "absolute timeout");
    }

    /** Often enough to bracket the end within the tolerance, and always well inside the idle timeout. */
    private Duration probeInterval() {
        Duration half = policy().tolerance().dividedBy(2);
        Duration idleHalf = policy().idleTimeout().map(idle -> idle.dividedBy(2)).orElse(half);
        Duration every = half.compareTo(idleHalf) < 0 ? half : idleHalf;
        return every.isZero() ? Duration.ofMillis(250) : every;
    }
}
