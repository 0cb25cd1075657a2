package io.sessionharness.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

import io.sessionharness.browser.PageDriver;
import io.sessionharness.report.Report;

/**
 * A person's tabs ({@code alice.tabs()}), told apart by their window handles: which one the person acts in, opening,
 * switching, closing, and looking at one without navigating.
 */
public final class Tabs {

    private final Person person;
    private final Map<String, Tab> byHandle = new LinkedHashMap<>();
    private Tab current;
    private int opened;

    Tabs(Person person) {
        this.person = person;
    }

    /** Opens a new tab and makes it the current one. */
    public Tab open() {
        return Report.step(person.name() + " opens a new tab", rename -> {
            current();
            Tab tab = adopt(person.browser().openTab());
            current = tab;
            person.visits().note("opens " + tab.name());
            rename.accept(person.name() + " opens " + tab.name());
            return tab;
        });
    }

    /** Makes {@code other} the tab this person acts in. */
    public void switchTo(Tab other) {
        if (other.equals(current)) {
            return;
        }
        person.browser().page().switchToTab(other.handle());
        current = other;
        person.visits().note("switches to " + other.name());
    }

    /** Closes a tab; another open tab becomes current. */
    public void close(Tab closing) {
        Report.step(person.name() + " closes " + closing.name(), () -> {
            PageDriver page = person.browser().page();
            page.switchToTab(closing.handle());
            page.closeTab();
            byHandle.remove(closing.handle());
            person.visits().note("closes " + closing.name());
            String remaining = page.tabs().iterator().next();
            page.switchToTab(remaining);
            current = byHandle.computeIfAbsent(remaining, handle -> new Tab("tab " + (++opened), handle));
            return null;
        });
    }

    /** The tab this person acts in now. */
    public Tab current() {
        if (current == null) {
            opened = Math.max(opened, 1);
            current = byHandle.computeIfAbsent(person.browser().page().tab(), handle -> new Tab("tab 1", handle));
        }
        return current;
    }

    /** Looks at the current tab: what state it shows, without navigating. */
    public PageVisit look() {
        String name = current().name();
        return Report.step(person.name() + " looks at " + name, rename -> {
            PageVisit visit = person.visits().recogniseHere("(" + name + ")");
            rename.accept(person.name() + " looks at " + name + " → " + visit.state().description());
            person.visits().screenshot(name + " → " + visit.state().description());
            return visit;
        });
    }

    /** A tab the browser opened (by its window handle), numbered in turn; not made current. */
    Tab adopt(String handle) {
        Tab tab = new Tab("tab " + (++opened), handle);
        byHandle.put(handle, tab);
        return tab;
    }

    /** "alice's browser" or, once tabs are in play, "alice's browser, tab 2". */
    String where(String browserLabel) {
        return opened > 1 && current != null ? browserLabel + ", " + current.name() : browserLabel;
    }

    /** A new browser: its tabs start again. */
    void forget() {
        byHandle.clear();
        current = null;
        opened = 0;
    }
}
