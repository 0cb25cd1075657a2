package io.sessionharness.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * What a page is — title, headings, landmark and form ids, visible messages (js/page-summary.js) — for a page the
 * target's markers did not recognise: the failure then says what the page was, so the profile can be fixed in minutes.
 */
final class PageSummary {

    private static final String SCRIPT = load();

    private PageSummary() {
    }

    static Optional<String> of(WebDriver driver) {
        if (!(driver instanceof JavascriptExecutor js)) {
            return Optional.empty();
        }
        try {
            Object text = js.executeScript(SCRIPT);
            return text == null ? Optional.empty() : Optional.of(text.toString());
        } catch (WebDriverException e) {
            return Optional.of("(the page could not be read: " + e.getClass().getSimpleName() + ")");
        }
    }

    /** The messages line of a summary ("Wrong email or password."), if the page showed any. */
    static Optional<String> messages(String summary) {
        return summary.lines().filter(line -> line.startsWith("messages: ")).map(line -> line.substring("messages: ".length()))
                .filter(line -> !line.equals("(none)")).findFirst();
    }

    private static String load() {
        try (InputStream in = PageSummary.class.getResourceAsStream("/js/page-summary.js")) {
            if (in == null) {
                throw new IllegalStateException("js/page-summary.js is missing from the harness's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
