package io.sessionharness.browser;

import java.time.Duration;
import java.util.function.Consumer;

import org.openqa.selenium.WebDriverException;

/** Starts browsers of one resolved profile. Thread-safe: scenarios running in parallel each launch their own. */
public final class BrowserLauncher {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BrowserLauncher.class);

    private final ResolvedBrowser resolved;
    private final Duration pageLoadTimeout;
    private final Consumer<Browser.BrowserInfo> onLaunch;

    public BrowserLauncher(ResolvedBrowser resolved, Duration pageLoadTimeout, Consumer<Browser.BrowserInfo> onLaunch) {
        this.resolved = resolved;
        this.pageLoadTimeout = pageLoadTimeout;
        this.onLaunch = onLaunch;
    }

    /**
     * Starts a browser. A start that fails (a browser that hangs while starting, a driver that dies) is infrastructure,
     * not the target: it is tried once more, and the retry is logged.
     */
    public Browser launch(String label) {
        BrowserEngine engine = BrowserEngines.forProfile(resolved.profile());
        BrowserEngine.Started started;
        try {
            started = engine.start(resolved, pageLoadTimeout);
        } catch (WebDriverException first) {
            LOG.warn("{} did not start ({}); trying once more", label, String.valueOf(first.getMessage()).lines().findFirst().orElse(""));
            started = engine.start(resolved, pageLoadTimeout);
        }
        Browser browser;
        try {
            browser = new Browser(label, started.driver(), resolved.profile().bidi(), started.processes());
        } catch (RuntimeException e) {
            started.driver().quit();
            throw e;
        }
        onLaunch.accept(browser.info());
        return browser;
    }
}
