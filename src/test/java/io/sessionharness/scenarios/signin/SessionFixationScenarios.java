package io.sessionharness.scenarios.signin;

import static io.sessionharness.assertions.SessionAssertions.assertThat;

import java.util.Optional;

import org.testng.annotations.Test;

import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import io.qameta.allure.Story;

import io.sessionharness.report.Checks;
import io.sessionharness.report.Report;
import io.sessionharness.report.Requirement;
import io.sessionharness.scenario.HeldSession;
import io.sessionharness.scenario.PageVisit;
import io.sessionharness.scenario.Person;
import io.sessionharness.scenario.SessionCookie;
import io.sessionharness.site.PageState;
import io.sessionharness.testng.ScenarioTest;

/** Session fixation: an ID planted before sign-in must not become the signed-in session. */
@Epic("Session expiry")
@Feature("Sign-in and sign-out")
@Story("Session fixation")
public class SessionFixationScenarios extends ScenarioTest {

    @Severity(SeverityLevel.CRITICAL)
    @Checks({Requirement.ASVS_3_2_1, Requirement.WSTG_SESS_03})
    @Test(groups = "smoke", description = "Sign-in rotates the session ID: an attacker who planted the pre-sign-in ID gets nothing")
    public void signInRotatesAPlantedSessionId() {
        boolean declaredWeak = !policy().rotatesSessionIdOnSignIn();
        requireThat(!profile().sessionCookies().isEmpty(), "the session is only a token page scripts keep in storage"
                + " (site.sessionTokens), handed to the page at sign-in: there is no cookie a site sets before sign-in, so nothing to fix");
        Person mallory = cast().person("mallory");
        mallory.open(profile().signIn().page());
        // What an attacker can fix: the session cookies the site sets before sign-in, and a pre-login cookie of another
        // name the profile declares (an authentication session ID such as AUTH_SESSION_ID).
        Optional<SessionCookie> preLogin = profile().preLoginCookie().flatMap(mallory.session()::cookieNamed);
        profile().preLoginCookie().filter(name -> preLogin.isEmpty()).ifPresent(name ->
                Report.step("the declared pre-login cookie '" + name + "' was not set by " + profile().signIn().page()));
        Optional<HeldSession> issued = mallory.session().held().map(cookies -> cookies.and(preLogin))
                .or(() -> preLogin.map(HeldSession::of));
        HeldSession planted = issued.orElseGet(() -> {
            Report.step("no '" + profile().sessionCookies().describe() + "' cookie before sign-in: the site issues its session at"
                    + " sign-in, so there is no pre-login ID to fix — checking instead that a made-up ID planted before sign-in is not adopted");
            return HeldSession.of(SessionCookie.madeUp(profile().sessionCookies().primary()));
        });

        Person alice = cast().person("alice");
        alice.session().plant(planted);
        PageVisit signingIn = alice.signIn();
        if (signingIn.state() == PageState.SIGNED_OUT && signingIn.signInAttempt().flatMap(PageVisit.SignInAttempt::formSent).orElse(false)) {
            // The condition under test is the planted ID: a site may refuse a sign-in that carries a foreign one. A
            // control first — the same sign-in from a browser without it must get through, or nothing was tested.
            assertThat(cast().person("control").signIn()).as("the control: a sign-in without a planted ID").isSignedIn();
            Report.step("the site refused alice's sign-in while her browser carried the planted ID (the sign-in was sent; the sign-in"
                    + " page came back), while a sign-in without it got through: the planted ID was not adopted");
            if (issued.isEmpty()) {
                mallory.session().plant(planted);
            }
            assertThat(mallory.openProtectedPage()).as("mallory's browser with the ID he planted").isNotSignedIn();
            return;
        }
        assertThat(signingIn).isSignedIn();
        HeldSession signedIn = alice.session().require();
        if (declaredWeak && !signedIn.renewedSince(planted)) {
            if (issued.isEmpty()) {
                mallory.session().plant(planted);
            }
            boolean shared = mallory.openProtectedPage().signedIn();
            Report.observedWeakness("sign-in keeps the session ID planted before it, as the profile declares (policy.rotatesSessionIdOnSignIn:"
                    + " false)" + (shared ? ": the attacker who planted it is signed in as alice" : "; the attacker's browser was not signed in by it")
                    + " (misses OWASP ASVS 3.2.1, session fixation)");
            return;
        }
        if (declaredWeak) {
            Report.step("the site rotated the session ID at sign-in although the profile declares policy.rotatesSessionIdOnSignIn: false"
                    + " — the declaration is weaker than the site: set it to true");
        }
        assertThat(signedIn).isRotatedFrom(planted);
        preLogin.filter(before -> alice.session().cookieNamed(before.cookie().getName()).filter(now -> now.sameValueAs(before)).isPresent())
                .ifPresent(kept -> Report.step("the pre-login cookie " + kept.cookie().getName() + " kept its value through sign-in"
                        + " (whether it opens the session is what mallory's visit shows)"));
        if (issued.isEmpty()) {
            mallory.session().plant(planted);
        }
        assertThat(mallory.openProtectedPage()).as("mallory's browser with the ID he planted").isNotSignedIn();
    }
}
