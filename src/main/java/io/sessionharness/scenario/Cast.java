package io.sessionharness.scenario;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sessionharness.browser.Browser;
import io.sessionharness.browser.BrowserLauncher;
import io.sessionharness.browser.BrowserSetup;
import io.sessionharness.browser.SharedBrowser;
import io.sessionharness.network.LoopbackProxy;
import io.sessionharness.report.Report;
import io.sessionharness.site.Site;

/**
 * The people of one scenario. The cast owns their browsers: it starts one per person and closes every one of them,
 * also when the scenario fails, after attaching the evidence.
 */
public final class Cast implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Cast.class);

    private final String scenario;
    private final BrowserLauncher launcher;
    private final Site site;
    private final Stage stage;
    private final ActionSlots slots;
    private final Thread owner = Thread.currentThread();
    private final List<Person> people = new ArrayList<>();
    private final boolean userContexts;
    private SharedBrowser shared;
    private final CastResources resources;

    /**
     * How a cast works in this run: its clock, how often long idle periods report progress, how long a page may take
     * to show a state, whether people are BiDi user contexts in one browser instead of browsers of their own, and the
     * run's action slots (idle periods and waits for an account give the scenario's slot up meanwhile).
     */
    public record Settings(Clock clock, Duration progressEvery, Duration waitTimeout, boolean userContexts, ActionSlots slots) {
    }

    public Cast(String scenario, BrowserLauncher launcher, Site site, Settings settings) {
        this.scenario = scenario;
        this.launcher = launcher;
        this.userContexts = settings.userContexts();
        this.site = site;
        Timeline timeline = new Timeline(settings.clock());
        this.stage = new Stage(settings.clock(), timeline, new IdlePeriod(settings.clock(), settings.progressEvery(), LOG::info, settings.slots()),
                settings.waitTimeout(), new AccountLeases(site, settings.slots()), settings.slots(), new Stage.Deadlines());
        this.slots = settings.slots();
        this.resources = new CastResources(timeline);
    }

    /** Starts a browser in the scenario's action slot (taken now if the scenario's own thread holds none yet). */
    private Browser launch(String label, BrowserSetup setup) {
        takeSlot();
        return launcher.launch(label, setup);
    }

    /** Only the scenario's own thread takes a slot: threads of parallel actions neither hold nor give one up. */
    private void takeSlot() {
        if (Thread.currentThread() == owner) {
            slots.ensureHeld();
            stage.yieldToComebacks();
        }
    }

    /** A new person with a browser of their own (a separate cookie jar: another person or device). */
    public synchronized Person person(String name) {
        return person(name, BrowserSetup.PLAIN);
    }

    /**
     * A new person whose browser starts with {@code setup} (cookies blocked, clock wrong, through a proxy). Skips the
     * scenario, with the reason, when the browser profile cannot do that.
     */
    public synchronized Person person(String name, BrowserSetup setup) {
        launcher.cannotStart(setup).ifPresent(reason -> {
            throw new org.testng.SkipException(name + "'s browser: " + reason);
        });
        long ownBrowsers = people.stream().map(Person::browser).distinct().count();
        int limit = launcher.sessionLimit();
        if ((!userContexts || !setup.plain()) && limit > 0 && ownBrowsers >= limit) {
            throw new org.testng.SkipException("this scenario needs " + (ownBrowsers + 1) + " browsers at once; browser profile "
                    + launcher.profile().name() + " allows " + limit + " here");
        }
        Browser browser = userContexts && setup.plain()
                ? Report.step("open a new user context for " + name, () -> sharedBrowser().newPerson(name + "'s user context"))
                : Report.step("start a browser for " + name + (setup.plain() ? "" : " (" + setup.describe() + ")"),
                        () -> launch(name + "'s browser", setup));
        Person person = new Person(name, browser, setup, site, stage);
        people.add(person);
        stage.timeline().record(name, browser.label(), "browser started");
        return person;
    }

    private SharedBrowser sharedBrowser() {
        if (shared == null) {
            takeSlot();
            shared = launcher.launchShared(scenario + " browser");
            stage.timeline().record("cast", shared.host().label(), "browser started for the scenario's user contexts");
        }
        return shared;
    }

    /** The same account on another device: a browser of its own, signing in as {@code owner}'s account. */
    public synchronized Person secondDevice(Person owner, String deviceName) {
        return secondDevice(owner, deviceName, BrowserSetup.PLAIN);
    }

    /** The same account on another device whose browser starts with {@code setup} (cookies blocked, say). */
    public synchronized Person secondDevice(Person owner, String deviceName, BrowserSetup setup) {
        Person device = person(deviceName, setup);
        device.useAccountOf(owner);
        return device;
    }

    /** Another person at the same computer: {@code owner}'s browser (cookies and all), their own account. */
    public synchronized Person atTheSameComputer(Person owner, String name) {
        Person next = new Person(name, owner.browser(), owner.setup(), site, stage);
        people.add(next);
        stage.timeline().record(name, owner.browser().label(), "sits down at " + owner.name() + "'s computer");
        return next;
    }

    /**
     * A forwarding proxy on 127.0.0.1 through which browsers reach the site from {@code outgoingAddress} (127.x);
     * switch it with {@link Person#changesNetwork}. Closed with the cast.
     */
    public synchronized LoopbackProxy proxyFrom(String outgoingAddress) {
        return resources.proxyFrom(outgoingAddress);
    }

    /**
     * A private copy of the embedded target for this scenario alone (it may restart without disturbing parallel
     * scenarios); with {@code persistentSessions} its sessions survive a restart. Closed with the cast.
     */
    public synchronized Site privateSite(boolean persistentSessions) {
        return resources.privateCopyOf(site, persistentSessions);
    }

    /** A new person with a browser of their own, using {@code other} (a private site) instead of the run's site. */
    public synchronized Person personOn(Site other, String name) {
        Browser browser = Report.step("start a browser for " + name, () -> launch(name + "'s browser", BrowserSetup.PLAIN));
        Person person = new Person(name, browser, BrowserSetup.PLAIN, other, stage.withAccounts(resources.leasesOn(other, slots)));
        people.add(person);
        stage.timeline().record(name, browser.label(), "browser started (private site " + other.baseUrl() + ")");
        return person;
    }

    /** The server behind {@code privateSite} restarts (a deployment, maintenance). */
    public void restarts(Site privateSite) {
        Report.step("the server restarts", () -> {
            privateSite.restart();
            stage.timeline().record("server", privateSite.baseUrl().toString(), "restarted");
            return null;
        });
    }

    /** Anybody at all: what the target answers a plain HTTP client without a session. */
    public Stranger stranger() {
        return new Stranger(stage.timeline(), site.baseUrl().toString());
    }

    /** An e-mail security scanner that opens links before the person does: plain HTTP, no cookies. */
    public MailScanner mailScanner() {
        return new MailScanner(stage.timeline(), site.baseUrl().toString());
    }

    /**
     * Runs {@code count} tasks at once (people acting simultaneously), reporting into this scenario, and returns their
     * results in order; bounded by {@code plannedWait} and room for page work ({@link InParallel}).
     */
    public <T> List<T> inParallel(int count, Duration plannedWait, java.util.function.IntFunction<T> task) {
        return InParallel.run(stage, count, plannedWait, task);
    }

    /**
     * The "empty your caches" advice, automated: from now on the browser takes every page from the server where the
     * driver can say so (BiDi's cache bypass, else Chromium's DevTools), otherwise the person continues in a new, clean
     * browser (WebKit: a new session starts with empty caches).
     */
    public synchronized void emptiesCaches(Person person) {
        Report.step(person.name() + " empties the browser's caches", rename -> {
            java.util.Optional<String> how = person.browser().clearHttpCache();
            if (how.isPresent()) {
                stage.timeline().record(person.name(), person.browser().label(), "empties the HTTP cache (" + how.get() + ")");
                rename.accept(person.name() + " empties the browser's HTTP cache (" + how.get() + ")");
                return null;
            }
            // The old browser goes first: where sessions are scarce (a Grid slot, real Safari) the new one needs its place.
            person.browser().close();
            Browser fresh = launch(person.name() + "'s clean browser", BrowserSetup.PLAIN);
            person.continuesIn(fresh);
            rename.accept(person.name() + " empties the caches: a new, clean browser (this one cannot clear its cache)");
            return null;
        });
    }

    /**
     * Closes a person's browser before the scenario ends and gives their account back (frees the machine and the
     * listed accounts during long measurements: each round's probes reuse the accounts of the round before).
     */
    public synchronized void dismiss(Person person) {
        person.browser().close();
        // Not on a site refusing a second login: the dismissed session lives on there until it times out.
        if (!site.policy().refusesSecondLogin()) {
            person.ownLease().ifPresent(account -> person.stage().accounts().release(account));
        }
        stage.timeline().record(person.name(), person.browser().label(), "browser closed");
    }

    /** The scenario's clock (what its timeline and idle periods count with). */
    public Clock clock() {
        return stage.clock();
    }

    /** Nobody acts until {@code when}: the scenario waits (a deliberate idle period that holds no action slot). */
    public void waitUntil(Instant when, String who) {
        Instant now = stage.clock().instant();
        if (when.isAfter(now)) {
            stage.idle().stay(who, now, Duration.between(now, when));
        }
    }

    public Timeline timeline() {
        return stage.timeline();
    }

    public Site site() {
        return site;
    }

    /** Screenshot, page source, URL and cookies (fingerprinted) of every browser, for a failed or broken scenario. */
    public synchronized void attachFailureEvidence() {
        people.forEach(person -> FailureEvidence.attach(person, site));
    }

    @Override
    public synchronized void close() {
        people.forEach(Person::leaveNoSessionBehind);
        Report.text("timeline", stage.timeline().render());
        Report.svg("session timeline chart", stage.timeline().chart("Sessions in " + scenario + " (time since the scenario began)",
                site.policy().idleTimeout(), site.policy().absoluteTimeout(),
                site.policy().tolerance()));
        LOG.info("scenario {}: wall {} ms, deliberate idle {} ms, {} browser(s)", scenario,
                stage.timeline().elapsed().toMillis(), stage.idle().total().toMillis(), people.size());
        for (Person person : people) {
            person.browser().close();
        }
        people.clear();
        if (shared != null) {
            shared.close();
            shared = null;
        }
        resources.close();
        stage.accounts().releaseAll();
    }
}
