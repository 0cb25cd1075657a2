package io.sessionharness.browser;

import java.util.Set;

import org.openqa.selenium.Capabilities;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WindowType;

/**
 * What a person does with a browser, and nothing more: go to a page, find, click and type by CSS selector, run a
 * script, read cookies classically, switch tabs, take a screenshot, quit. Two implementations: {@link WebDriverPages}
 * for a browser of one's own, and {@link UserContextPages} for a person who is a BiDi user context in a
 * {@link SharedBrowser} (every command there runs in that person's own window). Failures are Selenium's
 * {@link org.openqa.selenium.WebDriverException}s, as the browser reported them.
 */
public interface PageDriver {

    /** Loads {@code url} in the current tab and waits for it as the browser's page-load strategy says. */
    void go(String url);

    /** The browser's Back button. */
    void back();

    /** The address of the page shown. */
    String url();

    /** The page's HTML as the browser holds it now. */
    String source();

    /** A PNG of the current tab. */
    byte[] screenshot();

    /** Runs {@code source} (the body of a function) in the page with {@code args}; returns what it returns. */
    Object script(String source, Object... args);

    /** Runs {@code source} in the page; it ends by calling its last argument with the result. */
    Object asyncScript(String source, Object... args);

    // Each "css" below is a profile's selector: CSS, or the role and text forms of site.Selector (see Locators).

    /** True when some element matches {@code css}. */
    boolean present(String css);

    /** True when some element matching {@code css} is displayed. */
    boolean shown(String css);

    /** Clicks the first element matching {@code css} ({@link org.openqa.selenium.NoSuchElementException} if none). */
    void click(String css);

    /** Empties the first field matching {@code css} and types {@code text} into it. */
    void type(String css, String text);

    /** The rendered text of the first element matching {@code css}. */
    String text(String css);

    /** The current values of every field matching {@code css}. */
    java.util.List<String> values(String css);

    /** The cookies of the current document, as classic WebDriver reports them (values are secrets). */
    Set<Cookie> cookies();

    /** Puts {@code cookie} in for the current document instead of any of that name, through classic WebDriver. */
    void replaceCookie(Cookie cookie);

    /** The current tab's handle. */
    String tab();

    /** Every open tab's handle, in the order the browser lists them. */
    Set<String> tabs();

    /** Makes the tab {@code handle} current. */
    void switchToTab(String handle);

    /** Opens a new tab (or window) of {@code type}, makes it current and returns its handle. */
    String openTab(WindowType type);

    /** Closes the current tab; until {@link #switchToTab} there is no current tab. */
    void closeTab();

    /** What the browser and its driver said of themselves when the session started. */
    Capabilities capabilities();

    /** A WebDriver command that does not make the page talk to its site (a Grid's keep-alive). */
    default void touch() {
        tab();
    }

    /** Ends the browser (or, for a user context, removes the context). */
    void quit();
}
