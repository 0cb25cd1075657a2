package io.sessionharness.browser;

import java.util.Optional;
import java.util.Set;

import org.openqa.selenium.Cookie;

/**
 * A browser's cookies for the page it shows: those a request to that page would carry. Through WebDriver BiDi
 * ({@code storage.getCookies} in the browser's own user context) where the browser has it, else classic WebDriver.
 */
public interface BrowserCookies {

    /** The cookies the browser holds for the page it shows (values included: secrets, never to be written out). */
    Set<Cookie> all();

    /** The cookie of that name the browser holds for the page it shows, if any. */
    default Optional<Cookie> named(String name) {
        return all().stream().filter(cookie -> cookie.getName().equals(name)).findFirst();
    }

    /** Puts {@code cookie} in for the site of the page shown, instead of any of that name (a planted session). */
    void replace(Cookie cookie);

    /** How the cookies are read, for the report: "BiDi storage.getCookies (user context …)" or "classic WebDriver". */
    String how();
}
