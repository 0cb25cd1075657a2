package io.sessionharness.browser;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.sessionharness.site.Marker;
import io.sessionharness.site.PageSnapshot;
import io.sessionharness.site.PageState;
import io.sessionharness.site.Recognition;

/**
 * The browser side of recognising a page: reads a {@link PageSnapshot} in one round trip (address, rendered text,
 * which selectors match, the browser's own error page) for the site model's markers to judge. A marker check polls
 * every 50 ms; one script instead of a WebDriver call per selector keeps a poll short on a slow engine (WebKit) and
 * all markers judged on the same moment of the page.
 */
public final class PageReader {

    private static final String SCRIPT = "var found = [];"
            + "arguments[0].forEach(function (s) { try { if (document.querySelector(s)) { found.push(s); } } catch (e) { } });"
            + "return {url: String(location.href), text: document.body ? document.body.innerText : '', found: found};";

    private PageReader() {
    }

    /** The page {@code driver} shows now, with which of {@code selectors} match an element. */
    public static PageSnapshot snapshot(PageDriver driver, Collection<String> selectors) {
        // Roles and accessible names only WebDriver computes: those selectors are asked one by one, after the script.
        List<String> computed = selectors.stream().filter(selector -> !io.sessionharness.site.Selector.isCss(selector)).toList();
        List<String> asked = new ArrayList<>(selectors.stream().filter(io.sessionharness.site.Selector::isCss).toList());
        asked.add(Recognition.NET_ERROR_PAGE);
        String url;
        String text;
        Set<String> found;
        if (driver.script(SCRIPT, List.copyOf(asked)) instanceof Map<?, ?> page) {
            url = String.valueOf(page.get("url"));
            text = page.get("text") == null ? "" : String.valueOf(page.get("text"));
            found = page.get("found") instanceof Collection<?> list ? Set.copyOf(list.stream().map(String::valueOf).toList()) : Set.of();
        } else {
            url = String.valueOf(driver.url());
            text = PageText.of(driver);
            found = Set.copyOf(asked.stream().filter(driver::present).toList());
        }
        if (!computed.isEmpty()) {
            Set<String> all = new java.util.HashSet<>(found);
            computed.stream().filter(driver::present).forEach(all::add);
            found = Set.copyOf(all);
        }
        boolean browserError = url.startsWith(Recognition.BROWSER_ERROR_PAGE) || found.contains(Recognition.NET_ERROR_PAGE);
        return new PageSnapshot(url, text, found, browserError ? Optional.of(bodyText(driver, text)) : Optional.empty());
    }

    /** The state the page shows now by {@code recognition}'s rule, or empty while it shows none. */
    public static Optional<PageState> stateOf(Recognition recognition, PageDriver driver) {
        return recognition.stateOf(snapshot(driver, recognition.selectors()));
    }

    /** Every state whose marker the page matches now. */
    public static Set<PageState> matching(Recognition recognition, PageDriver driver) {
        return recognition.matching(snapshot(driver, recognition.selectors()));
    }

    /** Whether the page shows what {@code marker} describes. */
    public static boolean matches(Marker marker, PageDriver driver) {
        return marker.matches(snapshot(driver, marker.selectors()));
    }

    /** The text of the browser's own error page, if that is what the browser shows. */
    public static Optional<String> browserErrorPageText(PageDriver driver) {
        return snapshot(driver, List.of()).browserErrorText();
    }

    /** The error page's body as WebDriver renders it (the script's innerText where the body cannot be found). */
    private static String bodyText(PageDriver driver, String scriptText) {
        return driver.present("body") ? driver.text("body") : scriptText;
    }
}
