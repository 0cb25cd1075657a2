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
            + " account page the server serves again (declared otherwise: an observed weakness)")
    public void signOutEndsTheSessionOnTheServer() {
        boolean declaredWeak = !policy().invalidatesOnSignOut();
        Person alice = cast().person("alice");

        assertThat(alice.signIn()).isSignedIn();
        HeldSession cookies = alice.session().require();
        assertThat(alice.signOut()).isSignedOutPage();

        // The server first: the signed-out session replayed from a fresh browser.
        Person mallory = cast().person("mallory");
        mallory.session().plant(cookies);
        PageVisit replayed = mallory.openProtectedPage();
        if (declaredWeak && replayed.signedIn()) {
            Report.observedWeakness("sign-out leaves the session alive on the server, as the profile declares (policy.invalidatesOnSignOut:"
                    + " false): its cookies replayed from another browser still open the account — anyone who copied them keeps the"
                    + " session after sign-out (misses OWASP ASVS 3.3.1)");
            return;
        }
        if (declaredWeak) {
            Report.step("the site ended the session on sign-out although the profile declares policy.invalidatesOnSignOut: false —"
                    + " the declaration is weaker than the site: set it to true");
        }
        assertThat(replayed).as("the signed-out session replayed from another browser").isNotSignedIn();

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
