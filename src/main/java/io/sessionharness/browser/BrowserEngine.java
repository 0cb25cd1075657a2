package io.sessionharness.browser;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.Capabilities;
import org.openqa.selenium.WebDriver;

import io.github.bonigarcia.wdm.WebDriverManager;

/**
 * One browser engine (Chromium, Edge, Firefox, WebKitGTK, Safari): the options a session request carries (locally
 * or to a Selenium Grid), how to start a browser on this machine, and how WebDriverManager finds its driver.
 * An engine instance lives for one run and may own shared parts (WebKit's virtual display), released by
 * {@link #close()}.
 */
public interface BrowserEngine extends AutoCloseable {

    /** The WebDriverManager that can fetch this engine's driver; empty when there is none (WebKitGTK). */
    Optional<WebDriverManager> webDriverManager();

    /** The session request: for {@code remote}, without paths that only make sense on this machine. */
    Capabilities options(ResolvedBrowser browser, Duration pageLoadTimeout, BrowserSetup setup, boolean remote);

    /** Starts a browser and its driver on this machine. */
    Started start(ResolvedBrowser browser, Duration pageLoadTimeout, BrowserSetup setup);

    /**
     * Why this engine cannot start a browser with {@code setup} — here, or on a Grid ({@code remote}) — although the
     * profile supports the feature; empty: it can.
     */
    default Optional<String> cannotStart(BrowserSetup setup, boolean remote) {
        return Optional.empty();
    }

    /**
     * What "a new tab" is for this engine. WebKitGTK's MiniBrowser does not paint a background tab, so a screenshot
     * of one hangs: there every tab is a window of its own.
     */
    default org.openqa.selenium.WindowType newTabType() {
        return org.openqa.selenium.WindowType.TAB;
    }

    @Override
    default void close() {
    }

    /**
     * A started browser, the local processes behind it (driver and browser, so that a browser whose driver died can
     * still be ended by PID instead of being left running), what stops its driver service after quitting, and the
     * engine's own command to empty the HTTP cache where it has one besides BiDi (Chromium's DevTools).
     */
    record Started(WebDriver driver, List<ProcessHandle> processes, Runnable stopService, Optional<Runnable> devToolsCacheClear) {

        public Started(WebDriver driver, List<ProcessHandle> processes, Runnable stopService) {
            this(driver, processes, stopService, Optional.empty());
        }

        public Started(WebDriver driver, List<ProcessHandle> processes) {
            this(driver, processes, () -> { });
        }
    }

    /**
     * What every engine's session options share: the profile's certificate rule, normal page loads within
     * {@code pageLoadTimeout}, and a BiDi connection where the profile supports it.
     */
    static <T extends org.openqa.selenium.remote.AbstractDriverOptions<T>> T withCommonOptions(T options, ResolvedBrowser browser,
            java.time.Duration pageLoadTimeout) {
        options.setAcceptInsecureCerts(browser.profile().acceptInsecureCerts());
        options.setPageLoadStrategy(org.openqa.selenium.PageLoadStrategy.NORMAL);
        options.setPageLoadTimeout(pageLoadTimeout);
        if (browser.profile().supports(BrowserFeature.BIDI)) {
            options.setCapability("webSocketUrl", true);
        }
        return options;
    }
}
