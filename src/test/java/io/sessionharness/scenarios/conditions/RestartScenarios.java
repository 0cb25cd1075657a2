package io.sessionharness.scenarios.conditions;

import static io.sessionharness.assertions.SessionAssertions.assertThat;

import org.testng.annotations.Test;

import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import io.qameta.allure.Story;

import io.sessionharness.report.Checks;
import io.sessionharness.report.Requirement;
import io.sessionharness.scenario.Person;
import io.sessionharness.site.Site;
import io.sessionharness.testng.ScenarioTest;

/**
 * The server restarts (a deployment, maintenance) while people are signed in. Each scenario restarts a private copy
 * of the embedded reference site, never the run's shared one.
 */
@Epic("Session expiry")
@Feature("Browser and network conditions")
@Story("Server restart")
public class RestartScenarios extends ScenarioTest {

    @Severity(SeverityLevel.NORMAL)
    @Checks(Requirement.OWASP_SESSION_EXPIRATION)
    @Test(groups = "full", description = "Sessions kept in memory: after a restart the person gets a clean sign-in page (no 500),"
            + " and can sign in again")
    public void inMemorySessionsEndCleanlyOnRestart() {
        requireThat(profile().embedded(), "restarts only the embedded reference site");
        Site site = cast().privateSite(false);
        Person alice = cast().personOn(site, "alice");
        assertThat(alice.signIn()).isSignedIn();
        cast().restarts(site);
        assertThat(alice.openProtectedPage()).as("after the restart (sessions were in memory)").isNotSignedIn();
        assertThat(alice.signIn()).as("signing in again after the restart").isSignedIn();
    }

    @Severity(SeverityLevel.NORMAL)
    @Checks(Requirement.OWASP_SESSION_EXPIRATION)
    @Test(groups = "full", description = "Sessions kept in a persistent store: a restart does not sign anybody out")
    public void persistedSessionsSurviveRestart() {
        requireThat(profile().embedded(), "restarts only the embedded reference site");
        Site site = cast().privateSite(true);
        Person alice = cast().personOn(site, "alice");
        assertThat(alice.signIn()).isSignedIn();
        cast().restarts(site);
        assertThat(alice.openProtectedPage()).as("after the restart (sessions in files)").isSignedIn();
    }
}
