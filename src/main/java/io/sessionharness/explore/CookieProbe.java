package io.sessionharness.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

import io.sessionharness.report.Report;
import io.sessionharness.scenario.ProfileMismatchException;
import io.sessionharness.scenario.SessionCookie;

/**
 * Whether a cookie carries the session, tried the plain way (the drafter's and the explorer's {@link SessionRule.Probe}):
 * the signed-in page opened again without it. Still signed in means the cookie is no part of the session. Every cookie
 * is put back afterwards, on the site's own page (an identity provider's cookies on another host are left alone); a
 * site that ended the session meanwhile is signed in to again.
 */
public final class CookieProbe implements SessionRule.Probe {

    private final String who;
    private final WebDriver driver;
    private final String signedInUrl;
    private final BooleanSupplier openSignedIn;
    private final Runnable signInAgain;

    /**
     * {@code signedInUrl}: the signed-in page, where the cookies are put back; {@code openSignedIn} opens it and says
     * whether it shows the person signed in (a page it cannot tell throws {@link ProfileMismatchException});
     * {@code signInAgain} signs in anew.
     */
    public CookieProbe(String who, WebDriver driver, String signedInUrl, BooleanSupplier openSignedIn, Runnable signInAgain) {
        this.who = who;
        this.driver = driver;
        this.signedInUrl = signedInUrl;
        this.openSignedIn = openSignedIn;
        this.signInAgain = signInAgain;
    }

    /** The drafter's: the page sign-in led to ({@code signedIn}) is the signed-in page. */
    static CookieProbe drafter(DraftBrowser browser, SignedInPage signedIn, Runnable signInAgain) {
        return new CookieProbe("the drafter", browser.driver(), signedIn.url(), () -> {
            browser.driver().get(signedIn.url());
            return signedIn.at(browser.settled());
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
        } catch (WebDriverException | ProfileMismatchException e) {
            Report.step(who + " could not tell whether the page works without the cookie " + cookie + " (" + e.getClass().getSimpleName()
                    + "): not tried");
            restore(saved);
            return Optional.empty();
        }
        restore(saved);
        Report.step(who + " opened the signed-in page again without the cookie " + cookie + ": "
                + (stillIn ? "still signed in — not the session" : "asked to sign in — part of the session"));
        return Optional.of(stillIn);
    }

    /** Every cookie as it was, expiry and all, set on the signed-in page's origin; signed in again where the site ended the session. */
    private void restore(Set<Cookie> saved) {
        driver.get(signedInUrl);   // back on the site's own host: the cookies below are its own
        driver.manage().deleteAllCookies();
        List<String> lost = new ArrayList<>();
        saved.forEach(cookie -> {
            try {
                driver.manage().addCookie(new SessionCookie(cookie).asRestored());
            } catch (WebDriverException e) {
                lost.add(cookie.getName());
            }
        });
        if (!lost.isEmpty()) {
            Report.step(who + " could not put back the cookie(s) " + String.join(", ", lost) + " (another path or domain): the check below signs in"
                    + " again where the session needs them");
        }
        boolean in;
        try {
            in = openSignedIn.getAsBoolean();
        } catch (WebDriverException | ProfileMismatchException e) {
            in = false;
        }
        if (!in) {
            Report.step("the site ended the session while a cookie was away: " + who + " signs in again");
            signInAgain.run();
        }
    }
}
