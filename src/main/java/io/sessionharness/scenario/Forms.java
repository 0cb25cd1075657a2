package io.sessionharness.scenario;

import java.util.List;
import java.util.Map;

import io.sessionharness.browser.PageDriver;
import io.sessionharness.browser.PageReader;
import io.sessionharness.browser.PageScripts;
import io.sessionharness.report.Report;
import io.sessionharness.site.Features;

/** A person's part for the target profile's form ({@code alice.forms()}): typing, sending, sending a kept copy again. */
public final class Forms {

    private static final String COPY_FORM = PageScripts.load("copy-form.js");
    private static final String SEND_FORM_COPY = PageScripts.load("send-form-copy.js");

    private final Person person;

    Forms(Person person) {
        this.person = person;
    }

    /** A form as it was: where it posts and its fields (name, value), hidden tokens included. */
    public record Copy(String action, List<List<String>> fields) {
    }

    private Features.FormSpec form() {
        return person.site().profile().features().form().orElseThrow(() -> new IllegalStateException("the target profile describes no form"));
    }

    /** Goes to the form's page (unless there) and types {@code text} into its field, without sending it. */
    public void type(String text) {
        Features.FormSpec form = form();
        Report.step(person.name() + " types " + text.length() + " characters into the form on " + form.page(), () -> {
            person.visits().openUnlessThere(form.page());
            person.browser().page().type(form.field(), text);
            return null;
        });
    }

    /** Sends the form with its submit control. */
    public PageVisit submit() {
        return person.visits().click(form().submit(), "submits the form", true);
    }

    /**
     * A copy of the form as it stands (its fields, hidden tokens included) — what a page restored by Back from a cache
     * would still hold — to send again later with {@link #sendCopy}.
     */
    @SuppressWarnings("unchecked")
    public Copy keepCopy() {
        Map<String, Object> map = (Map<String, Object>) page().script(COPY_FORM, form().field());
        List<List<String>> fields = ((List<List<Object>>) map.get("fields")).stream()
                .map(e -> List.of(String.valueOf(e.get(0)), String.valueOf(e.get(1)))).toList();
        person.visits().note("keeps a copy of the form (" + fields.size() + " fields)");
        return new Copy(String.valueOf(map.get("action")), fields);
    }

    /** Sends {@code copy} again from the current page: the same fields, the same one-time token, the same cookies. */
    public PageVisit sendCopy(Copy copy) {
        return person.visits().act(() -> {
            page().script(SEND_FORM_COPY, copy.action(), copy.fields());
            Waiting.upTo(person.stage().waitTimeout()).passingOver(org.openqa.selenium.WebDriverException.class)
                    .until(() -> page().script("return window.__sehOldPage === undefined && document.readyState === 'complete';"));
        }, "sends the same form again", true);
    }

    /** Whether the page says the same form came in twice (the profile's form.alreadySent marker). */
    public boolean showsAlreadySent() {
        return PageReader.matches(form().alreadySent()
                .orElseThrow(() -> new IllegalStateException("the target profile's form has no alreadySent marker")), page());
    }

    /** Whether the page shows the profile's "saved" marker. */
    public boolean showsSaved() {
        return PageReader.matches(form().saved(), page());
    }

    private PageDriver page() {
        return person.browser().page();
    }
}
