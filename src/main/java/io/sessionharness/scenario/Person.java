package io.sessionharness.scenario;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import io.sessionharness.browser.Browser;
import io.sessionharness.browser.BrowserSetup;
import io.sessionharness.network.LoopbackProxy;
import io.sessionharness.site.Account;
import io.sessionharness.site.Site;

/**
 * One simulated person (or device) with their own browser: a façade over the parts that do the work. Every action is
 * a report step, a timeline entry and, at the moments that matter, a screenshot ({@link Visits}); idle time is
 * measured from the person's last contact with the site ({@link SessionClock}).
 */
public final class Person {

    private final String name;
    private final BrowserSetup setup;
    private final Stage stage;
    private Browser browser;
    private Account account;
    private Person accountOwner;
    private final SessionClock clock;
    private final Visits visits;
    private final SigningIn signingIn;
    private final Idling idling;
    private final Reading reading;
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
    private final Site site;

    Person(String name, Browser browser, BrowserSetup setup, Site site, Stage stage) {
        this.name = name;
        this.setup = setup;
        this.browser = browser;
        this.site = site;
        this.stage = stage;
        this.clock = new SessionClock(name, stage, site.policy());
        this.visits = new Visits(this, stage, site, clock);
        this.signingIn = new SigningIn(this, site, visits, clock);
        this.idling = new Idling(this, site, visits, clock);
        this.reading = new Reading(this, visits);
        this.jar = new SessionJar(name, () -> this.browser, site);
        this.pageClock = new PageClock(name, () -> this.browser, stage.timeline());
    }

    /** This person's page clock (fake Date and timers in the pages, as Playwright's page.clock). */
    public PageClock pageClock() { return pageClock; }

    /** The target profile's form, as this person uses it. */
    public Forms forms() { return forms; }

    /** The session this person's browser holds for the target. */
    public Session session() { return session; }

    /** This person's e-mailed one-time links. */
    public Links links() { return links; }

    /** What the scripts of this person's current page do for them. */
    public Scripts scripts() { return scripts; }

    /** This person's tabs in their browser. */
    public Tabs tabs() { return tabs; }

    /** The site's pre-expiry warning, as this person sees and answers it. */
    public ExpiryWarning expiryWarning() { return expiryWarning; }

    public String name() { return name; }

    public Browser browser() { return browser; }

    /** This person's account: leased for the scenario on first use, or the one of the person whose device this is. */
    public Account account() {
        if (account == null) {
            account = accountOwner != null ? accountOwner.account() : stage.accounts().lease(name);
        }
        return account;
    }

    /** Opens the sign-in page, runs the target's sign-in steps with this person's account and waits for the result. */
    public PageVisit signIn() { return signingIn.signInAs(account()); }

    /** Signs in with {@code credentials}: see {@link SigningIn#signInAs}. */
    public PageVisit signInAs(Account credentials) { return signingIn.signInAs(credentials); }

    /** Uses the target's sign-out control. */
    public PageVisit signOut() { return signingIn.signOut(); }

    /** Uses the profile's "sign out everywhere" control. */
    public PageVisit signOutEverywhere() { return signingIn.signOutEverywhere(); }

    /** Changes this person's password with the profile's form (a new random one, registered as a secret). */
    public PageVisit changePassword() { return signingIn.changePassword(); }

    /** Opens the target's first protected page. */
    public PageVisit openProtectedPage() { return visits.open(site.profile().firstProtectedPage()); }

    /** Opens {@code path} of the site. */
    public PageVisit open(String path) { return visits.open(path); }

    /** Presses the browser's back button. */
    public PageVisit goBack() { return visits.goBack(); }

    /** Does nothing for {@code length}, counted from this person's last contact with the site. */
    public void stayIdle(Duration length) { idling.stayIdle(length); }

    /** Opens the protected page every {@code every} until {@code until} after sign-in, or until the session ends. */
    public List<PageVisit> keepWorking(Duration every, Duration until) {
        return idling.keepWorkingWhile(every, () -> sinceSignIn().orElseThrow().compareTo(until) < 0);
    }

    /** Opens the protected page every {@code every} while {@code going} holds and the session lasts. */
    public List<PageVisit> keepWorkingWhile(Duration every, BooleanSupplier going) { return idling.keepWorkingWhile(every, going); }

    public Optional<Duration> sinceSignIn() { return clock.sinceSignIn(); }

    /** The messages the page shows now ("Wrong username or password."), if any — what a person would read. */
    public Optional<String> messagesShown() { return reading.messagesShown(); }

    /**
     * Every address this person's browser requested or was redirected to that carried the value of a session cookie
     * the site issued (masked): see {@link io.sessionharness.browser.NetworkLog#sessionIdsInAddresses}. Empty where the
     * browser records no network.
     */
    public List<String> sessionIdsInAddresses() { return browser.network().sessionIdsInAddresses(site.profile().sessionCookies()::matches); }

    /** How often {@code text} appears in the page's visible text. */
    public int timesOnPage(String text) { return reading.timesOnPage(text); }

    /** True when the text is on the page (shown back, kept in a field), so it was not silently lost. */
    public boolean seesText(String text) { return reading.seesText(text); }

    /** Opens a public page (no session involved) and reads the text of {@code css} there. */
    public String readsPublicPage(String path, String css) { return reading.readsPublicPage(path, css); }

    /** This person's network changes (Wi-Fi to a phone's hotspot): from now on the site sees them from {@code address}. */
    public void changesNetwork(LoopbackProxy proxy, String address) { reading.changesNetwork(proxy, address); }

    /** The browser runs in the time zone {@code zone} from now on; false where it cannot (no BiDi of its own). */
    public boolean livesInTimeZone(ZoneId zone) { return reading.livesInTimeZone(zone); }

    /** How far the page's clock (Date.now in a blank page of this browser) is from the harness's clock. */
    public Duration pageClockOffset() { return reading.pageClockOffset(); }

    // What the cast and the parts use of the person.

    Site site() { return site; }

    Stage stage() { return stage; }

    BrowserSetup setup() { return setup; }

    Visits visits() { return visits; }

    SessionClock clock() { return clock; }

    ProfileSteps steps() { return steps; }

    PageStates pageStates() { return pageStates; }

    SessionJar jar() { return jar; }

    void useAccountOf(Person owner) { this.accountOwner = owner; }

    void accountChanged(Account changed) { this.account = changed; }

    /** The account this person leased for themselves, if any (not the one of the person whose device this is). */
    Optional<Account> ownLease() {
        return accountOwner == null ? Optional.ofNullable(account) : Optional.empty();
    }

    /** A listed (shared) test account must not stay signed in after the scenario: see {@link SigningIn#leaveNoSessionBehind}. */
    void leaveNoSessionBehind() { signingIn.leaveNoSessionBehind(Optional.ofNullable(account), Optional.ofNullable(accountOwner).map(owner -> owner.account)); }

    /** Continues in {@code fresh} instead of the current browser (a new clean profile); the tabs start again. */
    void continuesIn(Browser fresh) {
        browser = fresh;
        tabs.forget();
        stage.timeline().record(name, fresh.label(), "continues in a new, clean browser");
    }
}
