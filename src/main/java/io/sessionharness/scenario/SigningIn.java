package io.sessionharness.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;

import io.sessionharness.browser.BrowserSetup;
import io.sessionharness.browser.NetworkLog;
import io.sessionharness.browser.PageReader;
import io.sessionharness.config.Secret;
import io.sessionharness.report.Redactor;
import io.sessionharness.report.Report;
import io.sessionharness.site.Account;
import io.sessionharness.site.Features;
import io.sessionharness.site.PageState;
import io.sessionharness.site.SessionCookieNames;
import io.sessionharness.site.SignInFlow;
import io.sessionharness.site.Site;
import io.sessionharness.site.TargetProfile;

/** A person's way in and out of the site: sign in (when the server issued the session), sign out, password change. */
final class SigningIn {

    private static final Duration SIGN_IN_EVENT_WAIT = Duration.ofSeconds(3);

    private final Person person;
    private final Site site;
    private final Visits visits;
    private final SessionClock clock;

    SigningIn(Person person, Site site, Visits visits, SessionClock clock) {
        this.person = person;
        this.site = site;
        this.visits = visits;
        this.clock = clock;
    }

    /**
     * Signs in with {@code credentials} (this person's own account, or deliberately wrong ones). When a plain browser
     * cannot get through — a step's field never appears, or the site shows its sign-in form again with a message (wrong
     * password, MFA, lockout, CAPTCHA) — the scenario is broken, "could not sign in as …", with what the page said: it
     * never reached what it meant to check, so that is no verdict on the site's sessions.
     */
    PageVisit signInAs(Account credentials) {
        SignInFlow flow = site.profile().signIn();
        String name = person.name();
        return Report.step(name + " signs in", rename -> {
            person.stage().yieldToComebacks();
            visits.navigate(flow.page());
            PageVisit opened = visits.recognise(flow.page(), Optional.empty());
            if (opened.signedIn()) {
                rename.accept(name + " opens " + flow.page() + " and is still signed in");
                visits.screenshot("still signed in");
                return opened;
            }
            Instant submitted = visits.beginAction();
            Optional<HeldSession> before = person.jar().heldIfReadable();
            for (int i = 0; i < flow.steps().size(); i++) {
                // The session starts with the last step's submission: earlier steps (an identity provider's pages)
                // must not count towards its age.
                submitted = person.stage().clock().instant();
                person.steps().signInStep(flow.steps().get(i), i + 1, credentials);
            }
            person.pageStates().awaitLeaving(PageState.SIGNED_OUT);
            PageVisit visit = visits.recognise(flow.page() + " (signed in)", Optional.empty());
            Optional<Boolean> sent = requestSentSince(submitted);
            if (visit.state() == PageState.SIGNED_OUT && sent.filter(yes -> !yes).isPresent()) {
                // Nothing left the browser: the click fell on a page still drawing. Once more, as a person would.
                visits.note("no sign-in request (a POST or the like) left the browser after the last sign-in step: a lost click — the step once more");
                submitted = person.stage().clock().instant();
                person.steps().signInStep(flow.steps().get(flow.steps().size() - 1), flow.steps().size(), credentials);
                person.pageStates().awaitLeaving(PageState.SIGNED_OUT);
                visit = visits.recognise(flow.page() + " (signed in)", Optional.empty());
                sent = requestSentSince(submitted);
            }
            PageVisit result = visit.afterSignIn(credentials.username(), sent);
            SessionCookie.registerAll(person.browser().cookies().all());
            if (result.signedIn()) {
                person.jar().heldIfReadable();   // registers the stored tokens' values as secrets before anything can show them
                clock.sessionStarted(sessionIssuedAt(submitted, before));
                person.stage().timeline().signedIn(visits.where());
            } else {
                person.steps().refusedCredentials(flow, result).ifPresent(said -> {
                    throw new SignInFailedException(name, credentials.username(), "the site kept its sign-in form at "
                            + Redactor.mask(person.browser().currentUrl().orElse("?")) + " (" + result.state().description() + ") and said: " + said);
                });
            }
            rename.accept(name + " signs in as " + credentials.username() + " → " + result.state().description());
            visits.screenshot("after sign-in");
            return result;
        });
    }

    /**
     * Whether the sign-in left the browser since {@code since} — a request that sends something (POST, PUT, …), as a
     * sign-in form or script does; the page's own resources still loading are no sign-in. Empty where the browser
     * records no network.
     */
    private Optional<Boolean> requestSentSince(Instant since) {
        if (!person.browser().recordsNetwork()) {
            return Optional.empty();
        }
        return Optional.of(person.browser().network().since(since).stream()
                .anyMatch(exchange -> !java.util.Set.of("GET", "HEAD", "OPTIONS").contains(exchange.method())));
    }

    /**
     * When the server issued the signed-in session: the answer that set the session cookie after the last sign-in
     * step, as the browser recorded it; without a network log, the moment of the last step. A browser may leave the
     * Set-Cookie of a redirect out of what it reports (Chromium's BiDi does for a sign-in POST answered 303): when the
     * session cookie the browser holds has changed since before the submission, the first answer after it issued it — as
     * for a token a page script stored from an answer's body (no Set-Cookie at all).
     */
    private Instant sessionIssuedAt(Instant lastStep, Optional<HeldSession> before) {
        if (!person.browser().recordsNetwork()) {
            return lastStep;
        }
        SessionCookieNames names = site.profile().sessionCookies();
        boolean cookieChanged = person.jar().heldIfReadable().filter(now -> before.map(now::renewedSince).orElse(true)).isPresent();
        try {
            // The browser reports its answers asynchronously, late on a busy machine: wait for the one that set the cookie.
            return Waiting.upTo(SIGN_IN_EVENT_WAIT).until(() -> {
                List<NetworkLog.Exchange> answers = person.browser().network().since(lastStep);
                Optional<Instant> setter = answers.stream()
                        .filter(answer -> setsOneOf(answer.headers().getOrDefault("set-cookie", ""), names))
                        .map(NetworkLog.Exchange::at).findFirst();
                return setter.or(() -> cookieChanged ? answers.stream().map(NetworkLog.Exchange::at).findFirst() : Optional.empty())
                        .orElse(null);
            });
        } catch (TimeoutException e) {
            visits.note("no answer setting " + (names.isEmpty() ? site.profile().sessionTokens().describe() : names.describe())
                    + " was seen; session age counted from the last sign-in step");
            return lastStep;
        }
    }

    /** True when a recorded Set-Cookie header (several cookies joined by " | ", see NetworkLog) sets a cookie of the session. */
    private static boolean setsOneOf(String setCookie, SessionCookieNames names) {
        return Arrays.stream(setCookie.split(" \\| ")).map(cookie -> cookie.split("=", 2)[0].trim()).anyMatch(names::matches);
    }

    /** Uses the target's sign-out control. */
    PageVisit signOut() {
        TargetProfile.SignOutControl control = site.profile().signOut();
        return Report.step(person.name() + " signs out", rename -> {
            if (!visits.isAt(control.page())) {
                visits.navigate(control.page());
                visits.recognise(control.page(), clock.idleSoFar());
            }
            visits.beginAction();
            person.steps().signOut(control, "sign-out", "signOut");
            person.pageStates().awaitLeaving(PageState.SIGNED_IN);
            PageVisit visit = visits.recognise("sign-out", Optional.empty());
            rename.accept(person.name() + " signs out → " + visit.state().description());
            visits.screenshot("after sign-out");
            return visit;
        });
    }

    /** Uses the profile's "sign out everywhere" control. */
    PageVisit signOutEverywhere() {
        TargetProfile.SignOutControl control = site.profile().features().signOutEverywhere()
                .orElseThrow(() -> new IllegalStateException("the target profile names no signOutEverywhere control"));
        if (!visits.isAt(control.page())) {
            visits.open(control.page());
        }
        return visits.act(() -> person.steps().signOut(control, "sign-out-everywhere", "signOutEverywhere"), "signs out everywhere", true);
    }

    /** Changes the person's password with the profile's form (a new random one, registered as a secret). */
    PageVisit changePassword() {
        Features.PasswordChange form = site.profile().features().passwordChange()
                .orElseThrow(() -> new IllegalStateException("the target profile names no passwordChange form"));
        if (!visits.isAt(form.page())) {
            visits.open(form.page());
        }
        Secret fresh = Secret.of("pw-" + UUID.randomUUID());
        Account current = person.account();
        PageVisit visit = visits.act(() -> person.steps().steps(form.steps(), "password change", "passwordChange",
                value -> value.replace(SignInFlow.PASSWORD, current.password().reveal()).replace(Features.PasswordChange.NEW_PASSWORD, fresh.reveal())),
                "changes the password", true);
        person.accountChanged(new Account(current.username(), fresh));
        return visit;
    }

    /**
     * A listed (shared) test account must not stay signed in after the scenario: on a site that refuses a second login
     * the next scenario would be locked out. Best effort, quietly; generated accounts are left as they are.
     */
    void leaveNoSessionBehind(Optional<Account> used, Optional<Account> borrowed) {
        if (person.setup().cookies() == BrowserSetup.Cookies.NONE) {
            // Its sign-in may have opened a session on the server that this browser never got the cookie of (its own
            // account's or, on a second device, its owner's).
            used.or(() -> borrowed).filter(site.profile().accounts().fixed()::contains).ifPresent(person.stage().accounts()::leftAnOrphanSession);
            return;
        }
        if (used.filter(site.profile().accounts().fixed()::contains).isEmpty()) {
            return;
        }
        try {
            visits.navigate(site.profile().signOut().page());
            if (PageReader.stateOf(site.profile().recognition(), person.browser().page()).orElse(null) == PageState.SIGNED_IN) {
                person.steps().signOut(site.profile().signOut(), "sign-out", "signOut");
                // Until the site has answered: a browser that quits with the sign-out still on its way leaves the
                // session on the server, and a site that refuses a second login then refuses the next scenario.
                Waiting.upTo(person.stage().waitTimeout()).passingOver(WebDriverException.class)
                        .until(() -> PageReader.stateOf(site.profile().recognition(), person.browser().page()).filter(state -> state != PageState.SIGNED_IN).isPresent());
                visits.note("signs out after the scenario (listed account)");
            }
        } catch (RuntimeException e) {
            visits.note("could not sign out after the scenario: " + e.getClass().getSimpleName());
        }
    }
}
