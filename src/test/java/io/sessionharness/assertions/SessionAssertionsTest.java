package io.sessionharness.assertions;

import static io.sessionharness.assertions.SessionAssertions.assertThat;
import static io.sessionharness.assertions.SessionAssertions.assertThatSession;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.testng.annotations.Test;

import io.sessionharness.scenario.PageVisit;
import io.sessionharness.site.PageState;
import io.sessionharness.site.SessionPolicy;

/** The assertion messages are the product for report readers: measured against declared, with the verdict first. */
public class SessionAssertionsTest {

    private static final SessionPolicy POLICY = SessionPolicy.of(Optional.of(Duration.ofSeconds(4)),
            Optional.of(Duration.ofSeconds(12)), Duration.ofSeconds(1));

    private static PageVisit visit(PageState state, long idleMillis, long ageMillis) {
        return new PageVisit("alice", "/account", "http://127.0.0.1:1/x", state, Optional.of(Duration.ofMillis(ageMillis)),
                Optional.of(Duration.ofMillis(idleMillis)), List.of(), true, POLICY);
    }

    @Test
    public void aSessionThatOutlivesItsTimeoutSaysSoWithTheMeasuredIdle() {
        assertThatThrownBy(() -> assertThat(visit(PageState.SIGNED_IN, 5000, 5500)).isExpired())
                .hasMessage("The session outlived its declared limit — alice opened /account after 5.0 s idle (5.5 s after sign-in) "
                        + "and got the signed-in page at http://127.0.0.1:1/x. Declared policy: idle timeout 4.0 s, absolute timeout 12.0 s, tolerance ± 1.0 s.");
    }

    @Test
    public void probesThatIdledPastTheIdleTimeoutJudgeNoLifetime() {
        // Meant to work every 0.5 s towards the 12 s lifetime; the probe at 7 s came after 4.5 s of nothing (a slow
        // machine): the idle timeout (4 s) may have ended the session, so "expired too early" would be a lie.
        List<PageVisit> probes = List.of(visit(PageState.SIGNED_IN, 500, 2000), visit(PageState.EXPIRED, 4500, 7000));
        assertThatThrownBy(() -> SessionAssertions.assertThatSession(probes).endedAt(Duration.ofSeconds(12), "absolute timeout"))
                .isInstanceOf(InconclusiveTimingException.class)
                .hasMessageContaining("idle longer than the declared idle timeout 4.0 s");
        List<PageVisit> onTime = List.of(visit(PageState.SIGNED_IN, 500, 2000), visit(PageState.EXPIRED, 500, 7000));
        assertThatThrownBy(() -> SessionAssertions.assertThatSession(onTime).endedAt(Duration.ofSeconds(12), "absolute timeout"))
                .isInstanceOf(AssertionError.class).hasMessageStartingWith("The session expired too early");
    }

    @Test
    public void aSessionKeptAliveByItsOwnPageIsReportedAsExactlyThat() {
        PageVisit kept = new PageVisit("alice", "/account", "http://127.0.0.1:1/account", PageState.SIGNED_IN, Optional.of(Duration.ofMillis(5500)),
                Optional.of(Duration.ofMillis(5000)), List.of(), true, POLICY, Optional.empty(),
                Optional.of("during the idle period the page sent 4 request(s) to the site by itself (4 × /keepalive), which keeps a session alive"));
        assertThatThrownBy(() -> assertThat(kept).isExpired())
                .hasMessageStartingWith("The session outlived its declared limit while its page kept it alive (during the idle period the page sent 4")
                .hasMessageContaining("policy.pageKeepsAlive");
    }

    @Test
    public void withoutACookiesMarkerTheSignInFormAgainWithoutAWordIsASignInLoop() {
        assertThatThrownBy(() -> assertThat(visit(PageState.SIGNED_OUT, 0, 0)).saysWhyTheSignInDidNotHold(Optional.empty()))
                .hasMessageStartingWith("A sign-in loop — a browser that blocks cookies")
                .satisfies(failure -> org.assertj.core.api.Assertions.assertThat(io.sessionharness.report.Categories.of("failed", failure.getMessage()))
                        .hasValueSatisfying(category -> org.assertj.core.api.Assertions.assertThat(category.name()).isEqualTo(io.sessionharness.report.Categories.ERROR_PAGE)));
        assertThat(visit(PageState.SIGNED_OUT, 0, 0)).saysWhyTheSignInDidNotHold(Optional.of("Cookies must be enabled"));
        assertThat(visit(PageState.COOKIES_REQUIRED, 0, 0)).saysWhyTheSignInDidNotHold(Optional.empty());
    }

    @Test
    public void backLeavingTheSiteShowsNothingOfTheSession() {
        assertThat(visit(PageState.LEFT_SITE, 0, 0)).isNotSignedIn();
        assertThatThrownBy(() -> assertThat(visit(PageState.UNRECOGNISED, 0, 0)).isNotSignedIn()).hasMessageStartingWith("Unrecognised page");
    }

    @Test
    public void aPlainSignInPageIsNotAClearExpiryMessage() {
        assertThatThrownBy(() -> assertThat(visit(PageState.SIGNED_OUT, 5000, 5500)).isExpired())
                .hasMessageStartingWith("No clear expiry message: a plain sign-in page instead of the session-expired page");
        assertThatThrownBy(() -> assertThat(visit(PageState.ERROR, 5000, 5500)).isExpired())
                .hasMessageStartingWith("The site answered with an error page");
    }

    @Test
    public void aSiteDeclaredToShowItsSignInPageOnExpiryPassesWithItButStillFailsWhenTheSessionLivesOn() {
        SessionPolicy signInPage = new SessionPolicy(POLICY.idleTimeout(), POLICY.absoluteTimeout(), POLICY.tolerance(), true, true,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                SessionPolicy.ExpiryShows.SIGN_IN_PAGE, true, List.of());
        PageVisit signInForm = new PageVisit("alice", "/account", "http://127.0.0.1:1/login", PageState.SIGNED_OUT,
                Optional.of(Duration.ofMillis(5500)), Optional.of(Duration.ofMillis(5000)), List.of(), true, signInPage);
        assertThat(signInForm).isExpired();
        PageVisit stillIn = new PageVisit("alice", "/account", "http://127.0.0.1:1/account", PageState.SIGNED_IN,
                Optional.of(Duration.ofMillis(5500)), Optional.of(Duration.ofMillis(5000)), List.of(), true, signInPage);
        assertThatThrownBy(() -> assertThat(stillIn).isExpired()).hasMessageStartingWith("The session outlived its declared limit");
        PageVisit error = new PageVisit("alice", "/account", "http://127.0.0.1:1/account", PageState.ERROR,
                Optional.of(Duration.ofMillis(5500)), Optional.of(Duration.ofMillis(5000)), List.of(), true, signInPage);
        assertThatThrownBy(() -> assertThat(error).isExpired()).hasMessageStartingWith("The site answered with an error page");
    }

    @Test
    public void anUnrecognisedPageIsBrokenNotAFailureAndSaysWhatThePageWas() {
        PageVisit logoutConfirm = new PageVisit("alice", "(back)", "http://127.0.0.1:1/logout", PageState.UNRECOGNISED, Optional.empty(),
                Optional.empty(), List.of(), true, POLICY, Optional.of("title: Logging out\nheadings: Do you want to log out?\nlandmark ids: form#kc-logout"), Optional.empty());
        for (org.assertj.core.api.ThrowableAssert.ThrowingCallable check : List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                () -> assertThat(logoutConfirm).isNotSignedIn(), () -> assertThat(logoutConfirm).isSignedIn(),
                () -> assertThat(logoutConfirm).isExpired(), () -> assertThat(logoutConfirm).isSignedOutPage(),
                () -> assertThat(logoutConfirm).isLinkUsed(), () -> assertThat(logoutConfirm).isCookiesRequiredPage())) {
            Throwable failure = org.assertj.core.api.Assertions.catchThrowable(check);
            org.assertj.core.api.Assertions.assertThat(failure).isInstanceOf(UnrecognisedPageException.class).isNotInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("Unrecognised page — profile or site?")
                    .hasMessageContaining("the page was: title: Logging out; headings: Do you want to log out?; landmark ids: form#kc-logout");
            org.assertj.core.api.Assertions.assertThat(io.sessionharness.report.Categories.of("broken", failure.getMessage()))
                    .hasValueSatisfying(c -> org.assertj.core.api.Assertions.assertThat(c.name()).isEqualTo("Unrecognised page — profile or site?"));
        }
    }

    @Test
    public void anExpiryAfterTheHarnessIdledTooLongIsInconclusiveNotAFailure() {
        assertThatThrownBy(() -> assertThat(visit(PageState.EXPIRED, 3500, 6000)).isSignedIn())
                .isInstanceOf(InconclusiveTimingException.class)
                .hasMessageStartingWith("Inconclusive, not a target defect: alice opened /account after 3.5 s idle");
    }

    @Test
    public void anEarlyExpiryIsCalledEarly() {
        assertThatThrownBy(() -> assertThat(visit(PageState.EXPIRED, 2500, 2600)).isSignedIn())
                .hasMessageStartingWith("The session ended too early — expected it still alive: alice opened /account after 2.5 s idle");
    }

    @Test
    public void lifetimeIsJudgedByTheDeclaredToleranceBothWays() {
        List<PageVisit> onTime = List.of(visit(PageState.SIGNED_IN, 500, 11_600), visit(PageState.EXPIRED, 500, 12_100));
        assertThatSession(onTime).endedAt(Duration.ofSeconds(12), "absolute timeout");

        List<PageVisit> early = List.of(visit(PageState.SIGNED_IN, 500, 9_000), visit(PageState.EXPIRED, 500, 9_500));
        assertThatThrownBy(() -> assertThatSession(early).endedAt(Duration.ofSeconds(12), "absolute timeout"))
                .hasMessageStartingWith("The session expired too early: declared absolute timeout 12.0 s ± 1.0 s, measured ended between 9.0 s and 9.5 s");

        List<PageVisit> late = List.of(visit(PageState.SIGNED_IN, 500, 13_500), visit(PageState.EXPIRED, 500, 14_000));
        assertThatThrownBy(() -> assertThatSession(late).endedAt(Duration.ofSeconds(12), "absolute timeout"))
                .hasMessageStartingWith("The session outlived its absolute timeout: declared 12.0 s ± 1.0 s, measured ended between 13.5 s and 14.0 s");

        List<PageVisit> never = List.of(visit(PageState.SIGNED_IN, 500, 14_000));
        assertThatThrownBy(() -> assertThatSession(never).endedAt(Duration.ofSeconds(12), "absolute timeout"))
                .hasMessageStartingWith("The session outlived its absolute timeout: declared 12.0 s ± 1.0 s, yet it was still alive 14.0 s after sign-in");
    }

    @Test
    public void aSignInThatDidNotGetThroughIsBrokenNeverASessionThatEndedTooEarly() {
        PageVisit lost = visit(PageState.SIGNED_OUT, 0, 0).afterSignIn("qa1", Optional.of(false));
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> assertThat(lost).isSignedIn());
        org.assertj.core.api.Assertions.assertThat(failure).isInstanceOf(io.sessionharness.scenario.SignInFailedException.class)
                .hasMessageStartingWith("alice could not sign in as qa1: the site showed the sign-in page")
                .hasMessageContaining("no sign-in request (a POST or the like) left the browser after the last sign-in step, tried twice")
                .hasMessageNotContaining("ended too early");
        org.assertj.core.api.Assertions.assertThat(io.sessionharness.report.Categories.of("broken", failure.getMessage()))
                .hasValueSatisfying(c -> org.assertj.core.api.Assertions.assertThat(c.name()).isEqualTo(io.sessionharness.report.Categories.SIGN_IN));
        assertThatThrownBy(() -> assertThat(visit(PageState.SIGNED_OUT, 0, 0).afterSignIn("qa1", Optional.of(true))).isSignedIn())
                .isInstanceOf(io.sessionharness.scenario.SignInFailedException.class).hasMessageContaining("the sign-in was sent");
        assertThat(visit(PageState.SIGNED_IN, 0, 0).afterSignIn("qa1", Optional.of(true))).isSignedIn();
    }

    @Test
    public void aSignInSentUnderTheConditionTestedThatDoesNotHoldIsTheSitesDoing() {
        assertThatThrownBy(() -> assertThat(visit(PageState.SIGNED_OUT, 0, 0).afterSignIn("qa1", Optional.of(true)))
                .isSignedInDespite("the browser's clock 3 h ahead"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("The session ended too early — at once, with the browser's clock 3 h ahead: the sign-in was sent");
        assertThatThrownBy(() -> assertThat(visit(PageState.SIGNED_OUT, 0, 0).afterSignIn("qa1", Optional.of(false)))
                .isSignedInDespite("the browser's clock 3 h ahead"))
                .isInstanceOf(io.sessionharness.scenario.SignInFailedException.class);
    }

    @Test
    public void anErrorPageSaysWhichAnswerMadeItOne() {
        PageVisit error500 = new PageVisit("alice", "/account", "http://127.0.0.1:1/account", PageState.ERROR, Optional.empty(), Optional.of(Duration.ofSeconds(9)),
                List.of("GET /account → 302; location: /login", "GET /login → 500; cache-control: no-store"), true, POLICY);
        assertThatThrownBy(() -> assertThat(error500).isExpired())
                .hasMessageStartingWith("The site answered with an error page (GET /login → 500) instead of a clean session page");
        List<String> loop = java.util.stream.IntStream.range(0, 20).mapToObj(i -> "GET /" + (i % 2 == 0 ? "account" : "session-expired") + " → 302").toList();
        PageVisit looping = new PageVisit("alice", "/account", "http://127.0.0.1:1/account", PageState.ERROR, Optional.empty(), Optional.empty(),
                loop, true, POLICY);
        assertThatThrownBy(() -> assertThat(looping).isExpired()).hasMessageContaining("(20 redirects in a row: a redirect loop)");
    }
}
