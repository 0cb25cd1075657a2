package io.sessionharness.scenarios.people;

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
import io.sessionharness.site.SessionPolicy.ConcurrentSessions;
import io.sessionharness.testng.ScenarioTest;

/** Ending the account's other sessions: "sign out everywhere" and a password change (ASVS 3.3.3, 7.4.3). */
@Epic("Session expiry")
@Feature("People, tabs and links")
@Story("Sign out everywhere / password change")
public class EverywhereScenarios extends ScenarioTest {

    @Severity(SeverityLevel.CRITICAL)
    @Checks(Requirement.ASVS_3_3_4)
    @Test(groups = "smoke", description = "Sign out everywhere on the laptop ends the phone's session too")
    public void signOutEverywhereEndsOtherDevices() {
        requireThat(profile().features().signOutEverywhere().isPresent(), "the target profile names no 'sign out everywhere' control");
        Person[] devices = twoSignedInDevices();
        assertThat(devices[0].signOutEverywhere()).isSignedOutPage();
        assertThat(devices[1].openProtectedPage()).isNotSignedIn();
    }

    @Severity(SeverityLevel.CRITICAL)
    @Checks(Requirement.ASVS_3_3_3)
    @Test(groups = "full", description = "A password change on the laptop ends the phone's session; the laptop stays signed in")
    public void passwordChangeEndsOtherDevices() {
        requireThat(profile().features().passwordChange().isPresent(), "the target profile names no password change form");
        requireThat(profile().accounts().generated(),
                "changing a listed account's password would lock out the next run; only generated accounts are changed");
        Person[] devices = twoSignedInDevices();
        assertThat(devices[0].changePassword()).isSignedIn();
        assertThat(devices[1].openProtectedPage()).isNotSignedIn();
        assertThat(devices[0].openProtectedPage()).isSignedIn();
    }

    private Person[] twoSignedInDevices() {
        requireThat(policy().concurrentSessions().orElse(ConcurrentSessions.ALLOW) == ConcurrentSessions.ALLOW,
                "the target allows one session per account, so there are no other devices to end");
        Person laptop = cast().person("alice");
        Person phone = cast().secondDevice(laptop, "alice-phone");
        assertThat(laptop.signIn()).isSignedIn();
        // The phone signs in while the laptop stays active: on a slow machine the laptop must not idle out meanwhile.
        assertThat(whileKeepingBusy(laptop, phone::signIn, new java.util.ArrayList<>())).isSignedIn();
        assertThat(laptop.openProtectedPage()).as("the laptop is still signed in before it acts").isSignedIn();
        return new Person[] {laptop, phone};
    }
}
