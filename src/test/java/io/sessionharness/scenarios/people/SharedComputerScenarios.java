package io.sessionharness.scenarios.people;

import static io.sessionharness.assertions.SessionAssertions.assertThat;

import java.time.Duration;

import org.testng.annotations.Test;

import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import io.qameta.allure.Story;

import io.sessionharness.config.Durations;
import io.sessionharness.report.Checks;
import io.sessionharness.report.Report;
import io.sessionharness.report.Requirement;
import io.sessionharness.scenario.PageVisit;
import io.sessionharness.scenario.Person;
import io.sessionharness.testng.ExpectedWait;
import io.sessionharness.testng.ScenarioTest;

/** One computer, two people: sign-out is what protects the first from the second. */
@Epic("Session expiry")
@Feature("People, tabs and links")
@Story("Shared computer")
public class SharedComputerScenarios extends ScenarioTest {

    @Severity(SeverityLevel.CRITICAL)
    @Checks({Requirement.WSTG_SESS_06, Requirement.ASVS_3_3_1})
    @Test(groups = "smoke", description = "Person 1 signs out; person 2 at the same browser finds no session of theirs")
    public void signOutEndsTheSessionForTheNextPerson() {
        Person alice = cast().person("alice");
        assertThat(alice.signIn()).isSignedIn();
        assertThat(alice.signOut()).isSignedOutPage();

        Person bob = cast().atTheSameComputer(alice, "bob");
        assertThat(bob.openProtectedPage()).isNotSignedIn();
    }

    @ExpectedWait(idleTimeouts = 1)
    @Severity(SeverityLevel.NORMAL)
    @Checks(Requirement.WSTG_SESS_07)
    @Test(groups = "smoke", description = "Person 1 leaves without signing out; person 2 at the same browser sees person 1's session"
            + " while it lasts, and once it has idled past the idle timeout no longer")
    public void withoutSignOutTheNextPersonSeesTheSession() {
        Person alice = cast().person("alice");
        assertThat(alice.signIn()).isSignedIn();

        Person bob = cast().atTheSameComputer(alice, "bob");
        PageVisit seen = bob.openProtectedPage();
        assertThat(seen).as("alice's session, open in the browser she left").isSignedIn();
        if (policy().idleTimeout().isEmpty()) {
            Report.observedWeakness("no idle timeout declared for the site: a person who leaves a shared computer without signing out"
                    + " leaves the session to the next person until its absolute lifetime"
                    + policy().absoluteTimeout().map(a -> " (" + Durations.format(a) + ")").orElse(" (none declared either)"));
            return;
        }
        // Only expiry protects alice now: bob walks away too, and the next look finds the session over.
        Duration idle = policy().requireIdleTimeout().plus(policy().tolerance());
        bob.stayIdle(idle);
        assertThat(bob.openProtectedPage()).as("the browser alice left, after %s idle", Durations.format(idle))
                .followedIdleOfAtLeast(idle).isExpired();
    }
}
