package io.sessionharness.browser;

import java.util.Set;

import org.openqa.selenium.Cookie;

/** Cookies through classic WebDriver: the current document's, as the driver reports them (WebKitGTK, no BiDi). */
final class ClassicCookies implements BrowserCookies {

    private final PageDriver page;

    ClassicCookies(PageDriver page) {
        this.page = page;
    }

    @Override
    public Set<Cookie> all() {
        return page.cookies();
    }

    @Override
    public void replace(Cookie cookie) {
        page.replaceCookie(cookie);
    }

    @Override
    public String how() {
        return "classic WebDriver";
    }
}
