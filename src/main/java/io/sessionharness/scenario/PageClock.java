package io.sessionharness.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.openqa.selenium.WebDriverException;

import io.sessionharness.browser.Browser;
import io.sessionharness.browser.PageScripts;
import io.sessionharness.config.Durations;
import io.sessionharness.report.Report;

/**
 * A person's page clock, as Playwright's {@code page.clock}: {@link #install()} fakes {@code Date} and the page's
 * timers in every page the browser opens from then on (@sinonjs/fake-timers, put in by a BiDi preload script before
 * the page's own scripts); time in a page flows with real time until {@link #pause()} or {@link #pauseAt}, then moves only through
 * {@link #fastForward} and {@link #runFor}. Page times are counted from when the page arrived (its document was made).
 * Only the page's clock: the server's timeouts are untouched and always checked in real time.
 */
public final class PageClock {

    /** A function expression for BiDi: the controller with the library put in, without the file's leading comments. */
    private static final String PRELOAD = PageScripts.load("page-clock.js").lines()
            .dropWhile(line -> line.strip().startsWith("//"))
            .collect(java.util.stream.Collectors.joining("\n"))
            .replace("/*LIBRARY*/", PageScripts.webjar("sinonjs__fake-timers", "src/fake-timers-src.js"));
    private static final String WATCH_SHOWN = PageScripts.load("watch-shown.js");
    private static final String RUN_FOR = "var done = arguments[arguments.length - 1];"
            + "window.__sehClock.runFor(arguments[0]).then(function (since) {"
            + " done([since, window.__sehShownAt === undefined ? null : window.__sehShownAt, window.__sehWatching === true]); },"
            + " function (e) { done(['error', String(e)]); });";
    /** At most this many steps to look for something shown within a limit (each a WebDriver call). */
    private static final int STEPS = 200;
    private static final Duration SMALLEST_STEP = Duration.ofMillis(250);

    private final String who;
    private final Supplier<Browser> browser;
    private final Timeline timeline;

    public PageClock(String who, Supplier<Browser> browser, Timeline timeline) {
        this.who = who;
        this.browser = browser;
        this.timeline = timeline;
    }

    /** Whether this person's browser can have a page clock (a BiDi browser of its own; not WebKit, not a user context). */
    public boolean available() {
        return browser.get().canPreloadScripts();
    }

    /** From the next page on, every page's {@code Date} and timers are the page clock's (flowing until paused). */
    public void install() {
        Report.step(who + "'s pages get a page clock (fake Date and timers, injected before page scripts)", () -> {
            browser.get().addPreloadScript(PRELOAD);
            timeline.record(who, browser.get().label(), "page clock installed: pages' Date and timers faked from the next page on");
            return null;
        });
    }

    /** Stops the current page's time; returns the page time since it arrived. */
    public Duration pause() {
        Duration at = millis(page().script("return window.__sehClock.pause();"));
        timeline.record(who, browser.get().label(), "page clock paused " + Durations.format(at) + " after the page arrived");
        return at;
    }

    /**
     * Jumps the current page's time to {@code pageTime} after it arrived (timers due meanwhile fire once) and stops it
     * there — Playwright's {@code pauseAt}; a time already past just pauses. Returns the page time since it arrived.
     */
    public Duration pauseAt(Duration pageTime) {
        Duration now = pause();
        return pageTime.compareTo(now) > 0 ? fastForward(pageTime.minus(now)) : now;
    }

    /** Jumps the current page's time ahead by {@code by} (timers due meanwhile fire once; paused after); returns the page time since it arrived. */
    public Duration fastForward(Duration by) {
        Duration at = millis(page().script("return window.__sehClock.fastForward(arguments[0]);", by.toMillis()));
        timeline.record(who, browser.get().label(), "page clock fast-forwarded " + Durations.format(by) + " to " + Durations.format(at));
        return at;
    }

    /**
     * Lets {@code length} of page time pass in the current page (paused first, and after), every timer due firing in
     * turn; returns the page time since it arrived. A timer of the page's that throws is reported on its console.
     */
    public Duration runFor(Duration length) {
        return step(length).since();
    }

    /**
     * What {@link #runUntilShown} saw: when the element showed, in page time since the page arrived (noted by the page
     * as it happened) — or not within the limit, or not before the page went to {@code leftFor}.
     */
    public record Shown(Optional<Duration> at, Optional<String> leftFor) {
    }

    /**
     * Pauses the current page's time and runs it on until an element matching {@code selector} shows, for at most
     * {@code limit} of page time since the page arrived.
     */
    public Shown runUntilShown(String selector, Duration limit) {
        pause();
        page().script(WATCH_SHOWN, selector);
        Duration step = limit.dividedBy(STEPS).compareTo(SMALLEST_STEP) > 0 ? limit.dividedBy(STEPS) : SMALLEST_STEP;
        Step last = new Step(Duration.ZERO, Optional.empty(), true);
        try {
            do {
                last = step(step);
            } while (last.shownAt().isEmpty() && last.watching() && last.since().compareTo(limit) < 0);
        } catch (org.openqa.selenium.JavascriptException | org.openqa.selenium.ScriptTimeoutException unloaded) {
            // Chromium's driver answers a page that navigated away during the script either way.
            if (Boolean.TRUE.equals(page().script("return window.__sehWatching === true;"))) {
                throw unloaded; // still the watched page: the script itself failed
            }
            // The page navigated while its timers ran (a redirect to a sign-in or "session expired" page).
            last = new Step(last.since(), Optional.empty(), false);
        }
        if (!last.watching()) {
            String url = io.sessionharness.report.Redactor.mask(browser.get().currentUrl().orElse("?"));
            timeline.record(who, browser.get().label(), "the page went to " + url + " after about " + Durations.format(last.since()) + " page time");
            return new Shown(Optional.empty(), Optional.of(url));
        }
        timeline.record(who, browser.get().label(), last.shownAt().map(at -> selector + " shown " + Durations.format(at) + " after the page arrived (page time)")
                .orElse(selector + " not shown within " + Durations.format(limit) + " page time"));
        return new Shown(last.shownAt(), Optional.empty());
    }

    /** One step of page time: where the clock is, whether the watched element showed and when, whether the page is still the watched one. */
    private record Step(Duration since, Optional<Duration> shownAt, boolean watching) {
    }

    private Step step(Duration length) {
        Object answer = page().asyncScript(RUN_FOR, length.toMillis());
        if (!(answer instanceof List<?> parts) || parts.size() < 2 || "error".equals(parts.get(0))) {
            throw new WebDriverException("the page clock did not run: " + answer);
        }
        Duration since = millis(parts.get(0));
        Optional<Duration> shownAt = parts.get(1) == null ? Optional.empty() : Optional.of(millis(parts.get(1)));
        return new Step(since, shownAt, parts.size() > 2 && Boolean.TRUE.equals(parts.get(2)));
    }

    private io.sessionharness.browser.PageDriver page() {
        return browser.get().page();
    }

    private static Duration millis(Object value) {
        if (!(value instanceof Number number)) {
            throw new WebDriverException("the page has no page clock (install it before the page opens): " + value);
        }
        return Duration.ofNanos(Math.round(number.doubleValue() * 1_000_000));
    }
}
