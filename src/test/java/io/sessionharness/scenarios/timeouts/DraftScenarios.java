package io.sessionharness.scenarios.timeouts;

import static io.sessionharness.assertions.SessionAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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

/** Work typed into a long form while the session runs out: sent after expiry, it is neither "saved" nor lost. */
@Epic("Session expiry")
@Feature("Idle and absolute timeouts")
@Story("No lost work")
public class DraftScenarios extends ScenarioTest {

    @ExpectedWait(idleTimeouts = 1)
    @Severity(SeverityLevel.NORMAL)
    @Checks(Requirement.WCAG_2_2_5)
    @Test(groups = "full", description = "A long form filled while the session idles out: submitting it gives the expiry page with the"
            + " text shown back, and after signing in again the draft is restored")
    public void formFilledAcrossExpiryKeepsItsDraft() {
        requireOpenPagesMayIdleOut();
        requireThat(profile().features().form().isPresent(), "the target profile describes no form");
        String text = ("A long answer typed slowly, paragraph after paragraph, while the idle timeout ran out. ").repeat(8).strip();
        Person alice = cast().person("alice");
        assertThat(alice.signIn()).isSignedIn();
        alice.forms().type(text);
        alice.stayIdle(policy().requireIdleTimeout().plus(policy().tolerance()));

        assertThat(alice.forms().submit()).as("the form sent after the idle timeout").isExpired();
        assertThat(alice.forms().showsSaved()).as("the site must not claim the form was saved without a session").isFalse();
        assertTheTextIsShownBackAndRestored(alice, text);
    }
}
