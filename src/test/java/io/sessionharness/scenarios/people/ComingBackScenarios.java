package io.sessionharness.scenarios.people;

import static io.sessionharness.assertions.SessionAssertions.assertThat;

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
import io.sessionharness.scenario.Tab;
import io.sessionharness.testng.ExpectedWait;
import io.sessionharness.testng.ScenarioTest;

/** Closing the tab and coming back a little later in the same browser. */
@Epic("Session expiry")
@Feature("People, tabs and links")
@Story("Close the tab and come back")
public class ComingBackScenarios extends ScenarioTest {

    private static final Duration AT_MOST = Duration.ofMinutes(2);

    @ExpectedWait(idleTimeouts = 0.5)
    @Severity(SeverityLevel.NORMAL)
    @Checks(Requirement.WSTG_SESS_07)
    @Test(groups = "full", description = "Tab closed, back within the idle timeout: the session resumes, with no 'multiple sessions' error")
    public void closingTheTabAndComingBackSoonResumes() {
        Duration away = requireIdleTimeout().dividedBy(2);
        away = away.compareTo(AT_MOST) > 0 ? AT_MOST : away;
        Person alice = cast().person("alice");
        assertThat(alice.signIn()).isSignedIn();
        Tab siteTab = alice.tabs().current();
        alice.tabs().open();
        alice.tabs().close(siteTab);

        alice.stayIdle(away);
        assertThat(alice.openProtectedPage()).isSignedIn();
        assertThat(alice.signIn()).as("signing in again from the same browser").isSignedIn();
    }
}
