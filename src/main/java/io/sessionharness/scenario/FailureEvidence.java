package io.sessionharness.scenario;

import java.util.List;

import io.sessionharness.browser.Browser;
import io.sessionharness.report.Report;
import io.sessionharness.site.Site;

/**
 * What a failed or broken scenario leaves in the report of each person's browser, while it is still open: screenshot
 * (never of a page that shows a secret), page source, address, cookies (fingerprinted) and the server's answers.
 */
final class FailureEvidence {

    private FailureEvidence() {
    }

    static void attach(Person person, Site site) {
        Browser browser = person.browser();
        if (Report.wantsFailureScreenshots()) {
            if (browser.showsSecret()) {
                Report.step("on failure: " + browser.label() + " — screenshot withheld: the page shows a secret in its text");
            } else {
                browser.screenshot().ifPresent(png -> Report.screenshot("on failure: " + browser.label(), png));
            }
        }
        browser.pageSource().ifPresent(html -> Report.html("on failure: page source in " + browser.label(), html));
        Report.text("on failure: state of " + browser.label(), "url: " + browser.currentUrl().orElse("(browser not answering)")
                + "\nthe session cookie held = " + safeCookie(person) + "\nevery cookie held = " + allCookies(browser)
                + "\ncookies read through " + browser.cookies().how());
        String base = site.baseUrl().toString();
        List<String> answers = browser.network().all().stream().map(e -> "+" + e.at() + "  " + e.describe(base)).toList();
        if (!answers.isEmpty()) {
            Report.text("on failure: server answers to " + browser.label(), String.join("\n", answers));
        }
    }

    private static String allCookies(Browser browser) {
        try {
            return SessionCookie.describeAll(browser.cookies().all());
        } catch (RuntimeException e) {
            return "(browser not answering)";
        }
    }

    private static String safeCookie(Person person) {
        try {
            return person.session().held().map(HeldSession::describe).orElse("(none)");
        } catch (RuntimeException e) {
            return "(browser not answering)";
        }
    }
}
