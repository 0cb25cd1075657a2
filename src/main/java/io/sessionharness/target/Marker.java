package io.sessionharness.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import io.sessionharness.config.ProfileNode;

/**
 * How to recognise one page state: a URL pattern, an element and/or a text; every condition given must hold.
 */
public record Marker(Optional<Pattern> url, Optional<String> element, Optional<String> text) {

    public static Marker read(ProfileNode node) {
        node.known("url", "element", "text");
        Optional<Pattern> url = node.optionalString("url").map(regex -> {
            try {
                return Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw node.problem("url", "is not a valid regular expression: " + e.getDescription());
            }
        });
        Marker marker = new Marker(url, node.optionalString("element"), node.optionalString("text"));
        if (marker.url.isEmpty() && marker.element.isEmpty() && marker.text.isEmpty()) {
            throw node.problem("", "needs at least one of url, element, text");
        }
        return marker;
    }

    public boolean matches(WebDriver driver) {
        if (url.isPresent() && !url.get().matcher(String.valueOf(driver.getCurrentUrl())).find()) {
            return false;
        }
        if (element.isPresent() && driver.findElements(By.cssSelector(element.get())).isEmpty()) {
            return false;
        }
        if (text.isPresent()) {
            return bodyText(driver).contains(text.get());
        }
        return true;
    }

    /**
     * The page's rendered text. innerText from the page itself rather than WebDriver's visible-text atom, which
     * reports nothing for a tab that is not in front (as after switching to it in a headless browser).
     */
    private static String bodyText(WebDriver driver) {
        if (driver instanceof JavascriptExecutor js) {
            Object text = js.executeScript("return document.body ? document.body.innerText : '';");
            return text == null ? "" : text.toString();
        }
        List<WebElement> bodies = driver.findElements(By.tagName("body"));
        return bodies.isEmpty() ? "" : bodies.get(0).getText();
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        url.ifPresent(p -> parts.add("url ~ " + p.pattern()));
        element.ifPresent(e -> parts.add("element " + e));
        text.ifPresent(t -> parts.add("text \"" + t + "\""));
        return String.join(" + ", parts);
    }
}
