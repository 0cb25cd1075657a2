package io.sessionharness.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.sessionharness.browser.PageDriver;
import io.sessionharness.browser.NetworkLog;
import io.sessionharness.browser.PageScripts;
import io.sessionharness.report.Report;

/**
 * What the scripts of a person's current page do for them ({@code alice.scripts()}): keep something in the site's
 * local storage, ask the site for pages themselves (their cookies go along) and read the answers.
 */
public final class Scripts {

    private static final String FETCH_HEADERS = PageScripts.load("fetch-headers.js");
    private static final String FETCH_ELEMENT_TEXT = PageScripts.load("fetch-element-text.js");

    private final Person person;

    Scripts(Person person) {
        this.person = person;
    }

    /** Keeps {@code value} in the site's local storage (what a page script would remember for this person). */
    public void keepInLocalStorage(String key, String value) {
        Report.step(person.name() + " keeps '" + key + "' in the site's local storage", () -> {
            person.tabs().current();
            page().script("localStorage.setItem(arguments[0], arguments[1]);", key, value);
            person.visits().note("keeps '" + key + "' in local storage");
            return null;
        });
    }

    /** What the site's local storage holds for {@code key} in this person's browser. */
    public Optional<String> localStorageItem(String key) {
        person.tabs().current();
        Object value = page().script("return localStorage.getItem(arguments[0]);", key);
        return Optional.ofNullable(value).map(String::valueOf);
    }

    /**
     * The site's answers to this browser for {@code paths} now, asked by a script of the current page (its cookies go
     * along, no cache): status, Cache-Control and ETag — for browsers that record no network traffic (WebKit).
     */
    public List<NetworkLog.Exchange> askFor(List<String> paths) {
        return Report.step(person.name() + "'s page asks for " + String.join(", ", paths) + " itself and reads the answers' headers", () -> {
            person.tabs().current();
            Object answers = page().asyncScript(FETCH_HEADERS, paths);
            List<NetworkLog.Exchange> read = new ArrayList<>();
            if (answers instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof java.util.Map<?, ?> answer) {
                        java.util.Map<String, String> headers = new java.util.TreeMap<>();
                        if (answer.get("headers") instanceof java.util.Map<?, ?> given) {
                            given.forEach((key, value) -> headers.put(String.valueOf(key), String.valueOf(value)));
                        }
                        read.add(new NetworkLog.Exchange(person.stage().clock().instant(), "GET", String.valueOf(answer.get("url")),
                                answer.get("status") instanceof Number status ? status.intValue() : 0, false, headers));
                    }
                }
            }
            person.visits().note("asks for " + paths.size() + " page(s) from a script and reads their headers");
            return read;
        });
    }

    /**
     * Fetches a public page from a script of the current page (the HTTP cache applies as for any sub-resource) and
     * returns the text of the element with id {@code id}.
     */
    public String fetch(String path, String id) {
        return Report.step(person.name() + " fetches " + path + " from the page", rename -> {
            person.tabs().current();
            Object text = page().asyncScript(FETCH_ELEMENT_TEXT, path, id);
            String result = String.valueOf(text);
            person.visits().note("fetches " + path + ": " + result);
            rename.accept(person.name() + " fetches " + path + " from the page → " + result);
            return result;
        });
    }

    private PageDriver page() {
        return person.browser().page();
    }
}
