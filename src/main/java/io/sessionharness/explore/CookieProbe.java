package io.sessionharness.explore;

import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

import io.sessionharness.report.Report;
import io.sessionharness.scenario.SessionCookie;

/**
 * Whether a cookie carries the session, tried the plain way (the drafter's and the explorer's {@link SessionRule.Probe}):
 * the signed-in page opened again without it. Still signed in means the cookie is no part of the session. Every cookie
 * is put back afterwards; a site that ended the session meanwhile is signed in to again.
 */
public final class CookieProbe implements SessionRule.Probe {

    private final String who;
    private final WebDriver driver;
    private final BooleanSupplier openSignedIn;
    private final Runnable signInAgain;

    /**
     * {@code openSignedIn} opens the signed-in page and says whether it shows the person signed in (a page it cannot
     * tell throws); {@code signInAgain} signs in anew.
     */
    public CookieProbe(String who, WebDriver driver, BooleanSupplier openSignedIn, Runnable signInAgain) {
        this.who = who;
        this.driver = driver;
        this.openSignedIn = openSignedIn;
        this.signInAgain = signInAgain;
    }

    /** The drafter's: the page sign-in led to ({@code browser} shows it, settled) is the signed-in page. */
    static CookieProbe drafter(DraftBrowser browser, Runnable signInAgain) {
        String landing = browser.driver().getCurrentUrl();
        DraftPage signedIn = DraftPage.of(browser.driver());
        return new CookieProbe("the drafter", browser.driver(), () -> {
            browser.driver().get(landing);
            DraftPage page = browser.settled();
            // The same address, no sign-in form, a sign-out control or menu still shown where the signed-in page showed one.
            return !page.asksForSignInUnlike(signedIn) && page.url().replaceFirst("[?#].*$", "").equals(landing.replaceFirst("[?#].*$", ""))
                    && (signedIn.signOutShown().isEmpty() || !page.signOutShown().isEmpty())
                    && (signedIn.toggles().isEmpty() || !page.toggles().isEmpty());
        }, signInAgain);
    }

    @Override
    public Optional<Boolean> signedInWithout(String cookie) {
        Set<Cookie> saved = driver.manage().getCookies();
        if (saved.stream().noneMatch(c -> c.getName().equals(cookie))) {
            return Optional.empty();
        }
        boolean stillIn;
        try {
            driver.manage().deleteCookieNamed(cookie);
            stillIn = openSignedIn.getAsBoolean();
        } catch (RuntimeException e) {   // a page the profile cannot tell, a browser that would not: not tried
            restore(saved);
            return Optional.empty();
        }
        restore(saved);
        Report.step(who + " opened the signed-in page again without the cookie " + cookie + ": "
                + (stillIn ? "still signed in — not the session" : "asked to sign in — part of the session"));
        return Optional.of(stillIn);
    }

    /** Every cookie as it was; signed in again where the site ended the session meanwhile. */
    private void restore(Set<Cookie> saved) {
        driver.manage().deleteAllCookies();
        saved.forEach(cookie -> {
            try {
                driver.manage().addCookie(new SessionCookie(cookie).asPlanted());
            } catch (WebDriverException e) {
                // a cookie of another path or domain the page cannot set back: the check below signs in again
            }
        });
        boolean in;
        try {
            in = openSignedIn.getAsBoolean();
        } catch (RuntimeException e) {
            in = false;
        }
        if (!in) {
            Report.step("the site ended the session while a cookie was away: " + who + " signs in again");
            signInAgain.run();
        }
    }
}
