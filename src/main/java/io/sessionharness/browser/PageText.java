package io.sessionharness.browser;

/** The text a page shows, read the one way markers and the screenshot guard both need. */
public final class PageText {

    private PageText() {
    }

    /**
     * The page's rendered text. innerText from the page itself rather than WebDriver's visible-text atom, which
     * reports nothing for a tab that is not in front (as after switching to it in a headless browser).
     */
    public static String of(PageDriver page) {
        Object text = page.script("return document.body ? document.body.innerText : '';");
        return text == null ? "" : text.toString();
    }
}
