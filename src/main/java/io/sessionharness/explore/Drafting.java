package io.sessionharness.explore;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Supplier;

import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;

import io.sessionharness.report.Redactor;
import io.sessionharness.report.Report;
import io.sessionharness.site.Account;
import io.sessionharness.site.SignInFlow;

/**
 * The draft suite's walk through a site it knows only by a start URL and an account: finds the way to sign in (a link
 * to the sign-in, an identity provider's identifier step, the form itself), signs in, sees which cookies and stored
 * tokens appeared ({@link SessionAtSignIn}), finds the sign-out ({@link DraftSignOut}: shown, or behind a menu, with a
 * confirmation page), signs out, and notes what marks each page — into a {@link ProfileDraft}. Every value stays a
 * secret: digests and names only.
 */
public final class Drafting {

    private static final int MOST_STEPS = 4;

    private final DraftBrowser browser;
    private final Account account;
    private final Duration wait;
    private final Supplier<SortedMap<String, String>> digests;
    private final ProfileDraft draft;
    /** The pages the walk read (sign-in, signed-in, signed-out): a marker of another page must not show on them. */
    private final List<DraftPage> seen = new java.util.ArrayList<>();

    /** {@code digests}: every cookie and stored item the browser holds for the site, by name, with a digest of its value. */
    public Drafting(WebDriver driver, Account account, Duration wait, Supplier<SortedMap<String, String>> digests, ProfileDraft draft) {
        this.browser = new DraftBrowser(driver, account, wait);
        this.account = account;
        this.wait = wait;
        this.digests = digests;
        this.draft = draft;
    }

    /** Walks the site and fills the draft; a site it cannot read is {@link DraftFailedException}, saying what the page was. */
    public ProfileDraft walk(URI start) {
        WebDriver driver = browser.driver();
        Report.step("open " + Redactor.mask(start.toString()), () -> {
            driver.get(start.toString());
            return null;
        });
        SortedMap<String, String> before = digests.get();
        Map<String, String> storedBefore = browser.storedValues();
        DraftPage signInPage = browser.settled();
        signIn();
        draft.rendersWithJavaScript(!draft.firstSelector().map(selector -> ServedHtml.has(start, selector)).orElse(true));
        browser.settled();
        SessionAtSignIn.note(browser, before, digests.get(), storedBefore, draft);
        draft.protectedPage(draft.pathOf(driver.getCurrentUrl()));
        // The sign-in field marks the signed-out page only where the signed-in page has no element by that name.
        signInPage.firstField().filter(field -> !browser.has(field)).ifPresent(field -> draft.signedOut("element", field));
        seen.add(signInPage);
        seen.addAll(DraftSignOut.signOut(browser, draft, signInPage.firstField().stream().toList()));
        draft.needsAHuman("policy.idleTimeout", "how long the site lets a session sit unused: pages do not say (declare it, or measure it)");
        draft.needsAHuman("policy.absoluteTimeout", "the longest a session may live whatever the activity: pages do not say");
        draft.needsAHuman("policy.concurrentSessions", "allow, newest-wins or reject-new: the rule the site means to follow");
        draft.needsAHuman("recognise.expired / policy.expiryShows", "whether the site has a page of its own for an ended session");
        return draft;
    }

    /**
     * The same sign-in in a browser that blocks cookies ({@code blocking}): the page the site then shows, if it is one of
     * its own (a heading, no sign-in form), becomes the cookiesRequired marker; else what happened is noted for a human.
     */
    public void withCookiesBlocked(URI start, WebDriver blocking) {
        DraftBrowser other = new DraftBrowser(blocking, account, wait);
        Report.step("the drafter signs in with every cookie blocked", () -> {
            blocking.get(start.toString());
            for (SignInFlow.Step step : draft.signInSteps()) {
                try {
                    other.perform(step, "signs in (cookies blocked)");
                } catch (TimeoutException e) {
                    draft.needsAHuman("recognise.cookiesRequired", "with cookies blocked the sign-in could not go on: " + step.waitFor().orElse("")
                            + " never showed at " + Redactor.mask(blocking.getCurrentUrl()) + "; the page was: " + other.summary());
                    return null;
                }
            }
            DraftPage shown = other.settled();
            if (draft.signedInSelector().filter(marker -> !blocking.findElements(io.sessionharness.browser.Locators.by(marker)).isEmpty()).isPresent()) {
                draft.needsAHuman("recognise.cookiesRequired", "a browser that blocks cookies was signed in all the same (the session"
                        + " travels another way, in the URL?) — the cookies scenario will say");
            } else {
                OwnMessage.of(shown, seen).ifPresentOrElse(draft::cookiesRequired,
                        () -> draft.needsAHuman("recognise.cookiesRequired", OwnMessage.whyNone(shown, seen, "with cookies blocked the site showed")));
            }
            return null;
        });
    }

    /** Up to four steps: a link to the sign-in, an identifier step, the form with the password. */
    private void signIn() {
        for (int round = 1; round <= MOST_STEPS; round++) {
            DraftPage page = browser.settled();
            if (page.password().isPresent()) {
                Map<String, String> fill = new LinkedHashMap<>();
                page.identifier().ifPresent(field -> fill.put(field, SignInFlow.USERNAME));
                fill.put(page.password().get(), SignInFlow.PASSWORD);
                String submit = page.submit().orElseThrow(() -> new DraftFailedException("the sign-in form at " + browser.where()
                        + " has no control that sends it; the page was: " + browser.summary()));
                signInStep(new SignInFlow.Step(page.firstField(), fill, Optional.of(submit)), "signs in");
                signedInOrSaysWhy(page);
                return;
            }
            if (page.identifier().isPresent() && page.submit().isPresent()) {
                Map<String, String> fill = new LinkedHashMap<>();
                fill.put(page.identifier().get(), SignInFlow.USERNAME);
                signInStep(new SignInFlow.Step(page.identifier(), fill, page.submit()), "gives the account name");
                continue;
            }
            if (!page.signInLinks().isEmpty()) {
                String link = page.signInLinks().get(0);
                signInStep(new SignInFlow.Step(Optional.of(link), Map.of(), Optional.of(link)), "follows the way to the sign-in");
                continue;
            }
            throw new DraftFailedException("no sign-in form, account field or sign-in link at " + browser.where() + "; the page was: " + browser.summary());
        }
        throw new DraftFailedException("no password field within " + MOST_STEPS + " steps from the start page; the last page: " + browser.summary());
    }

    private void signInStep(SignInFlow.Step step, String what) {
        draft.signInStep(step);
        browser.perform(step, what);
    }

    /** The site let the account in: the password field went away. Else it said why (wrong password, MFA, lockout). */
    private void signedInOrSaysWhy(DraftPage form) {
        try {
            browser.until(page -> !page.password().equals(form.password()) || !page.url().equals(form.url()));
        } catch (TimeoutException e) {
            throw new DraftFailedException("the site kept its sign-in form at " + browser.where() + " after signing in as " + account.username()
                    + " (wrong password, a second factor, a lockout?); the page was: " + browser.summary());
        }
    }
}
