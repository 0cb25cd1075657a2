package io.sessionharness.browser;

import java.time.Duration;
import java.util.Optional;

import org.openqa.selenium.Capabilities;
import org.openqa.selenium.firefox.FirefoxDriver;
import org.openqa.selenium.firefox.FirefoxOptions;
import org.openqa.selenium.firefox.GeckoDriverService;
import org.openqa.selenium.remote.http.ClientConfig;

import io.github.bonigarcia.wdm.WebDriverManager;

/** Firefox through geckodriver (from a path, the system, or WebDriverManager where it can download). */
final class FirefoxEngine implements BrowserEngine {

    @Override
    public Optional<WebDriverManager> webDriverManager() {
        return Optional.of(WebDriverManager.firefoxdriver());
    }

    @Override
    public Capabilities options(ResolvedBrowser browser, Duration pageLoadTimeout, BrowserSetup setup, boolean remote) {
        FirefoxOptions options = new FirefoxOptions();
        if (!remote) {
            options.setBinary(browser.binary());
        }
        options.addArguments(browser.profile().arguments());
        browser.profile().preferences().forEach(options::addPreference);
        switch (setup.cookies()) {
            case NONE -> options.addPreference("network.cookie.cookieBehavior", 2);
            default -> { }
        }
        setup.proxy().ifPresent(proxy -> {
            options.addPreference("network.proxy.type", 1);
            options.addPreference("network.proxy.http", proxy.getHost());
            options.addPreference("network.proxy.http_port", proxy.getPort());
            options.addPreference("network.proxy.allow_hijacking_localhost", true);
        });
        if (!setup.clockSkew().isZero()) {
            throw new IllegalArgumentException("the firefox profile does not support a shifted clock");
        }
        return BrowserEngine.withCommonOptions(options, browser, pageLoadTimeout);
    }

    @Override
    public Started start(ResolvedBrowser browser, Duration pageLoadTimeout, BrowserSetup setup) {
        GeckoDriverService service = new GeckoDriverService.Builder().usingDriverExecutable(browser.driver().toFile()).usingAnyFreePort().build();
        try {
            FirefoxDriver driver = new FirefoxDriver(service, (FirefoxOptions) options(browser, pageLoadTimeout, setup, false),
                    ClientConfig.defaultConfig().readTimeout(pageLoadTimeout.multipliedBy(2)));
            return new Started(driver, LocalProcesses.driverAndChildren(service.getUrl().getPort()));
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
    }
}
