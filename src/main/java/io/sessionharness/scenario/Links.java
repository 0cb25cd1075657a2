package io.sessionharness.scenario;

import java.util.List;

import io.sessionharness.browser.Browser;
import io.sessionharness.report.Report;
import io.sessionharness.site.SignInFlow;

/** A person's e-mailed one-time links ({@code alice.links()}): opening one, double-clicking one, confirming one. */
public final class Links {

    private final Person person;

    Links(Person person) {
        this.person = person;
    }

    /** Opens an absolute URL on the target (a link from an e-mail; named "the e-mailed link": it holds a secret). */
    public PageVisit open(String url) {
        return Report.step(person.name() + " opens the e-mailed link", rename -> {
            PageVisit visit = person.visits().visitUrl(url, "the e-mailed link");
            rename.accept(person.name() + " opens the e-mailed link → " + visit.state().description());
            person.visits().screenshot("e-mailed link → " + visit.state().description());
            return visit;
        });
    }

    /**
     * A double click on an e-mailed link: two tabs open it at (almost) the same moment, as mail clients do. Returns
     * the two new tabs; the person is left in the first.
     */
    public List<Tab> openTwiceAtOnce(String url) {
        return Report.step(person.name() + " double-clicks the e-mailed link (two tabs at once)", rename -> {
            Browser browser = person.browser();
            Tab from = person.tabs().current();
            // Two blank tabs first, then both start loading the link without waiting for each other (assigning
            // location returns at once): the two requests leave within milliseconds, as with a double click, and no
            // popup blocker is involved.
            List<String> added = List.of(browser.openTab(), browser.openTab());
            person.visits().beginAction();
            for (String handle : added) {
                browser.page().switchToTab(handle);
                browser.page().script("window.location.href = arguments[0];", url);
            }
            browser.page().switchToTab(from.handle());
            List<Tab> opened = added.stream().map(person.tabs()::adopt).toList();
            person.visits().note("the link opens in " + opened.stream().map(Tab::name).toList());
            person.tabs().switchTo(opened.get(0));
            return opened;
        });
    }

    /** Presses the confirm button of a one-time link's confirm step. */
    public PageVisit confirm() {
        List<SignInFlow.Step> steps = person.site().profile().features().linkConfirm()
                .orElseThrow(() -> new IllegalStateException("the target profile names no oneTimeLink confirm button or steps"));
        return person.visits().act(() -> person.steps().steps(steps, "one-time link confirm", "oneTimeLink", value -> value), "confirms the sign-in link", true);
    }
}
