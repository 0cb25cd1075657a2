package io.sessionharness.scenario;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;

import io.sessionharness.browser.Browser;
import io.sessionharness.browser.NetworkLog;
import io.sessionharness.config.Durations;
import io.sessionharness.report.Report;
import io.sessionharness.target.Account;
import io.sessionharness.target.PageState;
import io.sessionharness.target.Site;
import io.sessionharness.target.SignInFlow;
import io.sessionharness.target.TargetProfile;

/**
 * One simulated person (or device) with their own browser. Every action is a report step, a timeline entry and,
 * at the moments that matter, a screenshot; idle time is measured from the person's last contact with the site.
 */
public final class Person {

    private final String name;
    private final Browser browser;
    private final Site site;
    private final Stage stage;
    private Account account;
    private Instant signedInAt;
    private Instant lastContact;
    private Instant actionStart = Instant.EPOCH;

    Person(String name, Browser browser, Site site, Stage stage) {
        this.name = name;
        this.browser = browser;
        this.site = site;
        this.stage = stage;
    }

    public String name() {
        return name;
    }

    /** Opens the sign-in page, runs the target's sign-in steps with this person's account and waits for the result. */
    public PageVisit signIn() {
        SignInFlow flow = site.profile().signIn();
        return Report.step(name + " signs in", rename -> {
            account = account == null ? site.accountFor(name) : account;
            navigate(flow.page());
            recognise(flow.page(), Optional.empty());
            actionStart = stage.clock().instant();
            Instant submitted = actionStart;
            for (SignInFlow.Step step : flow.steps()) {
                // The session starts with the last step's submission: earlier steps (an identity provider's pages)
                // must not count towards its age.
                submitted = stage.clock().instant();
                perform(step);
            }
            PageVisit visit = recognise(flow.page() + " (signed in)", Optional.empty());
            if (visit.signedIn()) {
                signedInAt = sessionIssuedAt(submitted);
            }
            rename.accept(name + " signs in as " + account.username() + " → " + visit.state().description());
            screenshot("after sign-in");
            return visit;
        });
    }

    /**
     * When the server issued the signed-in session: the answer that set the session cookie after the last sign-in
     * step, as the browser recorded it; without a network log, the moment of the last step.
     */
    private Instant sessionIssuedAt(Instant lastStep) {
        String cookie = site.profile().sessionCookie() + "=";
        return browser.network().since(lastStep).stream()
                .filter(answer -> answer.headers().getOrDefault("set-cookie", "").contains(cookie))
                .map(NetworkLog.Exchange::at)
                .findFirst()
                .orElse(lastStep);
    }

    private void perform(SignInFlow.Step step) {
        WebDriver driver = browser.driver();
        try {
            new FluentWait<>(driver).withTimeout(stage.waitTimeout()).pollingEvery(Duration.ofMillis(50))
                    .until(d -> step.waitFor().map(css -> !d.findElements(By.cssSelector(css)).isEmpty()).orElse(true));
        } catch (TimeoutException e) {
            throw new AssertionError("Sign-in could not go on: " + step.waitFor().orElse("") + " did not appear within "
                    + Durations.format(stage.waitTimeout()) + " at " + browser.currentUrl().orElse("?")
                    + " — the site's sign-in changed, or the target profile's signIn steps are wrong");
        }
        step.fill().forEach((css, value) -> {
            WebElement field = driver.findElement(By.cssSelector(css));
            field.clear();
            field.sendKeys(value.replace(SignInFlow.USERNAME, account.username()).replace(SignInFlow.PASSWORD, account.password().reveal()));
        });
        step.click().ifPresent(css -> driver.findElement(By.cssSelector(css)).click());
    }

    /** Opens the target's first protected page. */
    public PageVisit openProtectedPage() {
        return open(site.profile().firstProtectedPage());
    }

    public PageVisit open(String path) {
        return Report.step(name + " opens " + path, rename -> {
            Optional<Duration> idle = idleSoFar();
            navigate(path);
            PageVisit visit = recognise(path, idle);
            rename.accept(name + " opens " + path + idle.map(d -> " after " + Durations.format(d) + " idle").orElse("")
                    + " → " + visit.state().description());
            screenshot(path + " → " + visit.state().description());
            return visit;
        });
    }

    /** Does nothing for {@code length}, counted from this person's last contact with the site. */
    public void stayIdle(Duration length) {
        Report.step(name + " stays idle " + Durations.format(length), () -> {
            Instant from = lastContact == null ? stage.clock().instant() : lastContact;
            stage.timeline().record(name, browser.label(), "starts " + Durations.format(length) + " idle");
            stage.idle().stay(name, from, length);
            return null;
        });
    }

    /**
     * Keeps working: opens the protected page every {@code every} until {@code until} after sign-in, or until
     * the site stops showing the signed-in page. Returns every visit (the probes) in order.
     */
    public List<PageVisit> keepWorking(Duration every, Duration until) {
        String path = site.profile().firstProtectedPage();
        return Report.step(name + " keeps working: opens " + path + " every " + Durations.format(every), rename -> {
            List<PageVisit> visits = new ArrayList<>();
            PageVisit last;
            do {
                stage.idle().stay(name, lastContact, every);
                Optional<Duration> idle = idleSoFar();
                navigate(path);
                last = recognise(path, idle);
                visits.add(last);
            } while (last.signedIn() && sinceSignIn().orElseThrow().compareTo(until) < 0);
            rename.accept(name + " keeps working: " + visits.size() + " visits to " + path + " every " + Durations.format(every)
                    + ", last at " + last.sinceSignIn().map(Durations::format).orElse("?") + " after sign-in → " + last.state().description());
            screenshot("last visit → " + last.state().description());
            return visits;
        });
    }

    /** Uses the target's sign-out control. */
    public PageVisit signOut() {
        TargetProfile.SignOutControl control = site.profile().signOut();
        return Report.step(name + " signs out", rename -> {
            if (!currentPathIs(control.page())) {
                navigate(control.page());
                recognise(control.page(), idleSoFar());
            }
            actionStart = stage.clock().instant();
            browser.driver().findElement(By.cssSelector(control.control())).click();
            PageVisit visit = recognise("sign-out", Optional.empty());
            rename.accept(name + " signs out → " + visit.state().description());
            screenshot("after sign-out");
            return visit;
        });
    }

    /** Presses the browser's back button. */
    public PageVisit goBack() {
        return Report.step(name + " presses Back", rename -> {
            Optional<Duration> idle = idleSoFar();
            actionStart = stage.clock().instant();
            browser.driver().navigate().back();
            PageVisit visit = recognise("(back)", idle);
            rename.accept(name + " presses Back → " + visit.state().description() + " at " + visit.landedUrl());
            screenshot("after Back");
            return visit;
        });
    }

    /** The session cookie this browser holds for the target now, if any. */
    public Optional<SessionCookie> sessionCookie() {
        return Optional.ofNullable(browser.driver().manage().getCookieNamed(site.profile().sessionCookie())).map(SessionCookie::new);
    }

    /** The session cookie, or a failed check naming the cookie the profile says the site uses. */
    public SessionCookie requireSessionCookie() {
        return sessionCookie().orElseThrow(() -> new AssertionError(name + "'s browser holds no '" + site.profile().sessionCookie()
                + "' cookie for " + site.baseUrl() + " (the cookie named by the target profile's site.sessionCookie)"));
    }

    /** Puts someone else's session cookie into this browser (replay / fixation attempts). */
    public void plantCookie(SessionCookie cookie) {
        Report.step(name + " plants session cookie " + cookie.fingerprint() + " in " + browser.label(), () -> {
            navigate(site.profile().signIn().page());
            browser.driver().manage().deleteCookieNamed(cookie.cookie().getName());
            browser.driver().manage().addCookie(cookie.cookie());
            stage.timeline().record(name, browser.label(), "plants cookie " + cookie.describe());
            return null;
        });
    }

    public Optional<Duration> sinceSignIn() {
        return Optional.ofNullable(signedInAt).map(at -> Duration.between(at, stage.clock().instant()));
    }

    public Browser browser() {
        return browser;
    }

    private Optional<Duration> idleSoFar() {
        return Optional.ofNullable(lastContact).map(at -> Duration.between(at, stage.clock().instant()));
    }

    private void navigate(String path) {
        actionStart = stage.clock().instant();
        browser.driver().get(site.url(path));
    }

    private boolean currentPathIs(String path) {
        return browser.currentUrl().map(url -> url.equals(site.url(path))).orElse(false);
    }

    private PageVisit recognise(String requested, Optional<Duration> idleBefore) {
        Optional<Duration> age = sinceSignIn();
        PageState state = waitForRecognisableState();
        Instant recognisedAt = stage.clock().instant();
        String landed = browser.currentUrl().orElse("(unknown)");
        List<NetworkLog.Exchange> answers = browser.network().since(actionStart);
        // The server last saw this person when it answered, not when the page was recognised: idle counts from there.
        lastContact = answers.isEmpty() ? recognisedAt : answers.get(answers.size() - 1).at();
        if (answers.stream().anyMatch(a -> a.status() >= 500 && a.url().equals(landed))) {
            state = PageState.ERROR;
        }
        List<String> described = answers.stream().map(a -> a.describe(site.baseUrl().toString())).toList();
        PageVisit visit = new PageVisit(name, requested, landed, state, age, idleBefore, described, site.policy());
        stage.timeline().record(name, browser.label(), requested + " → " + state.description() + " (" + relative(landed) + ")");
        described.forEach(answer -> stage.timeline().record("  server", browser.label(), answer));
        actionStart = recognisedAt;
        return visit;
    }

    private PageState waitForRecognisableState() {
        try {
            return new FluentWait<>(browser.driver())
                    .withTimeout(stage.waitTimeout())
                    .pollingEvery(Duration.ofMillis(50))
                    .ignoring(StaleElementReferenceException.class)
                    .until(driver -> site.profile().recognition().stateOf(driver).orElse(null));
        } catch (TimeoutException e) {
            return PageState.UNRECOGNISED;
        }
    }

    private String relative(String url) {
        String base = site.baseUrl().toString();
        return url.startsWith(base) ? "/" + url.substring(base.length()) : url;
    }

    private void screenshot(String moment) {
        browser.screenshot().ifPresent(png -> Report.screenshot(name + ": " + moment, png));
    }
}
