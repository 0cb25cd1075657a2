package io.sessionharness.scenarios.timeouts;

import static io.sessionharness.assertions.SessionAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.testng.annotations.Test;

import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import io.qameta.allure.Story;

import io.sessionharness.config.Durations;
import io.sessionharness.report.Checks;
import io.sessionharness.report.Requirement;
import io.sessionharness.scenario.Person;
import io.sessionharness.testng.ExpectedWait;
import io.sessionharness.testng.ScenarioTest;

/**
 * The warning before an idle timeout (WCAG 2.2.1 "Timing adjustable": warned at least 20 s ahead, with a way to
 * extend). The warning's timing is measured in page time, with a page clock (fake Date and timers) run on in
 * seconds however long the idle timeout; whether "Stay signed in" really extends the session — and ignoring it really
 * ends it — is always checked against the server in real time.
 */
@Epic("Session expiry")
@Feature("Idle and absolute timeouts")
@Story("Pre-expiry warning")
public class ExpiryWarningScenarios extends ScenarioTest {

    private static final Duration WCAG_MINIMUM = Duration.ofSeconds(20);
    private static final Duration WARNING_ALLOWANCE = Duration.ofMillis(1500);

    private void requireWarning() {
        requireThat(policy().warningLeadTime().isPresent(), "the target does not declare policy.warningLeadTime");
        requireThat(profile().features().expiryWarning().isPresent(), "the target profile describes no expiryWarning");
        requireOpenPagesMayIdleOut();
    }

    @Severity(SeverityLevel.NORMAL)
    @Checks(Requirement.WCAG_2_2_1)
    @Test(groups = "warnings", description = "The warning comes at least the declared lead time (and WCAG's 20 s) before the idle timeout")
    public void warningComesEarlyEnough() {
        requireWarning();
        Person alice = cast().person("alice");
        requireThat(alice.pageClock().available(), "a page clock needs BiDi preload scripts in a browser of alice's own");
        assertTheWarningComesEarlyEnough(alice, "");
    }

    @Severity(SeverityLevel.NORMAL)
    @Checks(Requirement.WCAG_2_2_1)
    @Test(groups = "warnings", description = "In a browser in another time zone the warning still comes the declared lead time before"
            + " the idle timeout: a deadline the page works out from a clock time is read in the browser's zone")
    public void warningComesEarlyEnoughInAnotherTimeZone() {
        requireWarning();
        Person alice = cast().person("alice");
        requireThat(alice.pageClock().available(), "a page clock needs BiDi preload scripts in a browser of alice's own");
        java.util.Optional<java.time.ZoneId> behind = hoursBehind(java.time.ZoneId.systemDefault());
        requireThat(behind.isPresent(), "no time zone is 3 hours behind this machine's (" + java.time.ZoneId.systemDefault() + ")");
        java.time.ZoneId zone = behind.get();
        requireThat(alice.livesInTimeZone(zone), "a browser's time zone is set through BiDi (emulation.setTimezoneOverride), which alice's browser lacks");
        assertTheWarningComesEarlyEnough(alice, " in a browser in the time zone " + zone.getId());
    }

    /**
     * A zone at least 3 hours behind the harness machine's (where the run's own clock, and a site on this machine, keep
     * their wall-clock times): a wall-clock deadline read there comes hours late. Behind, never ahead — ahead, such a
     * deadline is already past, the warning shows at once and would look early enough. None on a machine west of UTC−9.
     */
    static java.util.Optional<java.time.ZoneId> hoursBehind(java.time.ZoneId here) {
        java.time.Instant now = java.time.Instant.now();
        int ours = here.getRules().getOffset(now).getTotalSeconds();
        return java.util.stream.Stream.of("America/New_York", "America/Los_Angeles", "Pacific/Honolulu", "Etc/GMT+12")
                .map(java.time.ZoneId::of)
                .filter(zone -> zone.getRules().getOffset(now).getTotalSeconds() - ours <= -3 * 3600)
                .findFirst();
    }

    /** With a page clock, alice signs in and opens a page, whose time is then run on: the warning must leave the required lead. */
    private void assertTheWarningComesEarlyEnough(Person alice, String where) {
        alice.pageClock().install();
        assertThat(alice.signIn()).isSignedIn();
        Duration idle = policy().requireIdleTimeout();
        Duration declared = policy().warningLeadTime().orElseThrow();
        Duration required = declared.compareTo(WCAG_MINIMUM) >= 0 ? declared : WCAG_MINIMUM;
        Duration limit = idle.plus(WARNING_ALLOWANCE);
        java.util.Optional<Duration> shown = alice.expiryWarning().waitFor(limit);
        assertThat(shown).withFailMessage("No expiry warning%s within %s (page time) of the page arriving — the idle timeout is %s;"
                        + " expected one at least %s before it (declared %s; WCAG 2.2.1 asks for 20 s)", where,
                Durations.format(limit), Durations.format(idle), Durations.format(required), Durations.format(declared))
                .isPresent();
        Duration shownAfter = shown.get();
        Duration lead = idle.minus(shownAfter);
        // The page notes when the warning appeared in its own clock, so the harness's reaction time is not in the
        // figure; what is (the page's load before its clock paused, a once-a-second countdown's step) only makes the
        // lead look shorter. The server's tolerance has nothing to do with a timer in the page: a fixed allowance.
        Duration allowance = WARNING_ALLOWANCE;
        assertThat(lead.plus(allowance)).withFailMessage("The expiry warning came %s before the idle timeout of %s%s (shown %s after the page"
                        + " arrived, in page time; allowance %s) — expected at least %s (declared %s; WCAG 2.2.1 asks for 20 s)",
                Durations.format(lead), Durations.format(idle), where, Durations.format(shownAfter), Durations.format(allowance),
                Durations.format(required), Durations.format(declared))
                .isGreaterThanOrEqualTo(required);
    }

    @ExpectedWait(idleTimeouts = 2)
    @Severity(SeverityLevel.NORMAL)
    @Checks(Requirement.WCAG_2_2_1)
    @Test(groups = "warnings", description = "'Stay signed in' on the warning extends the session on the server (checked in real time)")
    public void staySignedInExtendsTheServerSession() {
        requireWarning();
        Person alice = cast().person("alice");
        assertThat(alice.signIn()).isSignedIn();
        assertThat(alice.openProtectedPage()).isSignedIn();
        Duration idle = policy().requireIdleTimeout();
        Duration lead = policy().warningLeadTime().orElseThrow();
        Duration tolerance = policy().tolerance();
        Duration untilWarning = idle.minus(lead).plusSeconds(2);
        // After 'Stay signed in': inside the idle timeout, by the tolerance (a correct site may end it from
        // idle - tolerance on) and room for the harness's own delays (at least 3 s: past idle - tolerance an ended
        // session is inconclusive, not a verdict); in all past the idle timeout counted from the page by more than
        // the tolerance, so a button that extends nothing must show. When the two cannot be told apart, say so.
        Duration room = tolerance.compareTo(Duration.ofSeconds(3)) > 0 ? tolerance : Duration.ofSeconds(3);
        Duration afterStay = idle.minus(tolerance).minus(room);
        Duration sincePage = untilWarning.plus(afterStay);
        requireThat(!afterStay.isNegative() && !afterStay.isZero() && sincePage.compareTo(idle.plus(tolerance)) > 0,
                "with a tolerance of " + Durations.format(tolerance) + " against an idle timeout of " + Durations.format(idle)
                        + " and a lead of " + Durations.format(lead) + ", an extended session and an unextended one end too close together to tell apart");
        alice.stayIdle(untilWarning);
        assertThat(alice.expiryWarning().isShown()).as("the expiry warning, %s before the idle timeout", Durations.format(lead.minusSeconds(2))).isTrue();
        alice.expiryWarning().staySignedIn();
        alice.stayIdle(afterStay);
        assertThat(alice.openProtectedPage()).as("%s after the page arrived (past the idle timeout counted from it), %s after 'Stay signed in'"
                + " (inside it counted from there)", Durations.format(sincePage), Durations.format(afterStay)).isSignedIn();
    }

    @ExpectedWait(idleTimeouts = 1)
    @Severity(SeverityLevel.NORMAL)
    @Checks({Requirement.WCAG_2_2_1, Requirement.ASVS_3_3_2})
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
