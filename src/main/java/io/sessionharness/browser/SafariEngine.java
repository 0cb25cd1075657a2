package io.sessionharness.browser;

import java.time.Duration;
import java.util.Optional;

import org.openqa.selenium.Capabilities;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.safari.SafariDriver;
import org.openqa.selenium.safari.SafariDriverService;
import org.openqa.selenium.safari.SafariOptions;

import io.github.bonigarcia.wdm.WebDriverManager;

/**
 * Real Safari on macOS through safaridriver (enable once with {@code safaridriver --enable}). Safari allows one
 * automated session at a time, so its profile declares {@code sessions: 1}: the run is serial and scenarios that
 * need a second browser at once skip with that reason. Cookie blocking and clock skew are not available.
 */
final class SafariEngine implements BrowserEngine {

    @Override
    public Optional<WebDriverManager> webDriverManager() {
        return Optional.empty();
    }

    @Override
    public Capabilities options(ResolvedBrowser browser, Duration pageLoadTimeout, BrowserSetup setup, boolean remote) {
        if (!setup.plain()) {
            throw new IllegalArgumentException("the safari profile starts plain browsers only (asked for: " + setup.describe() + ")");
        }
        return BrowserEngine.withCommonOptions(new SafariOptions(), browser, pageLoadTimeout);
    }

    @Override
    public Optional<String> cannotStart(BrowserSetup setup, boolean remote) {
        return setup.plain() ? Optional.empty() : Optional.of("real Safari starts plain browsers only (asked for: " + setup.describe() + ")");
    }

    @Override
    public Started start(ResolvedBrowser browser, Duration pageLoadTimeout, BrowserSetup setup) {
        SafariDriverService service = new SafariDriverService.Builder().usingDriverExecutable(browser.driver().toFile()).usingAnyFreePort().build();
        try {
            SafariDriver driver = new SafariDriver(service, (SafariOptions) options(browser, pageLoadTimeout, setup, false),
                    ClientConfig.defaultConfig().readTimeout(pageLoadTimeout.multipliedBy(2)));
            return new Started(driver, LocalProcesses.driverAndChildren(service.getUrl().getPort()));
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
    }
}
