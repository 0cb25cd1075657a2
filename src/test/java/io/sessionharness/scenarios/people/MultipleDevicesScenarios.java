package io.sessionharness.scenarios.people;

import static io.sessionharness.assertions.SessionAssertions.assertThat;

import java.util.List;

import org.testng.annotations.Test;

import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import io.qameta.allure.Story;

import io.sessionharness.config.Choices;
import io.sessionharness.report.Checks;
import io.sessionharness.report.Report;
import io.sessionharness.report.Requirement;
import io.sessionharness.scenario.PageVisit;
import io.sessionharness.scenario.Person;
import io.sessionharness.site.SessionPolicy.ConcurrentSessions;
import io.sessionharness.testng.ScenarioTest;

/** One account on two devices (separate browsers): the declared concurrent-session rule holds. */
@Epic("Session expiry")
@Feature("People, tabs and links")
@Story("Several logins of one account")
public class MultipleDevicesScenarios extends ScenarioTest {

    @Severity(SeverityLevel.NORMAL)
    @Checks(Requirement.OWASP_SIMULTANEOUS_LOGONS)
    @Test(groups = "smoke", description = "A second login of the same account follows the declared rule: allow, newest-wins or reject-new")
    public void secondLoginFollowsTheDeclaredRule() {
        requireThat(policy().concurrentSessions().isPresent(), "the target declares no concurrent-session rule");
        ConcurrentSessions rule = policy().concurrentSessions().get();
        Person laptop = cast().person("alice");
        Person phone = cast().secondDevice(laptop, "alice-phone");
        assertThat(laptop.signIn()).isSignedIn();
        List<PageVisit> laptopVisits = new java.util.ArrayList<>();
        PageVisit second = whileKeepingBusy(laptop, phone::signIn, laptopVisits);

        switch (rule) {
            case ALLOW -> {
                assertThat(second).isSignedIn();
                assertThat(laptop.openProtectedPage()).isSignedIn();
                assertThat(phone.openProtectedPage()).isSignedIn();
            }
            case NEWEST_WINS -> {
                assertThat(second).isSignedIn();
                PageVisit lastOnLaptop = laptopVisits.get(laptopVisits.size() - 1);
                assertThat(lastOnLaptop.signedIn() ? laptop.openProtectedPage() : lastOnLaptop)
                        .isEndedByTheRule("policy.concurrentSessions: newest-wins, and the account signed in on another device");
                assertThat(phone.openProtectedPage()).isSignedIn();
            }
            case REJECT_NEW -> {
                assertThat(second).isSignInRefused();
                assertThat(laptop.openProtectedPage()).isSignedIn();
            }
        }
        Report.step("declared rule '" + Choices.name(rule) + "' held");
    }
}
