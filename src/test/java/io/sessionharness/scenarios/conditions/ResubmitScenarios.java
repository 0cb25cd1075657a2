package io.sessionharness.scenarios.conditions;

import static io.sessionharness.assertions.SessionAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.testng.annotations.Test;

import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import io.qameta.allure.Story;

import io.sessionharness.report.Checks;
import io.sessionharness.report.Requirement;
import io.sessionharness.scenario.Forms;
import io.sessionharness.scenario.Person;
import io.sessionharness.testng.ExpectedWait;
import io.sessionharness.testng.ScenarioTest;

/**
 * A form sent, Back, the same form sent again — as a page restored from a cache still holds it, with its one-time
 * token. No silent double action, a clear message; and after expiry, the stale copy ends on a clean expiry page
 * without losing its text.
 */
@Epic("Session expiry")
@Feature("Browser and network conditions")
@Story("Back-button resubmit")
public class ResubmitScenarios extends ScenarioTest {

    private void requireOneTimeForm() {
        requireThat(profile().features().form().flatMap(f -> f.alreadySent()).isPresent(),
                "the target profile's form has no alreadySent marker (one-time form tokens)");
    }

    @Severity(SeverityLevel.NORMAL)
    @Checks(Requirement.WCAG_3_3_4)
    @Test(groups = "smoke", description = "Sent, Back, sent again: saved once, and the second send gets a clear 'already sent' message")
    public void sameFormSentTwiceIsSavedOnce() {
        requireOneTimeForm();
        String text = "Order " + UUID.randomUUID().toString().substring(0, 8) + ": two boxes";
        Person alice = cast().person("alice");
        assertThat(alice.signIn()).isSignedIn();
        alice.forms().type(text);
        Forms.Copy copy = alice.forms().keepCopy();
        assertThat(alice.forms().submit()).isSignedIn();
        assertThat(alice.forms().showsSaved()).as("the first send is saved").isTrue();

        alice.goBack();
        assertThat(alice.forms().sendCopy(copy)).as("the same form sent again").isSignedIn();
        assertThat(alice.forms().showsAlreadySent()).as("a clear message that the form was already sent").isTrue();
        alice.open(profile().features().form().orElseThrow().page());
        assertThat(alice.timesOnPage(text)).as("how often '%s' was saved", text).isEqualTo(1);
    }

    @ExpectedWait(idleTimeouts = 1)
    @Severity(SeverityLevel.NORMAL)
    @Checks(Requirement.WCAG_2_2_5)
    @Test(groups = "full", description = "A stale copy of the form sent after the idle timeout: a clean expiry page, the text shown"
            + " back and restored after signing in again")
    public void staleFormAfterExpiryKeepsItsText() {
        requireOpenPagesMayIdleOut();
        requireOneTimeForm();
        String text = "Written before lunch " + UUID.randomUUID().toString().substring(0, 8);
        Person alice = cast().person("alice");
        assertThat(alice.signIn()).isSignedIn();
        alice.forms().type(text);
        Forms.Copy copy = alice.forms().keepCopy();
        alice.stayIdle(policy().requireIdleTimeout().plus(policy().tolerance()));

        assertThat(alice.forms().sendCopy(copy)).as("the stale form sent after the idle timeout").isExpired();
        assertTheTextIsShownBackAndRestored(alice, text);
    }
}
