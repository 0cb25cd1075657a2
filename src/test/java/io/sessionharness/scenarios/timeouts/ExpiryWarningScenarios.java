package io.sessionharness.scenarios.timeouts;

import static io.sessionharness.assertions.SessionAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.testng.annotations.Test;

import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import io.sessionharness.config.Durations;
import io.sessionharness.scenario.Person;
import io.sessionharness.testng.ScenarioTest;
import io.sessionharness.testng.ExpectedWait;

/**
 * The warning before an idle timeout (WCAG 2.2.1 "Timing adjustable": warned at least 20 s ahead, with a way to
 * extend). The warning's timing is measured with the page's timers fast-forwarded; whether "Stay signed in" really
 * extends the session — and ignoring it really ends it — is always checked against the server in real time.
 */
@Epic("Session expiry")
@Feature("Idle and absolute timeouts")
@Story("Pre-expiry warning")
public class ExpiryWarningScenarios extends ScenarioTest {

    private static final int TIMER_FACTOR = 5;
    private static final Duration WCAG_MINIMUM = Duration.ofSeconds(20);

    private void requireWarning() {
        requireThat(policy().warningLeadTime().isPresent(), "the target does not declare policy.warningLeadTime");
        requireThat(cast().site().profile().features().expiryWarning().isPresent(), "the target profile describes no expiryWarning");
        requireOpenPagesMayIdleOut();
    }

    @Test(groups = "warnings", description = "The warning comes at least the declared lead time (and WCAG's 20 s) before the idle timeout")
    public void warningComesEarlyEnough() {
        requireWarning();
        Person alice = cast().person("alice");
        requireThat(alice.browser().canPreloadScripts(), "fast-forwarding page timers needs BiDi preload scripts in a browser of alice's own");
        alice.fastForwardsPageTimers(TIMER_FACTOR);
        assertThat(alice.signIn()).isSignedIn();
        Duration idle = policy().requireIdleTimeout();
        Duration shownAfter = alice.waitsForExpiryWarning(TIMER_FACTOR, idle.dividedBy(TIMER_FACTOR).plusSeconds(5));
        Duration lead = idle.minus(shownAfter);
        Duration declared = policy().warningLeadTime().orElseThrow();
        Duration required = declared.compareTo(WCAG_MINIMUM) >= 0 ? declared : WCAG_MINIMUM;
        // Fast-forwarding multiplies the harness's reaction time too: allow the declared tolerance per factor step.
        Duration allowance = policy().tolerance().multipliedBy(TIMER_FACTOR).dividedBy(2);
        assertThat(lead.plus(allowance)).withFailMessage("The expiry warning came %s before the idle timeout of %s (shown %s after the page"
                        + " arrived, page timers %d× fast-forwarded, allowance %s) — expected at least %s (declared %s; WCAG 2.2.1 asks for 20 s)",
                Durations.format(lead), Durations.format(idle), Durations.format(shownAfter), TIMER_FACTOR, Durations.format(allowance),
                Durations.format(required), Durations.format(declared))
                .isGreaterThanOrEqualTo(required);
    }

    @ExpectedWait(idleTimeouts = 2)
    @Test(groups = "warnings", description = "'Stay signed in' on the warning extends the session on the server (checked in real time)")
    public void staySignedInExtendsTheServerSession() {
        requireWarning();
        Person alice = cast().person("alice");
        assertThat(alice.signIn()).isSignedIn();
        assertThat(alice.openProtectedPage()).isSignedIn();
        Duration idle = policy().requireIdleTimeout();
        Duration lead = policy().warningLeadTime().orElseThrow();
        alice.stayIdle(idle.minus(lead).plusSeconds(2));
        assertThat(alice.seesExpiryWarning()).as("the expiry warning, %s before the idle timeout", Durations.format(lead.minusSeconds(2))).isTrue();
        alice.staysSignedIn();
        // Past the idle timeout counted from the page, inside it counted from 'Stay signed in'.
        alice.stayIdle(idle.minusSeconds(5));
        assertThat(alice.openProtectedPage()).as("%s after the page arrived, %s after 'Stay signed in'",
                Durations.format(idle.minus(lead).plusSeconds(2).plus(idle).minusSeconds(5)), Durations.format(idle.minusSeconds(5))).isSignedIn();
    }

    @ExpectedWait(idleTimeouts = 1)
    @Test(groups = "warnings", description = "Ignoring the warning ends the session on the server at the idle timeout (checked in real time)")
    public void ignoringTheWarningEndsTheSession() {
        requireWarning();
        Person alice = cast().person("alice");
        assertThat(alice.signIn()).isSignedIn();
        assertThat(alice.openProtectedPage()).isSignedIn();
        alice.stayIdle(policy().requireIdleTimeout().plus(policy().tolerance()));
        assertThat(alice.openProtectedPage()).isExpired();
    }
}
