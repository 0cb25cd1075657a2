package io.sessionharness.scenarios.timeouts;

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
import io.sessionharness.scenario.HeldSession;
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
        Duration every = idleTimeout.dividedBy(2);
        Duration workFor = idleTimeout.plus(every);
        requireThat(policy().absoluteTimeout().map(a -> a.minus(policy().tolerance()).compareTo(workFor.plus(every)) > 0).orElse(true),
                "the absolute timeout is too close to the idle timeout to observe a sliding window");
        Person alice = cast().person("alice");

        assertThat(alice.signIn()).isSignedIn();
        var visits = alice.keepWorking(every, workFor);
        assertThat(visits.get(visits.size() - 1)).isSignedIn().happenedAtLeastAfterSignIn(idleTimeout.plus(policy().tolerance()));
    }
}
