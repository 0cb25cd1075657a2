package io.sessionharness.scenarios.people;

import static io.sessionharness.assertions.SessionAssertions.assertThat;

import org.testng.annotations.Test;

import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import io.sessionharness.report.Report;
import io.sessionharness.scenario.PageVisit;
import io.sessionharness.scenario.Person;
import io.sessionharness.testng.ScenarioTest;

/** One computer, two people: sign-out is what protects the first from the second. */
@Epic("Session expiry")
@Feature("People, tabs and links")
@Story("Shared computer")
public class SharedComputerScenarios extends ScenarioTest {

    @Test(groups = "smoke", description = "Person 1 signs out; person 2 at the same browser finds no session of theirs")
    public void signOutEndsTheSessionForTheNextPerson() {
        Person alice = cast().person("alice");
        assertThat(alice.signIn()).isSignedIn();
        assertThat(alice.signOut()).isSignedOutPage();

        Person bob = cast().atTheSameComputer(alice, "bob");
        assertThat(bob.openProtectedPage()).isNotSignedIn();
    }

    @Test(groups = "smoke", description = "Person 1 leaves without signing out; person 2 at the same browser sees person 1's session while it lasts")
    public void withoutSignOutTheNextPersonSeesTheSession() {
        Person alice = cast().person("alice");
        assertThat(alice.signIn()).isSignedIn();

        Person bob = cast().atTheSameComputer(alice, "bob");
        PageVisit seen = bob.openProtectedPage();
        assertThat(seen).isSignedIn();
        Report.step("bob sees alice's signed-in page " + seen.sinceSignIn().map(io.sessionharness.config.Durations::format).orElse("")
                + " after her sign-in: expected inside the idle timeout without sign-out — only sign-out or expiry protects alice");
    }
}
