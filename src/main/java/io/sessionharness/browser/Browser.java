package io.sessionharness.browser;

import java.util.List;
import java.util.Optional;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sessionharness.config.Secret;

/**
 * One person's browser — a browser of their own, or their BiDi user context in a {@link SharedBrowser} —, owned by
 * exactly one person in one scenario and always closed by its owner. People act on its pages through
 * {@link #page()}; its cookies, network log and whole-browser controls are here. Evidence getters never throw: a dead
 * browser yields nothing rather than hiding the original failure.
 */
public final class Browser implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Browser.class);

    private final String label;
    private final PageDriver page;
    /** The WebDriver session of a browser of one's own; empty for a user context (it has none of its own). */
    private final Optional<WebDriver> own;
    private final NetworkLog network;
    private final boolean recordsNetwork;
    private final boolean remote;
    private final WindowType tabType;
    private final BrowserCookies cookies;
    private final BrowserControls controls;
    private final Runnable quit;
    private final List<ProcessHandle> processes;
    private boolean closed;

    private Browser(String label, PageDriver page, Optional<WebDriver> own, NetworkLog network, boolean recordsNetwork, boolean remote,
            WindowType tabType, BrowserCookies cookies, BrowserControls controls, Runnable quit, List<ProcessHandle> processes) {
        this.label = label;
        this.page = page;
        this.own = own;
        this.network = network;
        this.recordsNetwork = recordsNetwork;
        this.remote = remote;
        this.tabType = tabType;
        this.cookies = cookies;
        this.controls = controls;
        this.quit = quit;
        this.processes = List.copyOf(processes);
    }

    /**
     * A browser of one's own. With {@code recordNetwork} (BiDi), the server's answers are recorded and cookies, cache,
     * time zone and preload scripts go through BiDi; the started browser's processes (local driver and browser) are
     * ended by PID if quitting does not end them (a dead driver).
     */
    public static Browser own(String label, BrowserEngine.Started started, boolean recordNetwork, boolean remote, WindowType tabType) {
        WebDriver driver = started.driver();
        PageDriver page = new WebDriverPages(driver);
        NetworkLog network = new NetworkLog();
        AutoCloseable recorder = recordNetwork ? NetworkRecorder.attach(driver, network, java.time.Clock.systemUTC()) : () -> { };
        BrowserCookies classic = new ClassicCookies(page);
        BrowserCookies cookies = recordNetwork ? new BidiCookies(driver, "default", () -> addressOf(page), classic) : classic;
        Runnable quit = () -> {
            try {
                recorder.close();
            } catch (Exception e) {
                LOG.debug("network recorder of {} did not close: {}", label, e.getMessage());
            }
            try {
                page.quit();
            } finally {
                started.stopService().run();
            }
        };
        return new Browser(label, page, Optional.of(driver), network, recordNetwork, remote, tabType, cookies,
                new BrowserControls(driver, recordNetwork, started.devToolsCacheClear()), quit, started.processes());
    }

    /** A plain browser of one's own around {@code driver} (no network recording, nothing to reap). */
    public static Browser own(String label, WebDriver driver) {
        return own(label, new BrowserEngine.Started(driver, List.of()), false, false, WindowType.TAB);
    }

    /**
     * A person's isolated user context inside a shared browser: {@code page} acts only in that context, its answers
     * arrive in {@code network} (recorded by the host), its cookies are read through the {@code host}'s BiDi session in
     * that context, and quitting it removes the context, not the browser.
     */
    static Browser inUserContext(String label, PageDriver page, NetworkLog network, boolean remote, WebDriver host, String contextId) {
        BrowserCookies cookies = new BidiCookies(host, contextId, () -> addressOf(page), new ClassicCookies(page));
        return new Browser(label, page, Optional.empty(), network, true, remote, WindowType.TAB, cookies, BrowserControls.NONE,
                page::quit, List.of());
    }

    /** What the person does with this browser's pages. */
    public PageDriver page() {
        if (closed) {
            throw new IllegalStateException(label + " has already been closed");
        }
        return page;
    }

    /**
     * The WebDriver session of a browser of one's own, for tools that drive a browser wholesale (the profile drafter);
     * a person in a shared browser has none of their own.
     */
    public WebDriver driver() {
        page();
        return own.orElseThrow(() -> new IllegalStateException(label + " is a user context in a shared browser: it has no WebDriver "
                + "session of its own (run with isolation=browser)"));
    }

    /** The cookies this browser holds for the page it shows (BiDi where it has it: per user context, no window switch). */
    public BrowserCookies cookies() {
        return cookies;
    }

    /** Opens a new tab (a window where the engine cannot use background tabs) and makes it current; returns its handle. */
    public String openTab() {
        return page().openTab(tabType);
    }

    /** See {@link BrowserControls#clearHttpCache()}: how the cache was bypassed, or nothing where it cannot be. */
    public Optional<String> clearHttpCache() {
        return closed ? Optional.empty() : controls.clearHttpCache();
    }

    /**
     * Puts the browser in the time zone {@code zone} (an IANA name) for every tab of its default user context, through
     * BiDi's {@code emulation.setTimezoneOverride}; false where the browser has no BiDi of its own (WebKitGTK, a user
     * context, a driver whose BiDi lacks the command): there is no classic way to do it.
     */
    public boolean setTimeZone(String zone) {
        return !closed && controls.setTimeZone(zone);
    }

    /** True when scripts can be injected before every page's own (BiDi preload scripts: an own, BiDi-capable browser). */
    public boolean canPreloadScripts() {
        return !closed && controls.canPreloadScripts();
    }

    /** Runs {@code source} (a JavaScript function expression) in every page before the page's own scripts. */
    public void addPreloadScript(String source) {
        if (!canPreloadScripts()) {
            throw new IllegalStateException(label + " cannot inject scripts before page scripts (needs a BiDi browser of its own)");
        }
        controls.addPreloadScript(source);
    }

    /** True when the browser runs on a Selenium Grid node. */
    public boolean remote() {
        return remote;
    }

    /**
     * Tells a Selenium Grid that this session is still in use, during a long deliberate idle: a WebDriver command
     * that does not make the browser talk to the site, so the site's idle timer is not reset. No-op locally.
     */
    public void keepAlive() {
        if (!remote || closed) {
            return;
        }
        try {
            page.touch();
        } catch (WebDriverException e) {
            LOG.debug("keep-alive of {} failed: {}", label, e.getMessage());
        }
    }

    /** True when the server's answers are being recorded (the profile speaks BiDi). */
    public boolean recordsNetwork() {
        return recordsNetwork;
    }

    /** The server's answers seen by this browser (empty when the profile has no BiDi). */
    public NetworkLog network() {
        return network;
    }

    public String label() {
        return label;
    }

    /**
     * True when the page's visible text shows a secret — a session ID or token the site prints on the page (Tomcat's
     * examples show the session ID). Pixels cannot be masked, so such a page is never photographed. The cookies the
     * browser holds are registered first, so a value the site has just set counts even before anything else saw it.
     */
    public boolean showsSecret() {
        try {
            if (closed) {
                return false;
            }
            cookies.all().forEach(c -> Secret.registerObserved(c.getValue()));
            String shown = PageText.of(page);
            if (Secret.showsGiven(shown)) {
                warnEchoedPassword();
            }
            return Secret.containsKnown(shown);
        } catch (WebDriverException e) {
            return false;
        }
    }

    /** One line for each page (its address without the query) that shows an account's password in its text. */
    private void warnEchoedPassword() {
        String url = page.url();
        String address = url.indexOf('?') < 0 ? url : url.substring(0, url.indexOf('?'));
        if (ECHOED_PASSWORD_PAGES.add(address)) {
            LOG.warn("the page {} shows an account's password in its text: masked in every output, but the site echoes a password", address);
        }
    }

    private static final java.util.Set<String> ECHOED_PASSWORD_PAGES = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public Optional<byte[]> screenshot() {
        return evidence(PageDriver::screenshot, "screenshot");
    }

    public Optional<String> pageSource() {
        return evidence(PageDriver::source, "page source");
    }

    public Optional<String> currentUrl() {
        return closed ? Optional.empty() : addressOf(page);
    }

    private static Optional<String> addressOf(PageDriver page) {
        try {
            return Optional.ofNullable(page.url());
        } catch (WebDriverException e) {
            return Optional.empty();
        }
    }

    private <T> Optional<T> evidence(java.util.function.Function<PageDriver, T> reading, String what) {
        try {
            return closed ? Optional.empty() : Optional.ofNullable(reading.apply(page));
        } catch (WebDriverException | ClassCastException e) {
            LOG.debug("no {} from {}: {}", what, label, e.getMessage());
            return Optional.empty();
        }
    }

    /** Browser and driver versions as the driver reports them. */
    public BrowserInfo info() {
        return BrowserInfo.of(page.capabilities());
    }

    /** Quits the browser (or removes the user context), bounded in time ({@link BoundedQuit}). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        BoundedQuit.run(label, () -> {
            try {
                quit.run();
            } catch (WebDriverException e) {
                LOG.warn("{} did not quit cleanly: {}", label, String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            }
        }, processes);
    }
}
