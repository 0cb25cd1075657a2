package io.sessionharness.assertions;

import java.time.Duration;

import org.assertj.core.api.AbstractAssert;

import io.sessionharness.config.Durations;
import io.sessionharness.report.Report;
import io.sessionharness.scenario.PageVisit;
import io.sessionharness.scenario.SignInFailedException;
import io.sessionharness.site.PageState;

/** Web-first checks of one visit; each failure message says what the site did against what its policy declares. */
public final class PageVisitAssert extends AbstractAssert<PageVisitAssert, PageVisit> {



    PageVisitAssert(PageVisit actual) {
        super(actual, PageVisitAssert.class);
    }

    public PageVisitAssert isSignedIn() {
        isNotNull();
        if (actual.signInAttempt().isPresent() && actual.state().endsTheSession()) {
            // A sign-in that never reached the signed-in page started no session: nothing about its lifetime to judge.
            PageVisit.SignInAttempt attempt = actual.signInAttempt().get();
            String sent = attempt.sent();
            throw new SignInFailedException(actual.person(), attempt.username(), "the site showed " + actual.state().description() + " at "
                    + io.sessionharness.report.Redactor.mask(actual.landedUrl()) + " instead of the signed-in page"
                    + (sent.isEmpty() ? "" : "; " + sent) + " — a sign-in that did not get through is no verdict on the session's lifetime");
        }
        if (actual.state().endsTheSession() && idledPastTheTimeout(actual)) {
            throw idledTooLong(actual);
        }
        if (actual.state() != PageState.SIGNED_IN) {
            String what = actual.state().endsTheSession() ? "The session ended too early" : problemWith(actual.state());
            failWithMessage("%s — expected it still alive: %s. %s", what, actual.describe(), policyLine());
        }
        return this;
    }

    /**
     * A sign-in made under the condition the scenario tests ({@code condition}: a client clock hours ahead, a proxy):
     * where the sign-in was sent (or the browser records no network) and the site showed the sign-in or expired page
     * instead of the signed-in one, that is what the site did with the condition — the session ended at once, a
     * verdict. A sign-in that never left the browser stays broken, as in {@link #isSignedIn}.
     */
    public PageVisitAssert isSignedInDespite(String condition) {
        isNotNull();
        boolean sent = actual.signInAttempt().flatMap(PageVisit.SignInAttempt::formSent).orElse(true);
        if (sent && actual.state().endsTheSession()) {
            failWithMessage("The session ended too early — at once, with %s: the sign-in was sent and %s. %s", condition, actual.describe(),
                    policyLine());
        }
        return isSignedIn();
    }

    /**
     * A declared rule — not a timeout — ends this session (the newest sign-in wins, the session is bound to its
     * address): the clear session-expired page, as for a timeout; still signed in is the rule not enforced.
     */
    public PageVisitAssert isEndedByTheRule(String rule) {
        isNotNull();
        if (actual.state() == PageState.SIGNED_IN) {
            failWithMessage("Still signed in although the declared rule ends this session (%s) — %s. %s", rule, actual.describe(), policyLine());
        }
        return isExpired();
    }

    /** The site showed its clear session-expired page (not a bare sign-in page, not an error). */
    public PageVisitAssert isExpired() {
        isNotNull();
        if (signInPageStandsForExpiry(actual)) {
            return this;
        }
        if (actual.state() != PageState.EXPIRED) {
            String what = switch (actual.state()) {
                case SIGNED_IN -> actual.pageKeptAlive().map(activity -> "The session outlived its declared limit while its page kept it alive ("
                        + activity + "; a target whose pages do so on purpose declares policy.pageKeepsAlive)").orElse("The session outlived its declared limit");
                case SIGNED_OUT -> "No clear expiry message: a plain sign-in page instead of the session-expired page"
                        + " (a site with no such page declares policy.expiryShows: sign-in-page)";
                default -> problemWith(actual.state());
            };
            failWithMessage("%s — %s. %s", what, actual.describe(), policyLine());
        }
        return this;
    }

    /**
     * True when the visit ended on the sign-in page of a site declared to show nothing else when a session ends
     * (policy.expiryShows: sign-in-page): that counts as the expiry, and the missing explanation is reported as a
     * usability finding.
     */
    static boolean signInPageStandsForExpiry(PageVisit visit) {
        if (visit.state() != PageState.SIGNED_OUT || !visit.policy().expiryShowsSignInPage()) {
            return false;
        }
        Report.usabilityFinding("the session ended and the site showed its plain sign-in page — the person is not told why"
                + " (declared: policy.expiryShows: sign-in-page) (" + visit.describe() + ")");
        return true;
    }

    /**
     * The site no longer treats the browser as signed in and says so cleanly (expired or sign-in page) — or, after
     * Back, the browser left the site altogether (a single-page app whose sign-in never changed the address).
     */
    public PageVisitAssert isNotSignedIn() {
        isNotNull();
        if (!actual.state().endsTheSession() && actual.state() != PageState.LEFT_SITE) {
            String what = actual.state() != PageState.SIGNED_IN ? problemWith(actual.state())
                    : actual.servedFromBrowserCache() ? "The signed-in page came back from the browser's cache, without asking the server"
                            + " (authenticated pages must be no-store)"
                    : "The signed-in page is shown: the session is still alive on the server, or the page came from a cache";
            failWithMessage("%s — expected a clean sign-in or session-expired page: %s. %s", what, actual.describe(), policyLine());
        }
        return this;
    }

    public PageVisitAssert isSignedOutPage() {
        isNotNull();
        if (actual.state() != PageState.SIGNED_OUT) {
            String what = actual.state() == PageState.SIGNED_IN ? "Still signed in" : problemWith(actual.state());
            failWithMessage("%s — expected the sign-in page: %s", what, actual.describe());
        }
        return this;
    }

    /** A second sign-in was refused with the site's clear "account in use elsewhere" message. */
    public PageVisitAssert isSignInRefused() {
        return isState(PageState.SIGN_IN_REFUSED, "the sign-in to be refused with a clear message (reject-new)");
    }

    /** The site told a browser that blocks cookies that it needs them (not a sign-in loop, not "session expired"). */
    public PageVisitAssert isCookiesRequiredPage() {
        isNotNull();
        if (actual.state() == PageState.SIGNED_OUT) {
            failWithMessage("A sign-in loop — a browser that blocks cookies was sent back to the sign-in page without a word,"
                    + " expected a clear 'cookies are required' message: %s", actual.describe());
        }
        return isState(PageState.COOKIES_REQUIRED, "the 'cookies are required' page");
    }

    /**
     * Where the profile names no "cookies are required" page: a browser that blocks cookies, sent back to the sign-in
     * page after signing in, must at least be told something ({@code messages}: what the page shows as a message) —
     * the sign-in form again without a word is a sign-in loop, whatever the site's wording would have been.
     */
    public PageVisitAssert saysWhyTheSignInDidNotHold(java.util.Optional<String> messages) {
        isNotNull();
        if (actual.state() == PageState.SIGNED_OUT && messages.isEmpty()) {
            failWithMessage("A sign-in loop — a browser that blocks cookies (and with them site storage) was shown the sign-in form again"
                    + " after signing in, without a word (no message on the page), where a clear 'cookies are required' message was"
                    + " expected: %s", actual.describe());
        }
        return this;
    }

    /** The session ID never appears in the address (OWASP ASVS 3.1.1): not as a path parameter, not in the query. */
    public PageVisitAssert hasNoSessionIdInUrl(io.sessionharness.site.SessionCookieNames sessionCookies) {
        isNotNull();
        if (sessionCookies.appearIn(actual.landedUrl())) {
            failWithMessage("The session ID is in the URL (it leaks into logs, history and Referer headers; OWASP ASVS 3.1.1): %s",
                    actual.describe());
        }
        return this;
    }

    /**
     * As {@link #hasNoSessionIdInUrl(io.sessionharness.site.SessionCookieNames)}, and no address of the person's
     * browser (requested URL, {@code Location} header; {@code addressesCarryingOne}, masked) carried the
     * <em>value</em> of a session cookie the site issued, under whatever parameter name or path segment.
     */
    public PageVisitAssert hasNoSessionIdInUrl(io.sessionharness.site.SessionCookieNames sessionCookies, java.util.List<String> addressesCarryingOne) {
        hasNoSessionIdInUrl(sessionCookies);
        if (!addressesCarryingOne.isEmpty()) {
            failWithMessage("The session ID is in the URL (it leaks into logs, history and Referer headers; OWASP ASVS 3.1.1): the value"
                    + " of %s — %s", String.join("; ", addressesCarryingOne), actual.describe());
        }
        return this;
    }

    /** The site said the one-time link was already used or expired. */
    public PageVisitAssert isLinkUsed() {
        return isState(PageState.LINK_USED, "the 'link already used or expired' page");
    }

    private PageVisitAssert isState(PageState expected, String what) {
        isNotNull();
        requireRecognised();
        if (actual.state() != expected) {
            failWithMessage("Expected %s — %s. %s", what, actual.describe(), policyLine());
        }
        return this;
    }

    /** The person had been idle at least {@code minimum} before the visit (guards the scenario's own timing). */
    public PageVisitAssert followedIdleOfAtLeast(Duration minimum) {
        isNotNull();
        Duration idle = actual.idleBefore().orElse(Duration.ZERO);
        if (idle.compareTo(minimum) < 0) {
            failWithMessage("The scenario meant to be idle at least %s before this visit but was idle only %s: %s",
                    Durations.format(minimum), Durations.format(idle), actual.describe());
        }
        return this;
    }

    /** The visit happened at least {@code age} after sign-in (e.g. past one idle timeout). */
    public PageVisitAssert happenedAtLeastAfterSignIn(Duration age) {
        isNotNull();
        Duration actualAge = actual.sinceSignIn().orElse(Duration.ZERO);
        if (actualAge.compareTo(age) < 0) {
            failWithMessage("Expected this visit at least %s after sign-in, but it was %s: %s",
                    Durations.format(age), Durations.format(actualAge), actual.describe());
        }
        return this;
    }

    /** Idle at least the idle timeout minus the tolerance: the site may rightly have ended the session. */
    static boolean idledPastTheTimeout(PageVisit visit) {
        return visit.policy().idleTimeout().isPresent() && visit.idleBefore().isPresent()
                && visit.idleBefore().get().compareTo(visit.policy().idleTimeout().get().minus(visit.policy().tolerance())) >= 0;
    }

    /** A visit that found the session ended after the person idled longer than planned: no verdict either way. */
    static InconclusiveTimingException idledTooLong(PageVisit visit) {
        return new InconclusiveTimingException("Inconclusive, not a target defect: " + visit.describe()
                + ", but the person had been idle longer than the declared idle timeout "
                + visit.policy().idleTimeout().map(Durations::format).orElse("?")
                + " before this check because the machine was slow — rerun with fewer -Dslots or -Dthreads");
    }

    private String problemWith(PageState state) {
        if (state == PageState.ERROR) {
            return "The site answered with an error page" + actual.errorEvidence().map(evidence -> " (" + evidence + ")").orElse("")
                    + " instead of a clean session page";
        }
        requireRecognised();
        // A page the profile does describe (a used-up link, a refused sign-in, cookies required): the site's answer.
        return "The site showed " + state.description() + " instead";
    }

    /** A page no marker describes is no verdict on the site: the scenario leaves as broken, saying what the page was. */
    private void requireRecognised() {
        if (actual.state() != PageState.UNRECOGNISED) {
            return;
        }
        throw new UnrecognisedPageException("Unrecognised page — profile or site? It matched none of the target's markers (a page"
                + " the profile does not describe yet, or a broken page) and the site answered it without an error status, so this"
                + " is no verdict on the site: " + actual.describe() + actual.pageSummary().map(summary -> "; the page was: "
                + summary.replace("\n", "; ")).orElse("") + " — describe it under recognise: in the target profile, or fix the page");
    }

    private String policyLine() {
        return "Declared policy: idle timeout " + actual.policy().idleTimeout().map(Durations::format).orElse("none")
                + ", absolute timeout " + actual.policy().absoluteTimeout().map(Durations::format).orElse("none")
                + ", tolerance ± " + Durations.format(actual.policy().tolerance()) + ".";
    }
}
