package io.sessionharness.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The text a page shows, read the one way markers and the screenshot guard both need. */
public final class PageText {

    private PageText() {
    }

    /**
     * The page's rendered text. innerText from the page itself rather than WebDriver's visible-text atom, which
     * reports nothing for a tab that is not in front (as after switching to it in a headless browser).
     */
    public static String of(WebDriver driver) {
        if (driver instanceof JavascriptExecutor js) {
            Object text = js.executeScript("return document.body ? document.body.innerText : '';");
            return text == null ? "" : text.toString();
        }
        List<WebElement> bodies = driver.findElements(By.tagName("body"));
        return bodies.isEmpty() ? "" : bodies.get(0).getText();
    }
}
