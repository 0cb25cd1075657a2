package io.sessionharness.scenarios.signout;

import static io.sessionharness.assertions.SessionAssertions.assertThat;

import org.testng.annotations.Test;

import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import io.qameta.allure.Story;

import io.sessionharness.report.Checks;
import io.sessionharness.report.Report;
import io.sessionharness.report.Requirement;
import io.sessionharness.scenario.HeldSession;
import io.sessionharness.scenario.PageVisit;
import io.sessionharness.scenario.Person;
import io.sessionharness.testng.ScenarioTest;

/** Signing out ends the session on the server, not only in the browser. */
@Epic("Session expiry")
@Feature("Sign-in and sign-out")
@Story("Sign-out")
public class SignOutScenarios extends ScenarioTest {

    @Severity(SeverityLevel.CRITICAL)
    @Checks({Requirement.ASVS_3_3_1, Requirement.WSTG_SESS_06})
    @Test(groups = "smoke", description = "Sign-out invalidates the session server-side: the old cookie is rejected, and Back shows no"
            + " account page the server serves again")
    public void signOutEndsTheSessionOnTheServer() {
        requireThat(policy().invalidatesOnSignOut(), "the target does not declare server-side invalidation on sign-out");
        Person alice = cast().person("alice");

        assertThat(alice.signIn()).isSignedIn();
        HeldSession cookies = alice.session().require();
        assertThat(alice.signOut()).isSignedOutPage();

        // The server first: the signed-out session replayed from a fresh browser.
        Person mallory = cast().person("mallory");
        mallory.session().plant(cookies);
        assertThat(mallory.openProtectedPage()).as("the signed-out session replayed from another browser").isNotSignedIn();

        // Then Back: a signed-in page the server did not serve again is the browser's cache — one finding, the cache
        // scenario's, not a second failure of this claim, which the replay has just settled.
        PageVisit back = alice.goBack();
        if (back.signedIn() && back.mayBeFromBrowserCache()) {
            Report.step("Back showed the signed-in page without the server serving it again (the server ended the session: the replay"
                    + " was refused) — the browser kept it; that is CacheScenarios.afterSignOutNoCachedAccountPage's finding");
        } else {
            assertThat(back).isNotSignedIn();
        }
    }
}
