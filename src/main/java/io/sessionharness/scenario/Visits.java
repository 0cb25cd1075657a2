package io.sessionharness.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.WebDriverException;

import io.sessionharness.browser.NetworkLog;
import io.sessionharness.browser.PageReader;
import io.sessionharness.config.Durations;
import io.sessionharness.report.Redactor;
import io.sessionharness.report.Report;
import io.sessionharness.site.PageState;
import io.sessionharness.site.Recognition;
import io.sessionharness.site.Site;

/**
 * The one place a person's action is performed and becomes a {@link PageVisit}: the idle before it, the page
 * recognised after it, the session's age when the request left, the server's answers, a timeline entry and a
 * screenshot. It keeps what that needs of the person's session: when the site last heard from them and when their
 * session began.
 */
final class Visits {

    private final Person person;
    private final Stage stage;
    private final Site site;
    private final SessionClock clock;
    private Instant actionStart = Instant.EPOCH;
    /** What the page sent the server by itself during the last idle period, until the next visit reports it. */
    private String pageActivityWhileIdle;

    Visits(Person person, Stage stage, Site site, SessionClock clock) {
        this.person = person;
        this.stage = stage;
        this.site = site;
        this.clock = clock;
    }

    /** One person action on the current page, then what the site showed: a step of its own. */
    PageVisit act(Runnable doing, String action, boolean withScreenshot) {
        return Report.step(person.name() + " " + action, rename -> {
            Optional<Duration> idle = clock.idleSoFar();
            beginAction();
            doing.run();
            PageVisit visit = recognise("(" + action + ")", idle);
            rename.accept(person.name() + " " + action + " → " + visit.state().description());
            if (withScreenshot) {
                screenshot(action + " → " + visit.state().description());
            }
            return visit;
        });
    }

    PageVisit click(String css, String action, boolean withScreenshot) {
        return act(() -> person.browser().page().click(css), action, withScreenshot);
    }

    /** Opens {@code path} of the site: a step of its own, with a screenshot. */
    PageVisit open(String path) {
        return Report.step(person.name() + " opens " + path, rename -> {
            PageVisit visit = visit(path);
            rename.accept(person.name() + " opens " + path + visit.idleBefore().map(d -> " after " + Durations.format(d) + " idle").orElse("")
                    + " → " + visit.state().description());
            screenshot(path + " → " + visit.state().description());
            return visit;
        });
    }

    /** Presses the browser's back button: a step of its own. */
    PageVisit goBack() {
        return Report.step(person.name() + " presses Back", rename -> {
            Optional<Duration> idle = clock.idleSoFar();
            beginAction();
            person.browser().page().back();
            PageVisit visit = recognise("(back)", idle, true);
            rename.accept(person.name() + " presses Back → " + visit.state().description() + " at " + visit.landedUrl());
            screenshot("after Back");
            return visit;
        });
    }

    /** Goes to {@code path} and recognises the page, inside the caller's step. */
    PageVisit visit(String path) {
        return visitUrl(site.url(path), path);
    }

    /** Loads {@code url} (named {@code requested}: a link may hold a secret) and recognises the page, inside the caller's step. */
    PageVisit visitUrl(String url, String requested) {
        Optional<Duration> idle = clock.idleSoFar();
        go(url, requested);
        return recognise(requested, idle);
    }

    /** Recognises the page the current tab shows, without navigating, inside the caller's step. */
    PageVisit recogniseHere(String requested) {
        return recognise(requested, clock.idleSoFar());
    }

    /** Goes to {@code path} unless the current page is there already. */
    void openUnlessThere(String path) {
        if (!isAt(path)) {
            visit(path);
        }
    }

    /** Loads {@code path} of the site, inside the caller's step, without judging the page. */
    void navigate(String path) {
        go(site.url(path), path);
    }

    boolean isAt(String path) {
        return person.browser().currentUrl().map(url -> url.equals(site.url(path))).orElse(false);
    }

    /** Loads {@code url} (named {@code requested} in messages: a link's URL may hold a secret). */
    private void go(String url, String requested) {
        beginAction();
        try {
            person.browser().page().go(url);
        } catch (WebDriverException e) {
            // Chromium's driver answers a navigation that reached nobody with "net::ERR_CONNECTION_REFUSED" and the like.
            Optional<String> code = Recognition.unreachableCode(String.valueOf(e.getRawMessage()));
            if (code.isPresent()) {
                throw unreachable(requested, code.get());
            }
            throw e;
        }
    }

    /** The target or the network is down: infrastructure (broken), never a verdict on the site. */
    TargetUnreachableException unreachable(String requested, String code) {
        note(requested + " → the site could not be reached (" + code + ")");
        return new TargetUnreachableException(person.name() + " could not reach " + site.baseUrl() + " for " + requested + ": the browser says "
                + code + " — the target or the network is down (infrastructure), not a verdict on the site's sessions");
    }

    private TargetUnreachableException gatewayDown(String requested, int status) {
        note(requested + " → HTTP " + status + " (the application behind the site's proxy is down or restarting)");
        return new TargetUnreachableException(person.name() + " opened " + requested + " at " + site.baseUrl() + " and got HTTP " + status
                + ": a proxy's answer while the application behind it is down or restarting — infrastructure, not a verdict on the site's sessions");
    }

    /** The browser shows its own error page for a site it could not reach: the code, if so. */
    Optional<String> unreachableNow() {
        return PageReader.browserErrorPageText(person.browser().page()).flatMap(Recognition::unreachableCode);
    }

    PageVisit recognise(String requested, Optional<Duration> idleBefore) {
        return recognise(requested, idleBefore, false);
    }

    /** What the site showed; with {@code mayLeave} (Back), the browser's blank start page is a page of no site, not an unrecognised one. */
    private PageVisit recognise(String requested, Optional<Duration> idleBefore, boolean mayLeave) {
        // The server judged the request when it arrived, so the session's age is taken when the request was made,
        // not when the (possibly slow) page finished loading.
        Optional<Duration> age = clock.ageAt(actionStart);
        PageStates pageStates = person.pageStates();
        PageState state = mayLeave && Recognition.leftTheSite(person.browser().currentUrl().orElse("")) ? PageState.LEFT_SITE : pageStates.awaitRecognisable();
        Instant recognisedAt = stage.clock().instant();
        String landed = person.browser().currentUrl().orElse("(unknown)");
        if (state == PageState.UNREACHABLE) {
            throw unreachable(requested, unreachableNow().orElse("a network error"));
        }
        if (state == PageState.AMBIGUOUS) {
            throw pageStates.ambiguous(landed);
        }
        List<NetworkLog.Exchange> answers = person.browser().network().since(actionStart);
        // The server last saw this person when it answered, not when the page was recognised: idle counts from there.
        // A late answer from another host (analytics, a CDN) is no contact with the target; no answer of the target's
        // recorded (a browser that records no network, a page from the cache): when the page was recognised.
        clock.contact(SessionClock.lastServerContact(answers, site.baseUrl()).orElse(recognisedAt));
        Optional<Integer> status = answers.stream().filter(a -> a.url().equals(landed)).reduce((first, last) -> last).map(NetworkLog.Exchange::status);
        if (status.filter(Recognition::gatewayDown).isPresent()) {
            throw gatewayDown(requested, status.get());
        }
        // An error status is the site's error page — also where no marker describes the page (answered 2xx/3xx, such a
        // page is a profile gap: see UnrecognisedPageException).
        boolean unrecognised = state == PageState.UNRECOGNISED;
        if (status.filter(code -> code >= 500 || code >= 400 && unrecognised).isPresent()) {
            state = PageState.ERROR;
        }
        List<String> described = answers.stream().map(a -> a.describe(site.baseUrl().toString())).toList();
        Optional<String> summary = state == PageState.UNRECOGNISED ? PageSummary.of(person.browser().page()) : Optional.empty();
        summary.ifPresent(text -> Report.text(person.name() + ": the unrecognised page at " + relative(landed), "url: " + landed + "\n" + text));
        Optional<String> keptAlive = idleBefore.isPresent() ? Optional.ofNullable(pageActivityWhileIdle) : Optional.empty();
        pageActivityWhileIdle = null;
        PageVisit visit = new PageVisit(person.name(), requested, landed, state, age, idleBefore, described, person.browser().recordsNetwork(),
                site.policy(), summary, keptAlive);
        if (state == PageState.EXPIRED || state == PageState.SIGNED_OUT) {
            clock.noSessionShown();
        }
        note(requested + " → " + state.description() + " (" + relative(landed) + ")");
        stage.timeline().visit(where(), state.id(), state.label(), state == PageState.SIGNED_IN);
        described.forEach(answer -> stage.timeline().record("  server", where(), answer));
        actionStart = recognisedAt;
        return visit;
    }

    /** An action begins now: the session's age in what it finds counts from here. */
    Instant beginAction() {
        actionStart = stage.clock().instant();
        return actionStart;
    }

    /** What the open page told the server by itself while the person idled; the next visit reports it. */
    void pageActivityWhileIdle(Optional<String> activity) {
        pageActivityWhileIdle = activity.orElse(null);
    }

    /** Records {@code what} in the scenario's timeline, as this person in the current tab. */
    void note(String what) {
        stage.timeline().record(person.name(), where(), what);
    }

    /** "alice's browser" or, once tabs are in play, "alice's browser, tab 2". */
    String where() {
        return person.tabs().where(person.browser().label());
    }

    String relative(String url) {
        String base = site.baseUrl().toString();
        return url.startsWith(base) ? "/" + url.substring(base.length()) : url;
    }

    void screenshot(String moment) {
        if (!Report.wantsMomentScreenshots()) {
            return;
        }
        if (person.browser().showsSecret()) {
            Report.step(person.name() + ": " + moment + " — screenshot withheld: the page shows a secret (a session ID or token) in its text");
            return;
        }
        person.browser().screenshot().ifPresent(png -> Report.screenshot(person.name() + ": " + moment, png));
    }
}
