package io.sessionharness.scenarios.people;

import static io.sessionharness.assertions.SessionAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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

/** Several tabs share one session: activity anywhere counts, expiry and sign-out reach every tab cleanly. */
@Epic("Session expiry")
@Feature("People, tabs and links")
@Story("Multiple tabs")
public class TabsScenarios extends ScenarioTest {

    @ExpectedWait(idleTimeouts = 1)
    @Severity(SeverityLevel.NORMAL)
    @Checks(Requirement.WSTG_SESS_07)
    @Test(groups = "full", description = "Activity in tab A keeps the session in tab B alive (one shared cookie)")
    public void activityInOneTabKeepsTheOtherAlive() {
        Duration idle = requireIdleTimeout();
        Duration workFor = idle.plus(policy().tolerance().multipliedBy(2));
        Duration every = idle.dividedBy(3);
        // Tab B is opened after tab A's last visit, up to one interval after workFor: still inside the absolute lifetime.
        requireRoomBeforeTheAbsoluteTimeout(workFor.plus(every), "working " + io.sessionharness.config.Durations.format(workFor)
                + " in tab A (the idle timeout + 2 × tolerance) with a visit every " + io.sessionharness.config.Durations.format(every));
        Person alice = cast().person("alice");
        TwoTabs tabs = signsInWithTwoTabs(alice);
        Tab a = tabs.first();
        Tab b = tabs.second();

        alice.tabs().switchTo(a);
        alice.keepWorking(every, workFor);
        alice.tabs().switchTo(b);
        assertThat(alice.openProtectedPage()).isSignedIn().happenedAtLeastAfterSignIn(idle.plus(policy().tolerance()));
    }

    @ExpectedWait(idleTimeouts = 1)
    @Severity(SeverityLevel.NORMAL)
    @Checks(Requirement.WSTG_SESS_07)
    @Test(groups = "full", description = "Idle in both tabs past the idle timeout: both tabs find the session over")
    public void idleInBothTabsExpiresBoth() {
        requireOpenPagesMayIdleOut();
        requireIdleTimeout();
        Person alice = cast().person("alice");
        Tab a = signsInWithTwoTabs(alice).first();

        alice.stayIdle(policy().requireIdleTimeout().plus(policy().tolerance()));
        assertThat(alice.openProtectedPage()).isExpired();
        alice.tabs().switchTo(a);
        assertThat(alice.openProtectedPage()).isNotSignedIn();
    }

    @Severity(SeverityLevel.CRITICAL)
    @Checks({Requirement.ASVS_3_3_1, Requirement.WSTG_SESS_06})
    @Test(groups = "smoke", description = "Sign-out in tab A: tab B's next action lands on a clean sign-in or expired page")
    public void signOutInOneTabEndsTheOther() {
        Person alice = cast().person("alice");
        TwoTabs tabs = signsInWithTwoTabs(alice);
        Tab a = tabs.first();
        Tab b = tabs.second();

        alice.tabs().switchTo(a);
        assertThat(alice.signOut()).isSignedOutPage();
        alice.tabs().switchTo(b);
        assertThat(alice.openProtectedPage()).isNotSignedIn();
    }

    @Severity(SeverityLevel.NORMAL)
    @Checks(Requirement.WCAG_2_2_5)
    @Test(groups = "smoke", description = "A form in tab B submitted after sign-out in tab A fails cleanly, and its text is not lost")
    public void formSubmittedAfterSignOutElsewhereKeepsItsText() {
        requireThat(profile().features().form().isPresent(), "the target profile describes no form");
        String text = "Draft written in tab B at " + java.time.LocalTime.now() + " — must not vanish";
        Person alice = cast().person("alice");
        assertThat(alice.signIn()).isSignedIn();
        Tab a = alice.tabs().current();
        alice.tabs().open();
        alice.forms().type(text);

        Tab b = alice.tabs().current();
        alice.tabs().switchTo(a);
        assertThat(alice.signOut()).isSignedOutPage();
        alice.tabs().switchTo(b);
        assertThat(alice.forms().submit()).isNotSignedIn();
        assertThat(alice.forms().showsSaved()).as("the site must not claim the form was saved without a session").isFalse();
        assertTheTextIsShownBackAndRestored(alice, text);
    }

    /** A person's first tab and the one they opened after it. */
    private record TwoTabs(Tab first, Tab second) {
    }

    /** {@code person} signs in and opens a second tab, in which the protected page shows them signed in. */
    private static TwoTabs signsInWithTwoTabs(Person person) {
        assertThat(person.signIn()).isSignedIn();
        Tab first = person.tabs().current();
        Tab second = person.tabs().open();
        assertThat(person.openProtectedPage()).isSignedIn();
        return new TwoTabs(first, second);
    }
}
