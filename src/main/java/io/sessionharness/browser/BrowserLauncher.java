package io.sessionharness.browser;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.openqa.selenium.Capabilities;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.remote.Augmenter;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.remote.http.ClientConfig;

/**
 * Starts browsers of one resolved profile, on this machine or on a Selenium Grid. Thread-safe: scenarios running in
 * parallel each launch their own. Owns the run's engine instance (and what it shares, such as WebKit's virtual
 * display) until {@link #close()}.
 */
public final class BrowserLauncher implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BrowserLauncher.class);
    /** A new-session request to a Grid may wait in its queue for a free slot; commands after that are short. */
    private static final Duration GRID_READ_TIMEOUT = Duration.ofMinutes(5);

    private final ResolvedBrowser resolved;
    private final Duration pageLoadTimeout;
    private final Consumer<BrowserInfo> onLaunch;
    private final BrowserEngine engine;

    public BrowserLauncher(ResolvedBrowser resolved, Duration pageLoadTimeout, Consumer<BrowserInfo> onLaunch) {
        this.resolved = resolved;
        this.pageLoadTimeout = pageLoadTimeout;
        this.onLaunch = onLaunch;
        this.engine = BrowserEngines.create(resolved.profile());
    }

    public BrowserProfile profile() {
        return resolved.profile();
    }

    /** Why this machine cannot start a browser with {@code setup} (a feature the profile lacks, a tool not installed). */
    public Optional<String> cannotStart(BrowserSetup setup) {
        for (BrowserFeature needed : setup.needs()) {
            if (!resolved.profile().supports(needed)) {
                return Optional.of("browser profile " + resolved.profile().name() + " does not support " + needed.key()
                        + " (needed for " + setup.describe() + ")");
            }
        }
        Optional<String> engineReason = engine.cannotStart(setup, resolved.remote());
        if (engineReason.isPresent()) {
            return engineReason;
        }
        if (!setup.clockSkew().isZero() && !resolved.remote() && ClockSkewWrappers.faketime().isEmpty()) {
            return Optional.of("a browser with a shifted clock needs libfaketime, which is not installed: sudo apt-get install -y faketime");
        }
        if (!setup.clockSkew().isZero() && resolved.remote()) {
            return Optional.of("a shifted browser clock needs the browser on this machine (libfaketime), not on a Grid");
        }
        return Optional.empty();
    }

    /** How many browsers may run at once (0: no limit); see {@link ResolvedBrowser#sessionLimit()}. */
    public int sessionLimit() {
        return resolved.sessionLimit();
    }

    public boolean remote() {
        return resolved.remote();
    }

    public Browser launch(String label) {
        return launch(label, BrowserSetup.PLAIN);
    }

    /**
     * Starts a browser with {@code setup}. A start that fails (a browser that hangs while starting, a driver that
     * dies) is infrastructure, not the target: it is tried once more, and the retry is logged.
     */
    public Browser launch(String label, BrowserSetup setup) {
        return launch(label, setup, resolved.profile().supports(BrowserFeature.BIDI));
    }

    /**
     * Starts a browser whose people will be BiDi user contexts ({@code isolation = context}); the profile must
     * support user contexts (checked before the run).
     */
    public SharedBrowser launchShared(String label) {
        return new SharedBrowser(launch(label, BrowserSetup.PLAIN, false));
    }

    private Browser launch(String label, BrowserSetup setup, boolean recordNetwork) {
        BrowserEngine.Started started;
        try {
            started = start(setup);
        } catch (WebDriverException first) {
            LOG.warn("{} did not start ({}); trying once more", label, String.valueOf(first.getMessage()).lines().findFirst().orElse(""));
            started = start(setup);
        }
        Browser browser;
        try {
            browser = Browser.own(label, started, recordNetwork, resolved.remote(), engine.newTabType());
        } catch (RuntimeException e) {
            started.driver().quit();
            started.stopService().run();
            throw e;
        }
        onLaunch.accept(browser.info());
        return browser;
    }

    /** Once the run is told to stop, no browser starts any more (one started after the clean-up would be left behind). */
    private static final java.util.concurrent.atomic.AtomicBoolean STOPPING = new java.util.concurrent.atomic.AtomicBoolean();

    public static void refuseNewBrowsers() {
        STOPPING.set(true);
    }

    private BrowserEngine.Started start(BrowserSetup setup) {
        if (STOPPING.get()) {
            throw new IllegalStateException("the run is stopping: no new browser is started");
        }
        if (resolved.grid().isEmpty()) {
            return engine.start(resolved, pageLoadTimeout, setup);
        }
        URI grid = resolved.grid().get();
        Capabilities options = engine.options(resolved, pageLoadTimeout, setup, true);
        WebDriver driver = RemoteWebDriver.builder().oneOf(options)
                .config(ClientConfig.defaultConfig().baseUri(grid).readTimeout(GRID_READ_TIMEOUT))
                .build();
        if (resolved.profile().supports(BrowserFeature.BIDI)) {
            // BiDi (the network recorder) over the Grid's WebSocket proxy needs the augmented driver.
            driver = new Augmenter().augment(driver);
        }
        return new BrowserEngine.Started(driver, List.of());
    }

    @Override
    public void close() {
        engine.close();
    }
}
