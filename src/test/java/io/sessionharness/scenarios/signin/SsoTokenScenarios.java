package io.sessionharness.scenarios.signin;

import static io.sessionharness.assertions.SessionAssertions.assertThat;
import static io.sessionharness.assertions.SessionAssertions.assertThatSession;
import static org.assertj.core.api.Assertions.assertThat;

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
import io.sessionharness.scenario.PageVisit;
import io.sessionharness.scenario.Person;
import io.sessionharness.site.SessionPolicy;
import io.sessionharness.testng.ExpectedWait;
import io.sessionharness.testng.ScenarioTest;

/**
 * Single sign-on with expiring tokens: while the refresh token lasts, an expired access token is renewed without the
 * person noticing; when the identity provider's session (the refresh token) ends, the app session ends too, with a
 * clear message — not a loop through the identity provider, not an error.
 */
@Epic("Session expiry")
@Feature("Sign-in and session identity")
@Story("Expiring SSO tokens")
public class SsoTokenScenarios extends ScenarioTest {

    @ExpectedWait(refreshLifetimes = 1)
    @Severity(SeverityLevel.CRITICAL)
    @Checks({Requirement.RFC_9700_REFRESH_TOKENS, Requirement.ASVS_3_3_2})
    @Test(groups = "tokens", description = "Working steadily: access tokens are renewed past their lifetime, and the session ends"
            + " with a clear expiry message when the refresh token (the SSO session) ends")
    public void refreshKeepsTheSessionUntilTheSsoSessionEnds() {
        requireThat(policy().tokens().isPresent(), "the target declares no policy.tokens (access and refresh lifetimes)");
        SessionPolicy.Tokens tokens = policy().tokens().get();
        Duration every = Duration.ofSeconds(2);
        Person alice = cast().person("alice");
        assertThat(alice.signIn()).isSignedIn();

        List<PageVisit> visits = alice.keepWorking(every, tokens.refresh().plus(policy().tolerance()).plus(every));
        assertThat(visits.stream().filter(PageVisit::signedIn)
                .anyMatch(v -> v.sinceSignIn().orElse(Duration.ZERO).compareTo(tokens.access().plus(policy().tolerance())) > 0))
                .as("a signed-in page after the access token's lifetime of %s (a silent refresh)", Durations.format(tokens.access()))
                .isTrue();
        assertThatSession(visits).endedAt(tokens.refresh(), "refresh token (SSO session) lifetime");
    }
}
