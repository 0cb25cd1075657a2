package io.sessionharness.scenarios.conditions;

import static io.sessionharness.assertions.SessionAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.testng.annotations.Test;

import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import io.qameta.allure.Story;

import io.sessionharness.browser.BrowserSetup;
import io.sessionharness.config.Durations;
import io.sessionharness.report.Checks;
import io.sessionharness.report.Requirement;
import io.sessionharness.scenario.Person;
import io.sessionharness.testng.ExpectedWait;
import io.sessionharness.testng.ScenarioTest;

/**
 * A client whose clock is hours wrong (libfaketime under the browser): the session must still follow the server's
 * policy — no instant expiry from a cookie the client thinks is in the past, no expiry decided by the client's time.
 */
@Epic("Session expiry")
@Feature("Browser and network conditions")
@Story("Client clock wrong")
public class ClockScenarios extends ScenarioTest {

    @ExpectedWait(idleTimeouts = 1.5)
    @Severity(SeverityLevel.NORMAL)
    @Checks(Requirement.RFC_6265_MAX_AGE)
    @Test(groups = "full", dataProvider = "skews", description = "With the browser's clock hours ahead or behind, the session lives"
            + " and ends as the server's policy says")
    public void aWrongClientClockChangesNothing(String label, Duration skew) {
        Person frank = cast().person("frank", BrowserSetup.PLAIN.withClockSkew(skew));
        Duration offset = frank.pageClockOffset();
        assertThat(offset.minus(skew).abs()).as("the page's clock is off by %s (asked for %s)", Durations.format(offset), label)
                .isLessThan(Duration.ofMinutes(1));
        assertThat(frank.signIn()).as("sign-in with the clock %s", label).isSignedInDespite("the browser's clock " + label);
        frank.stayIdle(policy().requireIdleTimeout().dividedBy(2));
        assertThat(frank.openProtectedPage()).as("half the idle timeout later, clock %s", label).isSignedIn();
        frank.stayIdle(policy().requireIdleTimeout().plus(policy().tolerance()));
        assertThat(frank.openProtectedPage()).as("past the idle timeout, clock %s", label).isExpired();
    }

    @org.testng.annotations.DataProvider(name = "skews", parallel = true)
    public Object[][] skews() {
        return new Object[][] {{"2 h ahead", Duration.ofHours(2)}, {"3 h behind", Duration.ofHours(-3)}};
    }
}
