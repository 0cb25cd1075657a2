package io.sessionharness.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.openqa.selenium.Capabilities;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.chromium.ChromiumOptions;
import org.openqa.selenium.edge.EdgeDriver;
import org.openqa.selenium.edge.EdgeDriverService;
import org.openqa.selenium.edge.EdgeOptions;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.remote.service.DriverService;

import io.github.bonigarcia.wdm.WebDriverManager;

/** The Chromium family through its driver: Chromium and Google Chrome (chromedriver), Microsoft Edge (msedgedriver). */
final class ChromiumEngine implements BrowserEngine {

    // Selenium warns on every start that Chromium's CDP is newer than its bundled one; the harness does not use that CDP
    // version, so the warning is noise. Held in a field: java.util.logging keeps loggers only weakly.
    private static final java.util.logging.Logger CDP_VERSION_WARNINGS = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private final boolean edge;
    private final ClockSkewWrappers clockSkew = new ClockSkewWrappers();

    private ChromiumEngine(boolean edge) {
        this.edge = edge;
    }

    static ChromiumEngine chromium() {
        return new ChromiumEngine(false);
    }

    static ChromiumEngine edge() {
        return new ChromiumEngine(true);
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    @Override
    public Optional<WebDriverManager> webDriverManager() {
        return Optional.of(edge ? WebDriverManager.edgedriver() : WebDriverManager.chromedriver());
    }

    @Override
    public ChromiumOptions<?> options(ResolvedBrowser browser, Duration pageLoadTimeout, BrowserSetup setup, boolean remote) {
        ChromiumOptions<?> options = edge ? new EdgeOptions() : new ChromeOptions();
        if (!remote) {
            Path binary = setup.clockSkew().isZero() ? browser.binary() : clockSkew.wrapperFor(browser.binary(), setup.clockSkew());
            options.setBinary(binary.toFile());
        }
        options.addArguments(browser.profile().arguments());
        setup.proxy().ifPresent(proxy -> options.addArguments("--proxy-server=" + proxy,
                // Chromium sends loopback requests around a proxy unless told not to.
                "--proxy-bypass-list=<-loopback>"));
        Map<String, Object> preferences = typed(browser.profile().preferences());
        switch (setup.cookies()) {
            case NONE -> preferences.put("profile.default_content_setting_values.cookies", 2);
            default -> { }
        }
        if (!preferences.isEmpty()) {
            options.setExperimentalOption("prefs", preferences);
        }
        return BrowserEngine.withCommonOptions(options, browser, pageLoadTimeout);
    }

    @Override
    public Started start(ResolvedBrowser browser, Duration pageLoadTimeout, BrowserSetup setup) {
        Capabilities options = options(browser, pageLoadTimeout, setup, false);
        DriverService service = edge
                ? new EdgeDriverService.Builder().usingDriverExecutable(browser.driver().toFile()).usingAnyFreePort().build()
                : new ChromeDriverService.Builder().usingDriverExecutable(browser.driver().toFile()).usingAnyFreePort().build();
        // Every command is bounded: a page load by pageLoadTimeout, anything else by the read timeout, so a wedged
        // browser or driver becomes a broken scenario instead of a hung suite.
        ClientConfig client = ClientConfig.defaultConfig().readTimeout(pageLoadTimeout.multipliedBy(2));
        ChromiumDriver driver;
        try {
            driver = edge
                    ? new EdgeDriver((EdgeDriverService) service, (EdgeOptions) options, client)
                    : new ChromeDriver((ChromeDriverService) service, (ChromeOptions) options, client);
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
        ChromiumDriver started = driver;
        return new Started(driver, LocalProcesses.driverAndChildren(service.getUrl().getPort()), () -> { },
                Optional.of(() -> started.executeCdpCommand("Network.clearBrowserCache", Map.of())));
    }

    /** Chromium preferences are typed JSON: numbers and booleans must not arrive as strings. */
    private static Map<String, Object> typed(Map<String, String> preferences) {
        Map<String, Object> typed = new LinkedHashMap<>();
        preferences.forEach((key, value) -> {
            if (value.matches("-?\\d+")) {
                typed.put(key, Integer.parseInt(value));
            } else if (value.equals("true") || value.equals("false")) {
                typed.put(key, Boolean.parseBoolean(value));
            } else {
                typed.put(key, value);
            }
        });
        return typed;
    }

    @Override
    public void close() {
        clockSkew.close();
    }
}
