package io.sessionharness.scenario;

import java.util.Optional;

import org.openqa.selenium.WebDriverException;

/**
 * What a page is — title, headings, landmark and form ids, visible messages (js/page-summary.js) — for a page the
 * target's markers did not recognise: the failure then says what the page was, so the profile can be fixed in minutes.
 */
public final class PageSummary {

    private static final String SCRIPT = io.sessionharness.browser.PageScripts.load("page-summary.js");

    private PageSummary() {
    }

    public static Optional<String> of(io.sessionharness.browser.PageDriver page) {
        try {
            Object text = page.script(SCRIPT);
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
}
