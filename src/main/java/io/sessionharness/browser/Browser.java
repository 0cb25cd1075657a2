package io.sessionharness.browser;

import java.util.Map;
import java.util.Optional;

import org.openqa.selenium.Capabilities;
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running browser, owned by exactly one person in one scenario and always closed by its owner.
 * Evidence getters never throw: a dead browser yields nothing rather than hiding the original failure.
 */
public final class Browser implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Browser.class);
    private static final java.time.Duration QUIT_LIMIT = java.time.Duration.ofSeconds(20);
    private static final java.time.Duration LEFTOVER_GRACE = java.time.Duration.ofSeconds(3);

    private final String label;
    private final WebDriver driver;
    private final NetworkLog network;
    private final AutoCloseable recorder;
    private final java.util.List<ProcessHandle> processes;
    private final boolean recording;
    private final boolean remote;
    private final Runnable stopService;
    private final org.openqa.selenium.WindowType tabType;
    private boolean closed;
    private boolean userContext;
    private BrowserCookies cookies;

    public Browser(String label, WebDriver driver) {
        this(label, new BrowserEngine.Started(driver, java.util.List.of()), false, false, org.openqa.selenium.WindowType.TAB);
    }

    /**
     * With {@code recordNetwork}, the server's answers are recorded through WebDriver BiDi; the started browser's
     * processes (local driver and browser) are ended by PID if quitting does not end them (a dead driver).
     */
    public Browser(String label, BrowserEngine.Started started, boolean recordNetwork, boolean remote, org.openqa.selenium.WindowType tabType) {
        this(label, started.driver(), new NetworkLog(), recordNetwork, remote, tabType, started.processes(), started.stopService());
    }

    private Browser(String label, WebDriver driver, NetworkLog network, boolean recordNetwork, boolean remote,
            org.openqa.selenium.WindowType tabType, java.util.List<ProcessHandle> processes, Runnable stopService) {
        this.label = label;
        this.driver = driver;
        this.network = network;
        this.tabType = tabType;
        this.processes = java.util.List.copyOf(processes);
        this.stopService = stopService;
        this.recording = recordNetwork;
        this.remote = remote;
        this.recorder = recordNetwork ? NetworkRecorder.attach(driver, network, java.time.Clock.systemUTC()) : () -> { };
        BrowserCookies classic = new ClassicCookies(this::driver);
        this.cookies = recordNetwork ? new BidiCookies(driver, "default", this::currentUrl, classic) : classic;
    }

    /**
     * A person's isolated user context inside a shared browser: {@code driver} acts only in that context, its answers
     * arrive in {@code network} (recorded by the host), and quitting it removes the context, not the browser.
     */
    static Browser inUserContext(String label, WebDriver driver, NetworkLog network, boolean remote, WebDriver host, String contextId) {
        Browser browser = new Browser(label, driver, network, false, remote, org.openqa.selenium.WindowType.TAB, java.util.List.of(), () -> { });
        browser.userContext = true;
        browser.cookies = new BidiCookies(host, contextId, browser::currentUrl, browser.cookies);
        return browser;
    }

    /** The cookies this browser holds for the page it shows (BiDi where it has it: per user context, no window switch). */
    public BrowserCookies cookies() {
        return cookies;
    }

    /** Opens a new tab (a window where the engine cannot use background tabs) and makes it current; returns its handle. */
    public String openTab() {
        driver().switchTo().newWindow(tabType);
        return driver.getWindowHandle();
    }

    /**
     * From now on every page comes from the server, as after emptying the browser's HTTP cache: BiDi first
     * ({@code network.setCacheBehavior: bypass}, any BiDi browser of its own: Chromium, Firefox, on a Grid too), else
     * Chromium's DevTools command {@code Network.clearBrowserCache}. Returns how, or nothing where neither exists
     * (WebKitGTK, a user context): there the recovery is a new, clean browser.
     */
    public java.util.Optional<String> clearHttpCache() {
        if (closed || userContext) {
            return java.util.Optional.empty();
        }
        if (recording) {
            try {
                new org.openqa.selenium.bidi.module.Network(driver).setCacheBehavior(org.openqa.selenium.bidi.network.CacheBehavior.BYPASS);
                return java.util.Optional.of("BiDi network.setCacheBehavior: bypass");
            } catch (org.openqa.selenium.UnsupportedCommandException | org.openqa.selenium.bidi.BiDiException older) {
                // a driver whose BiDi predates network.setCacheBehavior: DevTools below, or a new browser
            }
        }
        if (driver instanceof org.openqa.selenium.chromium.ChromiumDriver chromium) {
            chromium.executeCdpCommand("Network.clearBrowserCache", Map.of());
            return java.util.Optional.of("DevTools Network.clearBrowserCache");
        }
        return java.util.Optional.empty();
    }

    /**
     * Puts the browser in the time zone {@code zone} (an IANA name) for every tab of its default user context, through
     * BiDi's {@code emulation.setTimezoneOverride}; false where the browser has no BiDi of its own (WebKitGTK, a user
     * context, a driver whose BiDi lacks the command): there is no classic way to do it.
     */
    public boolean setTimeZone(String zone) {
        if (closed || userContext || !recording) {
            return false;
        }
        try {
            new org.openqa.selenium.bidi.emulation.Emulation(driver).setTimezoneOverride(
                    new org.openqa.selenium.bidi.emulation.SetTimezoneOverrideParameters(zone).userContexts(java.util.List.of("default")));
            return true;
        } catch (org.openqa.selenium.UnsupportedCommandException | org.openqa.selenium.bidi.BiDiException older) {
            return false; // a driver whose BiDi predates emulation.setTimezoneOverride
        }
    }

    /** True when scripts can be injected before every page's own (BiDi preload scripts: an own, BiDi-capable browser). */
    public boolean canPreloadScripts() {
        return recording && !userContext && !closed;
    }

    /** Runs {@code source} (a JavaScript function expression) in every page before the page's own scripts. */
    public void addPreloadScript(String source) {
        if (!canPreloadScripts()) {
            throw new IllegalStateException(label + " cannot inject scripts before page scripts (needs a BiDi browser of its own)");
        }
        new org.openqa.selenium.bidi.module.Script(driver).addPreloadScript(source);
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
            driver.getWindowHandle();
        } catch (WebDriverException e) {
            LOG.debug("keep-alive of {} failed: {}", label, e.getMessage());
        }
    }

    /** True when the server's answers are being recorded (the profile speaks BiDi). */
    public boolean recordsNetwork() {
        return recording || userContext;
    }

    /** The server's answers seen by this browser (empty when the profile has no BiDi). */
    public NetworkLog network() {
        return network;
    }

    public WebDriver driver() {
        if (closed) {
            throw new IllegalStateException(label + " has already been closed");
        }
        return driver;
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
            cookies.all().forEach(c -> io.sessionharness.config.Secret.registerObserved(c.getValue()));
            String shown = PageText.of(driver);
            return !io.sessionharness.config.Secret.maskKnown(shown).equals(shown);
        } catch (WebDriverException e) {
            return false;
        }
    }

    public Optional<byte[]> screenshot() {
        try {
            return closed ? Optional.empty() : Optional.of(((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (WebDriverException | ClassCastException e) {
            LOG.debug("no screenshot from {}: {}", label, e.getMessage());
            return Optional.empty();
        }
    }

    public Optional<String> pageSource() {
        try {
            return closed ? Optional.empty() : Optional.ofNullable(driver.getPageSource());
        } catch (WebDriverException e) {
            return Optional.empty();
        }
    }

    public Optional<String> currentUrl() {
        try {
            return closed ? Optional.empty() : Optional.ofNullable(driver.getCurrentUrl());
        } catch (WebDriverException e) {
            return Optional.empty();
        }
    }

    /** Browser and driver versions as the driver reports them. */
    public BrowserInfo info() {
        if (!(driver instanceof HasCapabilities withCapabilities)) {
            return new BrowserInfo("unknown", "unknown", "unknown");
        }
        Capabilities caps = withCapabilities.getCapabilities();
        String driverVersion = caps.asMap().values().stream()
                .filter(Map.class::isInstance)
                .map(Map.class::cast)
                .map(m -> m.get("chromedriverVersion"))
                .filter(v -> v != null)
                .map(v -> String.valueOf(v).split(" ")[0])
                .findFirst().orElse("unknown");
        return new BrowserInfo(caps.getBrowserName(), caps.getBrowserVersion(), driverVersion);
    }

    /**
     * Quits the browser. Bounded in time: a dead driver or a wedged BiDi connection must not hang the suite, so the
     * quit runs on its own thread and is abandoned (logged) after {@link #QUIT_LIMIT}.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Thread quitter = new Thread(this::quit, "quit " + label);
        quitter.setDaemon(true);
        quitter.start();
        try {
            quitter.join(QUIT_LIMIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (quitter.isAlive()) {
            LOG.warn("{} did not quit within {} s", label, QUIT_LIMIT.toSeconds());
        }
        endLeftoverProcesses();
    }

    /** A browser whose driver died is not ended by quit: end what is still running of it, by PID. */
    private void endLeftoverProcesses() {
        // Browser helper processes exit on their own shortly after quit; give them a moment before ending them.
        new ProcessReaper(processes, LEFTOVER_GRACE).reap(process -> LOG.info("{}: ended leftover process {} after quit", label, process.pid()));
    }

    private void quit() {
        try {
            recorder.close();
        } catch (Exception e) {
            LOG.debug("network recorder of {} did not close: {}", label, e.getMessage());
        }
        try {
            driver.quit();
        } catch (WebDriverException e) {
            LOG.warn("{} did not quit cleanly: {}", label, String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        stopService.run();
    }

    /** Versions for the report's environment. */
    public record BrowserInfo(String name, String version, String driverVersion) {
    }
}
