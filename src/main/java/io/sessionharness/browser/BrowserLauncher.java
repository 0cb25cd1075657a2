package io.sessionharness.browser;

import java.time.Duration;
import java.util.function.Consumer;

import org.openqa.selenium.WebDriver;

/** Starts browsers of one resolved profile. Thread-safe: scenarios running in parallel each launch their own. */
public final class BrowserLauncher {

    private final ResolvedBrowser resolved;
    private final Duration pageLoadTimeout;
    private final Consumer<Browser.BrowserInfo> onLaunch;

    public BrowserLauncher(ResolvedBrowser resolved, Duration pageLoadTimeout, Consumer<Browser.BrowserInfo> onLaunch) {
        this.resolved = resolved;
        this.pageLoadTimeout = pageLoadTimeout;
        this.onLaunch = onLaunch;
    }

    public Browser launch(String label) {
        WebDriver driver = BrowserEngines.forProfile(resolved.profile()).start(resolved, pageLoadTimeout);
        Browser browser;
        try {
            browser = new Browser(label, driver, resolved.profile().bidi());
        } catch (RuntimeException e) {
            driver.quit();
            throw e;
        }
        onLaunch.accept(browser.info());
        return browser;
    }
}
