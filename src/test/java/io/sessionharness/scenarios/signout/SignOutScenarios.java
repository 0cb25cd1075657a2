package io.sessionharness.scenarios.signout;

import static io.sessionharness.assertions.SessionAssertions.assertThat;

import org.testng.annotations.Test;

import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import io.qameta.allure.Story;

import io.sessionharness.report.Checks;
import io.sessionharness.report.Requirement;
import io.sessionharness.scenario.HeldSession;
import io.sessionharness.scenario.Person;
import io.sessionharness.testng.ScenarioTest;

/** Signing out ends the session on the server, not only in the browser. */
@Epic("Session expiry")
@Feature("Sign-in and sign-out")
@Story("Sign-out")
public class SignOutScenarios extends ScenarioTest {

    @Severity(SeverityLevel.CRITICAL)
    @Checks({Requirement.ASVS_3_3_1, Requirement.WSTG_SESS_06})
    @Test(groups = "smoke", description = "Sign-out invalidates the session server-side: Back shows no account page and the old cookie is rejected")
    public void signOutEndsTheSessionOnTheServer() {
        requireThat(policy().invalidatesOnSignOut(), "the target does not declare server-side invalidation on sign-out");
        Person alice = cast().person("alice");

        assertThat(alice.signIn()).isSignedIn();
        HeldSession cookies = alice.session().require();
        assertThat(alice.signOut()).isSignedOutPage();
        assertThat(alice.goBack()).isNotSignedIn();

        Person mallory = cast().person("mallory");
        mallory.session().plant(cookies);
        assertThat(mallory.openProtectedPage()).isNotSignedIn();
    }
}
