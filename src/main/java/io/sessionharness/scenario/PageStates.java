package io.sessionharness.scenario;

import java.util.Optional;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;

import io.sessionharness.browser.PageReader;
import io.sessionharness.report.Report;
import io.sessionharness.site.PageState;
import io.sessionharness.site.Recognition;

/** Waiting for a person's page to show a state the target profile's markers recognise, and saying when two do. */
final class PageStates {

    private final Person person;

    PageStates(Person person) {
        this.person = person;
    }

    /**
     * A page the markers of two states describe: no verdict can rest on it, whichever state a hidden order would pick.
     * Broken ("Profile or site?"), naming both markers and what the page was, so the profile can be made narrower.
     */
    ProfileMismatchException ambiguous(String landed) {
        Recognition recognition = person.site().profile().recognition();
        String matched = recognition.describe(Recognition.competing(PageReader.matching(recognition, person.browser().page())));
        Optional<String> summary = PageSummary.of(person.browser().page());
        summary.ifPresent(text -> Report.text(person.name() + ": the ambiguous page at " + person.visits().relative(landed), "url: " + landed + "\n" + text));
        return new ProfileMismatchException(person.name() + ": the page at " + person.visits().relative(landed) + " matches the markers of " + matched
                + " in the target profile's recognise: — which one is it? Make the other marker narrower (an element or text"
                + " only that page shows)" + summary.map(text -> "; the page was: " + text.replace("\n", "; ")).orElse(""));
    }

    /**
     * After a submission that does not load a new page (a single-page app's dialog posts in the background), the page
     * still shows the state it was submitted from until the answer arrives: wait — up to wait.timeout — until it shows
     * another, so that the state judged is the site's answer. A page that stays (a refused sign-in, a sign-out that does
     * not work) is judged as it is once the wait is over.
     */
    void awaitLeaving(PageState submittedFrom) {
        try {
            Waiting.upTo(person.stage().waitTimeout()).passingOver(org.openqa.selenium.WebDriverException.class)
                    .until(() -> PageReader.stateOf(person.site().profile().recognition(), person.browser().page()).filter(state -> state != submittedFrom).isPresent());
        } catch (TimeoutException e) {
            // still the page it was submitted from: Person.recognise judges it
        }
    }

    /**
     * Waits until the page shows the same recognisable state on two polls in a row: markers are checked one after
     * the other, and a page that renders between two checks (scripts) must not be judged half-drawn.
     */
    PageState awaitRecognisable() {
        PageState[] previous = {null};
        try {
            return Waiting.upTo(person.stage().waitTimeout()).passingOver(StaleElementReferenceException.class)
                    .until(() -> {
                        PageState now = PageReader.stateOf(person.site().profile().recognition(), person.browser().page()).orElse(null);
                        boolean stable = now != null && now == previous[0];
                        previous[0] = now;
                        return stable ? now : null;
                    });
        } catch (TimeoutException e) {
            return PageState.UNRECOGNISED;
        }
    }
}
