package io.sessionharness.target;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import io.sessionharness.browser.PageText;

/**
 * What markers look at, read from the page in one round trip: its address, its rendered text, and which of the
 * markers' CSS selectors match an element. A marker check polls every 50 ms; one script instead of a WebDriver call
 * per selector keeps a poll short on a slow engine (WebKit) and all markers judged on the same moment of the page.
 */
record PageSnapshot(String url, String text, Set<String> present) {

    private static final String SCRIPT = "var found = [];"
            + "arguments[0].forEach(function (s) { try { if (document.querySelector(s)) { found.push(s); } } catch (e) { } });"
            + "return {url: String(location.href), text: document.body ? document.body.innerText : '', found: found};";

    static PageSnapshot of(WebDriver driver, Collection<String> selectors) {
        if (driver instanceof JavascriptExecutor js) {
            Object read = js.executeScript(SCRIPT, List.copyOf(selectors));
            if (read instanceof Map<?, ?> page) {
                Object found = page.get("found");
                return new PageSnapshot(String.valueOf(page.get("url")), page.get("text") == null ? "" : String.valueOf(page.get("text")),
                        found instanceof Collection<?> list ? Set.copyOf(list.stream().map(String::valueOf).toList()) : Set.of());
            }
        }
        return new PageSnapshot(String.valueOf(driver.getCurrentUrl()), PageText.of(driver),
                Set.copyOf(selectors.stream().filter(css -> !driver.findElements(By.cssSelector(css)).isEmpty()).toList()));
    }
}
