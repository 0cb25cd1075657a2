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
    private static final String SIGNED_IN = "signed in by the drafter";
    /** Past the idle timeout the tester gave, as the drafted profile's tolerance: a site a second late is not caught. */
    private static final java.time.Duration IDLE_MARGIN = java.time.Duration.ofSeconds(2);

    private final DraftBrowser browser;
    private final Account account;
    private final Duration wait;
    private final Supplier<SortedMap<String, String>> digests;
    private final ProfileDraft draft;
    /** The pages the walk read (sign-in, signed-in, signed-out): a marker of another page must not show on them. */
    private final List<DraftPage> seen = new java.util.ArrayList<>();
    /** What the page sign-in led to looked like: how the drafter tells it is signed in, before any marker exists. */
    private SignedInPage signedInPage;

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
        DraftPage missing = missingPage();
        seen.add(missing);
        Report.step("open " + Redactor.mask(start.toString()), () -> {
            driver.get(start.toString());
            return null;
        });
        SortedMap<String, String> before = digests.get();
        Map<String, String> storedBefore = browser.storedValues();
        DraftPage signInPage = browser.settled();
        signIn();
        draft.account(account.username(), SIGNED_IN);
        draft.rendersWithJavaScript(!draft.firstSelector().map(selector -> ServedHtml.has(start, selector)).orElse(true));
        signedInPage = new SignedInPage(driver.getCurrentUrl(), browser.settled());
        draft.protectedPage(draft.pathOf(driver.getCurrentUrl()));
        SessionAtSignIn.note(browser, before, digests.get(), storedBefore, CookieProbe.drafter(browser, signedInPage, () -> signInAgain(start)), draft);
        // The sign-in field marks the signed-out page only where the signed-in page has no element by that name.
        signInPage.firstField().filter(field -> !browser.has(field)).ifPresent(field -> draft.signedOut("element", field));
        seen.add(signInPage);
        seen.addAll(DraftSignOut.signOut(browser, draft, signInPage.firstField().stream().toList(), List.of(missing)));
        seen.addAll(afterSignOut());
        draft.needsAHuman("policy.idleTimeout", "how long the site lets a session sit unused: pages do not say (declare it, or measure it)");
        draft.needsAHuman("policy.absoluteTimeout", "the longest a session may live whatever the activity: pages do not say");
        draft.needsAHuman("policy.concurrentSessions", "allow, newest-wins or reject-new: the rule the site means to follow");
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

    /**
     * A page the site does not have (a random path): what it shows is what every page of the site may show — its name,
     * its navigation, its footer, a generic error title — and so no marker of any state.
     */
    private DraftPage missingPage() {
        String path = "seh-draft-" + java.util.HexFormat.of().formatHex(randomBytes(4)) + "/no-such-page";
        return Report.step("the drafter opens a page the site does not have (/" + path + "): what it shows marks no state", () -> {
            browser.driver().get(draft.origin() + path);
            return browser.settled();
        });
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** The signed-out page read again after a reload, and the page Back shows after signing out: more pages a marker must not match. */
    private List<DraftPage> afterSignOut() {
        List<DraftPage> pages = new java.util.ArrayList<>();
        WebDriver driver = browser.driver();
        try {
            driver.navigate().refresh();
            pages.add(browser.settled());
            driver.navigate().back();
            pages.add(browser.settled());
        } catch (org.openqa.selenium.WebDriverException e) {
            // a page the browser would not show again (a form sent with POST, an error page of its own): nothing to read
            Report.step("the drafter could not read the page after a reload or Back once signed out: " + e.getClass().getSimpleName());
        }
        return pages;
    }

    /**
     * The sign-in steps drafted so far, from the start page again (a site that ended the session while a cookie was away,
     * the idled session), until a signed-in page shows — else {@link DraftFailedException} saying what the page was.
     */
    private void signInAgain(URI start) {
        browser.driver().get(start.toString());
        if (signedInPage.anywhere(browser.settled())) {
            return;   // the sign-in page sent a browser still signed in on to the site: nothing to do
        }
        signInAs(browser, "signs in again");
    }

    /** The drafted steps as {@code as}'s account from the page shown now, until a signed-in page shows (else why not). */
    private void signInAs(DraftBrowser as, String what) {
        draft.signInSteps().forEach(step -> as.perform(step, what));
        try {
            as.until(signedInPage::anywhere);
        } catch (TimeoutException e) {
            throw new DraftFailedException("the drafter " + what + " but no signed-in page showed (wrong password, a second factor, a lockout?);"
                    + " the page was: " + as.summary());
        }
    }

    /**
     * Signs in once with each of {@code others} (the accounts it was given a password for besides the first) through the
     * drafted steps, and out again: the draft says of each whether the site let it in — a wrong password or a locked
     * account found now, not in the middle of a nightly run.
     */
    public void otherAccounts(URI start, List<Account> others) {
        WebDriver driver = browser.driver();
        for (Account other : others) {
            DraftBrowser as = new DraftBrowser(driver, other, wait);
            Report.step("the drafter signs in as " + other.username(), () -> {
                browser.forgetTheSession();
                driver.get(start.toString());
                try {
                    signInAs(as, "signs in as " + other.username());
                    draft.account(other.username(), SIGNED_IN);
                } catch (TimeoutException | DraftFailedException e) {
                    String why = "the site did not let " + other.username() + " in with the password given (wrong password, a second factor,"
                            + " a lockout?); the page was: " + as.summary();
                    draft.account(other.username(), "NEEDS A HUMAN: " + why);
                    draft.needsAHuman("accounts: " + other.username(), why);
                }
                browser.forgetTheSession();   // no session left behind: the next account signs in from scratch
                return null;
            });
        }
    }

    /**
     * With the idle timeout the tester believes ({@code idleTimeout}, -Dexplore.idle): signs in, has {@code idle} pass it
     * and 2 s more (the harness's one idle), opens the signed-in page again and drafts what the ended session
     * showed — a message of its own about the session ending becomes {@code recognise.expired}; the plain sign-in page
     * is {@code policy.expiryShows: sign-in-page}; a session still alive, or a page with nothing to tell it by, is left to
     * a human saying what the page was.
     */
    public void idledOut(URI start, Optional<java.time.Duration> idleTimeout, java.util.function.Consumer<java.time.Duration> idle) {
        if (idleTimeout.isEmpty()) {
            draft.needsAHuman("recognise.expired / policy.expiryShows", "whether the site has a page of its own for an ended session"
                    + " (-Dexplore.idle=<the idle timeout> has the drafter idle one session out and read it)");
            return;
        }
        idledOut(start, idleTimeout.get(), idle);
    }

    private void idledOut(URI start, java.time.Duration idleTimeout, java.util.function.Consumer<java.time.Duration> idle) {
        WebDriver driver = browser.driver();
        browser.forgetTheSession();
        signInAgain(start);
        String signedInUrl = draft.origin() + draft.protectedPathOrRoot().substring(1);
        idle.accept(idleTimeout.plus(IDLE_MARGIN));
        DraftPage page = Report.step("the drafter opens the signed-in page after idling past " + io.sessionharness.config.Durations.format(idleTimeout),
                () -> {
                    driver.get(signedInUrl);
                    return browser.settled();
                });
        String given = "-Dexplore.idle=" + profileDuration(idleTimeout) + ", idled " + profileDuration(idleTimeout.plus(IDLE_MARGIN));
        if (signedInPage.at(page)) {
            draft.needsAHuman("recognise.expired / policy.expiryShows", "the session was still alive after idling past " + given
                    + " (a longer idle timeout, or pages that keep it alive?)");
            return;
        }
        java.util.Optional<String> message = OwnMessage.sessionEnded(page, seen);
        if (message.isPresent()) {
            draft.expired(message.get(), given);
        } else if (page.asksForSignIn()) {
            draft.expiryShowsSignInPage(given);
        } else {
            draft.needsAHuman("recognise.expired / policy.expiryShows", "after idling past " + given + " the page said nothing of its own about"
                    + " the session ending and was no sign-in page: " + browser.summary());
        }
    }

    /** "8s", "15m", "1500ms": a duration as a profile writes it. */
    static String profileDuration(java.time.Duration duration) {
        long millis = duration.toMillis();
        return millis % 3_600_000 == 0 ? millis / 3_600_000 + "h" : millis % 60_000 == 0 ? millis / 60_000 + "m"
                : millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    /** Up to four steps: a link to the sign-in, an identifier step, the form with the password. */
    private void signIn() {
        for (int round = 1; round <= MOST_STEPS; round++) {
            DraftPage page = browser.settled();
            if (round > 1) {
                seen.add(page);   // a sign-in page reached through a link: what it always says marks no ended session
            }
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
