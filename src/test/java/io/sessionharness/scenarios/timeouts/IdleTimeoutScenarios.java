package io.sessionharness.scenarios.timeouts;

import static io.sessionharness.assertions.SessionAssertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.testng.annotations.Test;

import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import io.qameta.allure.Story;

import io.sessionharness.config.Durations;
import io.sessionharness.report.Checks;
import io.sessionharness.report.Requirement;
import io.sessionharness.scenario.HeldSession;
import io.sessionharness.scenario.PageVisit;
import io.sessionharness.scenario.Person;
import io.sessionharness.testng.ExpectedWait;
import io.sessionharness.testng.ScenarioTest;

/** The idle timeout: enforced by the server, not earlier than declared, and extended by activity. */
@Epic("Session expiry")
@Feature("Timeouts")
@Story("Idle timeout")
public class IdleTimeoutScenarios extends ScenarioTest {

    @ExpectedWait(idleTimeouts = 1)
    @Severity(SeverityLevel.CRITICAL)
    @Checks({Requirement.ASVS_3_3_2, Requirement.WSTG_SESS_07, Requirement.NIST_800_63B_REAUTHENTICATION})
    @Test(groups = "smoke", description = "Idle past the idle timeout: the next page is the session-expired page, and the old cookie is dead on the server")
    public void idleSessionExpiresAndItsCookieIsRejected() {
        Duration idle = requireIdleTimeout().plus(policy().tolerance());
        Person alice = cast().person("alice");

        assertThat(alice.signIn()).isSignedIn();
        HeldSession oldCookies = alice.session().require();
        alice.stayIdle(idle);
        assertThat(alice.openProtectedPage()).followedIdleOfAtLeast(idle).isExpired();

        Person mallory = cast().person("mallory");
        mallory.session().plant(oldCookies);
        assertThat(mallory.openProtectedPage()).isNotSignedIn();
    }

    @ExpectedWait(idleTimeouts = 1)
    @Severity(SeverityLevel.NORMAL)
    @Checks(Requirement.WSTG_SESS_07)
    @Test(groups = "smoke", description = "Idle for clearly less than the idle timeout: still signed in")
    public void shortIdleKeepsTheSession() {
        requireIdleTimeout();
        requireThat(policy().exact(), "the idle timeout is only a ceiling from compliance presets: expiring earlier is allowed");
        // Clearly inside: expiring anywhere from (timeout - tolerance) on is within the policy's tolerance.
        Duration idle = policy().requireIdleTimeout().minus(policy().tolerance()).minus(policy().tolerance().dividedBy(2));
        Person alice = cast().person("alice");

        assertThat(alice.signIn()).isSignedIn();
        alice.stayIdle(idle);
        assertThat(alice.openProtectedPage()).isSignedIn();
    }

    @ExpectedWait(idleTimeouts = 1.5)
    @Severity(SeverityLevel.NORMAL)
    @Checks(Requirement.WSTG_SESS_07)
    @Test(groups = "full", description = "Activity more often than the idle timeout keeps the session alive past one idle timeout (sliding window)")
    public void activityKeepsTheSessionAlivePastOneIdleTimeout() {
        Duration idleTimeout = requireIdleTimeout();
        Duration workFor = idleTimeout.plus(policy().tolerance().multipliedBy(2));
        Duration every = idleTimeout.dividedBy(3);
        // The last visit comes up to one interval after workFor: that one must still be inside the absolute lifetime.
        requireRoomBeforeTheAbsoluteTimeout(workFor.plus(every), "working " + Durations.format(workFor) + " (the idle timeout + 2 ×"
                + " tolerance) with a visit every " + Durations.format(every));
        Person alice = cast().person("alice");

        assertThat(alice.signIn()).isSignedIn();
        var visits = alice.keepWorking(every, workFor);
        assertThat(visits.get(visits.size() - 1)).isSignedIn().happenedAtLeastAfterSignIn(idleTimeout.plus(policy().tolerance()));
    }

    /**
     * The idle timeout counts from the last request, not from sign-in nor from an activity stamp the site refreshes only
     * now and then (a tracker that writes it at most once a minute signs out a person idle for 70 s after a click under
     * a 2-minute timeout). One click 0.4 T after sign-in — off any rhythm aligned with sign-in —, then alice idles
     * T − 1.5 × tolerance from that click (still signed in) while bob, doing the same, idles T + tolerance from his
     * (ended).
     */
    @ExpectedWait(idleTimeouts = 1.5)
    @Severity(SeverityLevel.NORMAL)
    @Checks({Requirement.WSTG_SESS_07, Requirement.ASVS_3_3_2})
    @Test(groups = "full", description = "The idle timeout restarts at the last request: idle just under it after a click is still"
            + " signed in, idle past it after the click is not")
    public void idleTimeoutCountsFromTheLastRequest() {
        requireOpenPagesMayIdleOut();
        Duration idleTimeout = requireIdleTimeout();
        requireThat(policy().exact(), "the idle timeout is only a ceiling from compliance presets: expiring earlier is allowed");
        Duration tolerance = policy().tolerance();
        Duration click = idleTimeout.multipliedBy(2).dividedBy(5);
        Duration under = idleTimeout.minus(tolerance).minus(tolerance.dividedBy(2));
        Duration past = idleTimeout.plus(tolerance);
        requireThat(click.compareTo(tolerance.multipliedBy(2)) > 0, "the tolerance " + Durations.format(tolerance) + " is too wide for"
                + " the idle timeout " + Durations.format(idleTimeout) + ": a click 0.4 × the timeout after sign-in would not tell"
                + " sign-in from the last request");
        requireRoomBeforeTheAbsoluteTimeout(click.plus(past), "a click after " + Durations.format(click) + " and "
                + Durations.format(past) + " idle after it");

        List<PageVisit> lastVisits = cast().inParallel(2, click.plus(past), i -> {
            Person person = cast().person(i == 0 ? "alice" : "bob");
            assertThat(person.signIn()).isSignedIn();
            person.stayIdle(click);
            assertThat(person.openProtectedPage()).as("%s's click %s after sign-in", person.name(), Durations.format(click)).isSignedIn();
            Duration idle = i == 0 ? under : past;
            person.stayIdle(idle);
            return person.openProtectedPage();
        });
        assertThat(lastVisits.get(0)).as("alice, idle %s after her last request", Durations.format(under))
                .followedIdleOfAtLeast(under).isSignedIn();
        assertThat(lastVisits.get(1)).as("bob, idle %s after his last request", Durations.format(past))
                .followedIdleOfAtLeast(past).isExpired();
    }
}
