package io.sessionharness.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.TimeoutException;

import io.sessionharness.browser.Browser;
import io.sessionharness.browser.NetworkLog;
import io.sessionharness.config.Durations;
import io.sessionharness.report.Redactor;
import io.sessionharness.report.Report;
import io.sessionharness.site.Account;
import io.sessionharness.site.Features;
import io.sessionharness.site.PageState;
import io.sessionharness.site.Recognition;
import io.sessionharness.site.Site;
import io.sessionharness.site.SignInFlow;
import io.sessionharness.site.TargetProfile;

/**
 * One simulated person (or device) with their own browser. Every action is a report step, a timeline entry and,
 * at the moments that matter, a screenshot; idle time is measured from the person's last contact with the site.
 */
public final class Person {

    private final String name;
    private Browser browser;
    private final Site site;
    private final io.sessionharness.browser.BrowserSetup setup;
    /** What the page sent the server by itself during the last idle period, until the next visit reports it. */
    private String pageActivityWhileIdle;
    private final Stage stage;
    private Account account;
    private Instant signedInAt;
    private Instant lastContact;
    private Instant actionStart = Instant.EPOCH;
    private static final Duration SIGN_IN_EVENT_WAIT = Duration.ofSeconds(3);
    private Person accountOwner;
    private final SessionJar jar;
    private final PageClock pageClock;
    private final Forms forms = new Forms(this);
    private final ExpiryWarning expiryWarning = new ExpiryWarning(this);
    private final ProfileSteps steps = new ProfileSteps(this);
    private final PageStates pageStates = new PageStates(this);
    private final Tabs tabs = new Tabs(this);
    private final Scripts scripts = new Scripts(this);
    private final Links links = new Links(this);
    private final Session session = new Session(this);

    Person(String name, Browser browser, io.sessionharness.browser.BrowserSetup setup, Site site, Stage stage) {
        this.name = name;
        this.setup = setup;
        this.browser = browser;
        this.site = site;
        this.stage = stage;
        this.jar = new SessionJar(name, () -> this.browser, site);
        this.pageClock = new PageClock(name, () -> this.browser, stage.timeline());
    }

    /** This person's page clock (fake Date and timers in the pages, as Playwright's page.clock). */
    public PageClock pageClock() {
        return pageClock;
    }

    /** The target profile's form, as this person uses it. */
    public Forms forms() {
        return forms;
    }

    /** The session this person's browser holds for the target. */
    public Session session() {
        return session;
    }

    /** This person's e-mailed one-time links. */
    public Links links() {
        return links;
    }

    /** What the scripts of this person's current page do for them. */
    public Scripts scripts() {
        return scripts;
    }

    /** This person's tabs in their browser. */
    public Tabs tabs() {
        return tabs;
    }

    /** The site's pre-expiry warning, as this person sees and answers it. */
    public ExpiryWarning expiryWarning() {
        return expiryWarning;
    }

    // What the parts (Forms, ExpiryWarning, …) use of the person: the one way an action is performed and recognised.

    Site site() {
        return site;
    }

    /** Records {@code what} in the scenario's timeline, as this person in the current tab. */
    void note(String what) {
        stage.timeline().record(name, where(), what);
    }

    /** The site heard from this person just now (an answer to a page's own control, not a page load). */
    void contactNow() {
        contact(stage.clock().instant());
    }

    /** Loads {@code url} (named {@code requested}: a link may hold a secret) and recognises the page, inside the caller's step. */
    PageVisit visitUrl(String url, String requested) {
        Optional<Duration> idle = idleSoFar();
        go(url, requested);
        return recognise(requested, idle);
    }

    /** An action begins now: the session's age in what it finds counts from here. */
    void beginAction() {
        actionStart = stage.clock().instant();
    }

    ProfileSteps steps() {
        return steps;
    }

    SessionJar jar() {
        return jar;
    }

    /** Recognises the page the current tab shows, without navigating, inside the caller's step. */
    PageVisit recogniseHere(String requested) {
        return recognise(requested, idleSoFar());
    }

    /** Goes to {@code path} and recognises the page, inside the caller's step. */
    PageVisit visit(String path) {
        return visitUrl(site.url(path), path);
    }

    /** Goes to {@code path} unless the current page is there already. */
    void openUnlessThere(String path) {
        if (!currentPathIs(path)) {
            visit(path);
        }
    }

    public String name() {
        return name;
    }

    io.sessionharness.browser.BrowserSetup setup() {
        return setup;
    }

    /** This person's account: leased for the scenario on first use, or the one of the person whose device this is. */
    public Account account() {
        if (account == null) {
            account = accountOwner != null ? accountOwner.account() : stage.accounts().lease(name);
        }
        return account;
    }

    /** The account this person leased for themselves, if any (not the one of the person whose device this is). */
    java.util.Optional<Account> ownLease() {
        return accountOwner == null ? java.util.Optional.ofNullable(account) : java.util.Optional.empty();
    }

    Stage stage() {
        return stage;
    }

    void useAccountOf(Person owner) {
        this.accountOwner = owner;
    }

    /** Opens the sign-in page, runs the target's sign-in steps with this person's account and waits for the result. */
    public PageVisit signIn() {
        return signInAs(account());
    }

    /**
     * Signs in with {@code credentials} (this person's own account, or deliberately wrong ones). When a plain browser
     * cannot get through — a step's field never appears, or the site shows its sign-in form again with a message (wrong
     * password, MFA, lockout, CAPTCHA) — the scenario is broken, "could not sign in as …", with what the page said: it
     * never reached what it meant to check, so that is no verdict on the site's sessions.
     */
    public PageVisit signInAs(Account credentials) {
        SignInFlow flow = site.profile().signIn();
        return Report.step(name + " signs in", rename -> {
            stage.yieldToComebacks();
            navigate(flow.page());
            PageVisit opened = recognise(flow.page(), Optional.empty());
            if (opened.signedIn()) {
                rename.accept(name + " opens " + flow.page() + " and is still signed in");
                screenshot("still signed in");
                return opened;
            }
            actionStart = stage.clock().instant();
            Instant submitted = actionStart;
            Optional<HeldSession> before = jar.heldIfReadable();
            for (int i = 0; i < flow.steps().size(); i++) {
                // The session starts with the last step's submission: earlier steps (an identity provider's pages)
                // must not count towards its age.
                submitted = stage.clock().instant();
                steps.signInStep(flow.steps().get(i), i + 1, credentials);
            }
            pageStates.awaitLeaving(PageState.SIGNED_OUT);
            PageVisit visit = recognise(flow.page() + " (signed in)", Optional.empty());
            SessionCookie.registerAll(browser.cookies().all());
            if (visit.signedIn()) {
                jar.heldIfReadable();   // registers the stored tokens' values as secrets before anything can show them
                signedInAt = sessionIssuedAt(submitted, before);
                contact(lastContact);
                stage.timeline().signedIn(where());
            } else {
                steps.refusedCredentials(flow, visit).ifPresent(said -> {
                    throw new SignInFailedException(name, credentials.username(), "the site kept its sign-in form at "
                            + Redactor.mask(browser.currentUrl().orElse("?")) + " (" + visit.state().description() + ") and said: " + said);
                });
            }
            rename.accept(name + " signs in as " + credentials.username() + " → " + visit.state().description());
            screenshot("after sign-in");
            return visit;
        });
    }

    /**
     * When the server issued the signed-in session: the answer that set the session cookie after the last sign-in
     * step, as the browser recorded it; without a network log, the moment of the last step. A browser may leave the
     * Set-Cookie of a redirect out of what it reports (Chromium's BiDi does for a sign-in POST answered 303): when the
     * session cookie the browser holds has changed since before the submission, the first answer after it issued it — as
     * for a token a page script stored from an answer's body (no Set-Cookie at all).
     */
    private Instant sessionIssuedAt(Instant lastStep, Optional<HeldSession> before) {
        if (!browser.recordsNetwork()) {
            return lastStep;
        }
        io.sessionharness.site.SessionCookieNames names = site.profile().sessionCookies();
        boolean cookieChanged = jar.heldIfReadable().filter(now -> before.map(now::renewedSince).orElse(true)).isPresent();
        try {
            // The browser reports its answers asynchronously, late on a busy machine: wait for the one that set the cookie.
            return Waiting.upTo(SIGN_IN_EVENT_WAIT).until(() -> {
                        List<NetworkLog.Exchange> answers = browser.network().since(lastStep);
                        Optional<Instant> setter = answers.stream()
                                .filter(answer -> setsOneOf(answer.headers().getOrDefault("set-cookie", ""), names))
                                .map(NetworkLog.Exchange::at).findFirst();
                        return setter.or(() -> cookieChanged ? answers.stream().map(NetworkLog.Exchange::at).findFirst() : Optional.empty())
                                .orElse(null);
                    });
        } catch (TimeoutException e) {
            stage.timeline().record(name, where(), "no answer setting " + (names.isEmpty() ? site.profile().sessionTokens().describe() : names.describe())
                    + " was seen; session age counted from the last sign-in step");
            return lastStep;
        }
    }

    /** True when a recorded Set-Cookie header (several cookies joined by " | ", see NetworkLog) sets a cookie of the session. */
    private static boolean setsOneOf(String setCookie, io.sessionharness.site.SessionCookieNames names) {
        return java.util.Arrays.stream(setCookie.split(" \\| ")).map(cookie -> cookie.split("=", 2)[0].trim()).anyMatch(names::matches);
    }

    /**
     * A listed (shared) test account must not stay signed in after the scenario: on a site that refuses a second login
     * the next scenario would be locked out. Best effort, quietly; generated accounts are left as they are.
     */
    void leaveNoSessionBehind() {
        boolean listed = account != null && site.profile().accounts().fixed().contains(account);
        if (!listed) {
            return;
        }
        if (setup.cookies() == io.sessionharness.browser.BrowserSetup.Cookies.NONE && accountOwner == null) {
            // Its sign-in may have opened a session on the server that this browser never got the cookie of.
            stage.accounts().leftAnOrphanSession(account);
            return;
        }
        try {
            navigate(site.profile().signOut().page());
            if (io.sessionharness.browser.PageReader.stateOf(site.profile().recognition(), browser.page()).orElse(null) == PageState.SIGNED_IN) {
                steps.signOut(site.profile().signOut(), "sign-out", "signOut");
                // Until the site has answered: a browser that quits with the sign-out still on its way leaves the
                // session on the server, and a site that refuses a second login then refuses the next scenario.
                Waiting.upTo(stage.waitTimeout()).passingOver(org.openqa.selenium.WebDriverException.class)
                        .until(() -> io.sessionharness.browser.PageReader.stateOf(site.profile().recognition(), browser.page()).filter(state -> state != PageState.SIGNED_IN).isPresent());
                stage.timeline().record(name, where(), "signs out after the scenario (listed account)");
            }
        } catch (RuntimeException e) {
            stage.timeline().record(name, where(), "could not sign out after the scenario: " + e.getClass().getSimpleName());
        }
    }

    /** The messages the page shows now ("Wrong username or password."), if any — what a person would read. */
    public Optional<String> messagesShown() {
        return PageSummary.of(browser.page()).flatMap(PageSummary::messages);
    }

    /** How often {@code text} appears in the page's visible text. */
    public int timesOnPage(String text) {
        String body = browser.page().text("body");
        int count = 0;
        for (int at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + text.length())) {
            count++;
        }
        return count;
    }

    /** True when the text is on the page (shown back, kept in a field), so it was not silently lost. */
    public boolean seesText(String text) {
        return browser.page().text("body").contains(text) || browser.page().values("textarea, input[type=text]").contains(text);
    }

    /** Uses the profile's "sign out everywhere" control. */
    public PageVisit signOutEverywhere() {
        TargetProfile.SignOutControl control = site.profile().features().signOutEverywhere()
                .orElseThrow(() -> new IllegalStateException("the target profile names no signOutEverywhere control"));
        if (!currentPathIs(control.page())) {
            open(control.page());
        }
        return act(() -> steps.signOut(control, "sign-out-everywhere", "signOutEverywhere"), "signs out everywhere", true);
    }

    /** Changes this person's password with the profile's form (a new random one, registered as a secret). */
    public PageVisit changePassword() {
        Features.PasswordChange form = site.profile().features().passwordChange()
                .orElseThrow(() -> new IllegalStateException("the target profile names no passwordChange form"));
        if (!currentPathIs(form.page())) {
            open(form.page());
        }
        io.sessionharness.config.Secret fresh = io.sessionharness.config.Secret.of("pw-" + java.util.UUID.randomUUID());
        Account current = account();
        PageVisit visit = act(() -> steps.steps(form.steps(), "password change", "passwordChange",
                value -> value.replace(SignInFlow.PASSWORD, current.password().reveal()).replace(Features.PasswordChange.NEW_PASSWORD, fresh.reveal())),
                "changes the password", true);
        account = new Account(current.username(), fresh);
        return visit;
    }

    PageVisit click(String css, String action, boolean withScreenshot) {
        return act(() -> browser.page().click(css), action, withScreenshot);
    }

    /** One person action on the current page, then what the site showed. */
    PageVisit act(Runnable doing, String action, boolean withScreenshot) {
        return Report.step(name + " " + action, rename -> {
            Optional<Duration> idle = idleSoFar();
            actionStart = stage.clock().instant();
            doing.run();
            PageVisit visit = recognise("(" + action + ")", idle);
            rename.accept(name + " " + action + " → " + visit.state().description());
            if (withScreenshot) {
                screenshot(action + " → " + visit.state().description());
            }
            return visit;
        });
    }

    /** Opens a public page (no session involved) and reads the text of {@code css} there. */
    public String readsPublicPage(String path, String css) {
        return Report.step(name + " reads " + path, rename -> {
            tabs.current();
            navigate(path);
            String text = Waiting.upTo(stage.waitTimeout()).passingOver(org.openqa.selenium.NoSuchElementException.class)
                    .until(() -> browser.page().text(css));
            stage.timeline().record(name, where(), "reads " + path + ": " + text);
            rename.accept(name + " reads " + path + " → " + text);
            return text;
        });
    }

    /** This person's network changes (Wi-Fi to a phone's hotspot): from now on the site sees them from {@code address}. */
    public void changesNetwork(io.sessionharness.network.LoopbackProxy proxy, String address) {
        Report.step(name + "'s network changes: the site now sees " + name + " from " + address + " (was " + proxy.outgoingAddress() + ")", () -> {
            proxy.leaveFrom(address);
            stage.timeline().record(name, where(), "network changes: now from " + address);
            return null;
        });
    }

    /**
     * The person's browser runs in the time zone {@code zone} from now on (BiDi {@code emulation.setTimezoneOverride});
     * the step says which zone the pages then report. False where the browser cannot (no BiDi of its own).
     */
    public boolean livesInTimeZone(java.time.ZoneId zone) {
        if (!browser.setTimeZone(zone.getId())) {
            return false;
        }
        return Report.step(name + "'s browser is in the time zone " + zone.getId(), rename -> {
            Object seen = browser.page().script(
                    "return Intl.DateTimeFormat().resolvedOptions().timeZone + ' ' + (-new Date().getTimezoneOffset());");
            stage.timeline().record(name, browser.label(), "time zone " + zone.getId() + " (pages report " + seen + " min)");
            rename.accept(name + "'s browser is in the time zone " + zone.getId() + " (BiDi emulation.setTimezoneOverride; pages report " + seen + " min)");
            return true;
        });
    }

    /** How far the page's clock (Date.now in a blank page of this browser) is from the harness's clock. */
    public Duration pageClockOffset() {
        tabs.current();
        Object pageNow = browser.page().script("return Date.now();");
        return Duration.ofMillis(((Number) pageNow).longValue() - stage.clock().millis());
    }

    /** Continues in {@code fresh} instead of the current browser (a new clean profile); the tabs start again. */
    void continuesIn(Browser fresh) {
        browser = fresh;
        tabs.forget();
        stage.timeline().record(name, fresh.label(), "continues in a new, clean browser");
    }

    /** Opens the target's first protected page. */
    public PageVisit openProtectedPage() {
        return open(site.profile().firstProtectedPage());
    }

    public PageVisit open(String path) {
        return Report.step(name + " opens " + path, rename -> {
            PageVisit visit = visit(path);
            rename.accept(name + " opens " + path + visit.idleBefore().map(d -> " after " + Durations.format(d) + " idle").orElse("")
                    + " → " + visit.state().description());
            screenshot(path + " → " + visit.state().description());
            return visit;
        });
    }

    /** Does nothing for {@code length}, counted from this person's last contact with the site. */
    public void stayIdle(Duration length) {
        Report.step(name + " stays idle " + Durations.format(length), rename -> {
            if (site.policy().pageKeepsAlive()) {
                // The site's pages keep the session alive on purpose: the person idles away from them.
                Instant leaving = stage.clock().instant();
                browser.page().go("about:blank");
                // Until it was left, the page may have told the server it is still there: idle counts from its last
                // request — not from the moment the blank page loaded, which on a busy machine can be seconds later
                // than the last request the server saw (the idle would look shorter than it was: "expired too early").
                contact(browser.recordsNetwork()
                        ? lastServerContact(browser.network().since(lastContact == null ? leaving : lastContact)).orElse(lastContact == null ? leaving : lastContact)
                        : stage.clock().instant());
                stage.timeline().record(name, where(), "leaves the site for a blank page (the target declares that its pages keep the session alive)");
            }
            Instant from = lastContact == null ? stage.clock().instant() : lastContact;
            Instant idleStarted = stage.clock().instant();
            stage.timeline().record(name, browser.label(), "starts " + Durations.format(length) + " idle");
            stage.idle().stay(name, from, length, backWithinTheIdleTimeout(from, length), browser::keepAlive);
            stage.timeline().idle(where(), from);
            pageActivityWhileIdle = pageActivitySince(idleStarted).orElse(null);
            if (pageActivityWhileIdle != null) {
                stage.timeline().record(name, where(), pageActivityWhileIdle);
                rename.accept(name + " stays idle " + Durations.format(length) + " — but " + pageActivityWhileIdle);
            }
            return null;
        });
    }

    /**
     * The site heard from this person at {@code at}: idle counts from there, and while signed in the person must be
     * back before the idle timeout (minus the tolerance) for the scenario's checks to stay conclusive.
     */
    private void contact(Instant at) {
        lastContact = at;
        stage.deadlines().set(name, signedInAt == null ? Optional.empty() : backWithinTheIdleTimeout(at, Duration.ZERO));
    }

    /**
     * For a wait meant to end inside the site's idle timeout: the latest moment the next visit still finds the session
     * conclusively alive or not (the idle timeout minus the tolerance after {@code from}; later, the check would be
     * inconclusive). None for a wait meant to outlast it — coming back later changes nothing there.
     */
    private Optional<Instant> backWithinTheIdleTimeout(Instant from, Duration length) {
        if (from == null) {
            return Optional.empty();
        }
        return site.policy().idleTimeout().map(idle -> idle.minus(site.policy().tolerance()))
                .filter(limit -> length.compareTo(limit) < 0).map(from::plus);
    }

    /**
     * When the server last heard from this browser: its last answer, a favicon aside (browsers fetch it on their own
     * after the page, late on a busy machine, and a site does not count it as activity).
     */
    private static Optional<Instant> lastServerContact(List<NetworkLog.Exchange> answers) {
        return answers.stream().filter(e -> !e.url().endsWith("/favicon.ico")).map(NetworkLog.Exchange::at).max(Instant::compareTo);
    }

    /** "during the idle period the page sent 6 requests to /api/ping": what the open page told the server by itself. */
    private Optional<String> pageActivitySince(Instant since) {
        List<NetworkLog.Exchange> sent = browser.network().since(since).stream().filter(e -> !e.url().endsWith("/favicon.ico")).toList();
        if (sent.isEmpty()) {
            return Optional.empty();
        }
        java.util.Map<String, Long> byPath = sent.stream().collect(java.util.stream.Collectors.groupingBy(
                e -> Redactor.mask(relative(e.url()).replaceAll("[?#].*$", "")), java.util.LinkedHashMap::new, java.util.stream.Collectors.counting()));
        return Optional.of("during the idle period the page sent " + sent.size() + " request(s) to the site by itself ("
                + byPath.entrySet().stream().map(e -> e.getValue() + " × " + e.getKey()).collect(java.util.stream.Collectors.joining(", "))
                + "), which keeps a session alive");
    }

    /**
     * Keeps working: opens the protected page every {@code every} until {@code until} after sign-in, or until
     * the site stops showing the signed-in page. Returns every visit (the probes) in order.
     */
    public List<PageVisit> keepWorking(Duration every, Duration until) {
        return keepWorkingWhile(every, () -> sinceSignIn().orElseThrow().compareTo(until) < 0);
    }

    /**
     * Keeps working (opens the protected page every {@code every}) while {@code going} holds and the site still shows
     * the signed-in page — e.g. while another device signs in, so that this one does not idle out meanwhile.
     */
    public List<PageVisit> keepWorkingWhile(Duration every, java.util.function.BooleanSupplier going) {
        String path = site.profile().firstProtectedPage();
        return Report.step(name + " keeps working: opens " + path + " every " + Durations.format(every), rename -> {
            List<PageVisit> visits = new ArrayList<>();
            PageVisit last;
            do {
                stage.idle().stay(name, lastContact, every, backWithinTheIdleTimeout(lastContact, every), () -> { });
                Optional<Duration> idle = idleSoFar();
                navigate(path);
                last = recognise(path, idle);
                visits.add(last);
            } while (last.signedIn() && going.getAsBoolean());
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
            steps.signOut(control, "sign-out", "signOut");
            pageStates.awaitLeaving(PageState.SIGNED_IN);
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
            browser.page().back();
            PageVisit visit = recognise("(back)", idle, true);
            rename.accept(name + " presses Back → " + visit.state().description() + " at " + visit.landedUrl());
            screenshot("after Back");
            return visit;
        });
    }

    public Optional<Duration> sinceSignIn() {
        return Optional.ofNullable(signedInAt).map(at -> Duration.between(at, stage.clock().instant()));
    }

    public Browser browser() {
        return browser;
    }

    /**
     * The idle time before the action that is beginning. An action begins here, so this is also where a scenario busy
     * with page actions lets comebacks from a wait go first (before the idle is measured: a wait for the slot counts).
     */
    private Optional<Duration> idleSoFar() {
        stage.yieldToComebacks();
        return Optional.ofNullable(lastContact).map(at -> Duration.between(at, stage.clock().instant()));
    }

    /** Loads {@code path} of the site, inside the caller's step, without judging the page. */
    void navigate(String path) {
        go(site.url(path), path);
    }

    /** Loads {@code url} (named {@code requested} in messages: a link's URL may hold a secret). */
    private void go(String url, String requested) {
        actionStart = stage.clock().instant();
        try {
            browser.page().go(url);
        } catch (org.openqa.selenium.WebDriverException e) {
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
        stage.timeline().record(name, where(), requested + " → the site could not be reached (" + code + ")");
        return new TargetUnreachableException(name + " could not reach " + site.baseUrl() + " for " + requested + ": the browser says " + code
                + " — the target or the network is down (infrastructure), not a verdict on the site's sessions");
    }

    /** The browser shows its own error page for a site it could not reach: the code, if so. */
    Optional<String> unreachableNow() {
        return io.sessionharness.browser.PageReader.browserErrorPageText(browser.page()).flatMap(Recognition::unreachableCode);
    }

    private boolean currentPathIs(String path) {
        return browser.currentUrl().map(url -> url.equals(site.url(path))).orElse(false);
    }

    private PageVisit recognise(String requested, Optional<Duration> idleBefore) {
        return recognise(requested, idleBefore, false);
    }

    /** What the site showed; with {@code mayLeave} (Back), the browser's blank start page is a page of no site, not an unrecognised one. */
    private PageVisit recognise(String requested, Optional<Duration> idleBefore, boolean mayLeave) {
        // The server judged the request when it arrived, so the session's age is taken when the request was made,
        // not when the (possibly slow) page finished loading.
        Optional<Duration> age = Optional.ofNullable(signedInAt).map(at -> Duration.between(at, actionStart.isAfter(at) ? actionStart : at));
        PageState state = mayLeave && Recognition.leftTheSite(browser.currentUrl().orElse("")) ? PageState.LEFT_SITE : pageStates.awaitRecognisable();
        Instant recognisedAt = stage.clock().instant();
        String landed = browser.currentUrl().orElse("(unknown)");
        if (state == PageState.UNREACHABLE) {
            throw unreachable(requested, unreachableNow().orElse("a network error"));
        }
        if (state == PageState.AMBIGUOUS) {
            throw pageStates.ambiguous(landed);
        }
        List<NetworkLog.Exchange> answers = browser.network().since(actionStart);
        // The server last saw this person when it answered, not when the page was recognised: idle counts from there.
        contact(answers.isEmpty() ? recognisedAt : lastServerContact(answers).orElse(answers.get(answers.size() - 1).at()));
        if (answers.stream().anyMatch(a -> a.status() >= 500 && a.url().equals(landed))) {
            state = PageState.ERROR;
        }
        List<String> described = answers.stream().map(a -> a.describe(site.baseUrl().toString())).toList();
        Optional<String> summary = state == PageState.UNRECOGNISED ? PageSummary.of(browser.page()) : Optional.empty();
        summary.ifPresent(text -> Report.text(name + ": the unrecognised page at " + relative(landed), "url: " + landed + "\n" + text));
        Optional<String> keptAlive = idleBefore.isPresent() ? Optional.ofNullable(pageActivityWhileIdle) : Optional.empty();
        pageActivityWhileIdle = null;
        PageVisit visit = new PageVisit(name, requested, landed, state, age, idleBefore, described, browser.recordsNetwork(), site.policy(),
                summary, keptAlive);
        if (state == PageState.EXPIRED || state == PageState.SIGNED_OUT) {
            stage.deadlines().set(name, Optional.empty()); // no session of this person's to keep alive now
        }
        stage.timeline().record(name, where(), requested + " → " + state.description() + " (" + relative(landed) + ")");
        stage.timeline().visit(where(), state.id(), state.label(), state == PageState.SIGNED_IN);
        described.forEach(answer -> stage.timeline().record("  server", where(), answer));
        actionStart = recognisedAt;
        return visit;
    }

    /** "alice's browser" or, once tabs are in play, "alice's browser, tab 2". */
    private String where() {
        return tabs.where(browser.label());
    }

    String relative(String url) {
        String base = site.baseUrl().toString();
        return url.startsWith(base) ? "/" + url.substring(base.length()) : url;
    }

    void screenshot(String moment) {
        if (!Report.wantsMomentScreenshots()) {
            return;
        }
        if (browser.showsSecret()) {
            Report.step(name + ": " + moment + " — screenshot withheld: the page shows a secret (a session ID or token) in its text");
            return;
        }
        browser.screenshot().ifPresent(png -> Report.screenshot(name + ": " + moment, png));
    }
}
