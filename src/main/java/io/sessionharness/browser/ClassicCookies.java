package io.sessionharness.browser;

import java.util.Set;
import java.util.function.Supplier;

import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/** Cookies through classic WebDriver: the current document's, as the driver reports them (WebKitGTK, no BiDi). */
final class ClassicCookies implements BrowserCookies {

    private final Supplier<WebDriver> driver;

    ClassicCookies(Supplier<WebDriver> driver) {
        this.driver = driver;
    }

    @Override
    public Set<Cookie> all() {
        return driver.get().manage().getCookies();
    }

    @Override
    public void replace(Cookie cookie) {
        driver.get().manage().deleteCookieNamed(cookie.getName());
        driver.get().manage().addCookie(cookie);
    }

    @Override
    public String how() {
        return "classic WebDriver";
    }
}
