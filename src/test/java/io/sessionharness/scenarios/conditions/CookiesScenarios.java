package io.sessionharness.scenarios.conditions;

import static io.sessionharness.assertions.SessionAssertions.assertThat;

import org.testng.annotations.Test;

import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import io.qameta.allure.Story;

import io.sessionharness.browser.BrowserSetup;
import io.sessionharness.report.Checks;
import io.sessionharness.report.Report;
import io.sessionharness.report.Requirement;
import io.sessionharness.scenario.PageVisit;
import io.sessionharness.scenario.Person;
import io.sessionharness.testng.ScenarioTest;

/** Browsers that keep no cookies, or only until they close: a clear message, never a loop, never the ID in the URL. */
@Epic("Session expiry")
@Feature("Browser and network conditions")
@Story("Cookies disabled")
public class CookiesScenarios extends ScenarioTest {

    @Severity(SeverityLevel.NORMAL)
    @Checks(Requirement.ASVS_3_1_1)
    @Test(groups = "smoke", description = "With every cookie blocked, signing in ends on a clear 'cookies are required' message"
            + " — not a sign-in loop, not 'session expired' — and the session ID never moves into the URL")
    public void cookiesOffGetAClearMessageAndNoIdInTheUrl() {
        Person carol = cast().person("carol", BrowserSetup.PLAIN.withCookies(BrowserSetup.Cookies.NONE));
        PageVisit attempt = carol.signIn();
        assertThat(attempt).hasNoSessionIdInUrl(profile().sessionCookies(), carol.sessionIdsInAddresses());
        if (profile().recognition().cookiesRequired().isPresent()) {
            assertThat(attempt).isCookiesRequiredPage();
        } else {
            // Without a marker for the message, what can still be held against the site: no session without cookies.
            Report.step("the target profile has no 'cookiesRequired' marker: the wording is not checked, only that no session exists"
                    + " without cookies, none moved into the URL, and the person is told something rather than shown the form again");
            assertThat(attempt).as("signing in without cookies").isNotSignedIn().saysWhyTheSignInDidNotHold(carol.messagesShown());
        }
        PageVisit afterwards = carol.openProtectedPage();
        assertThat(afterwards).as("a protected page afterwards").isNotSignedIn()
                .hasNoSessionIdInUrl(profile().sessionCookies(), carol.sessionIdsInAddresses());
    }
}
