package io.sessionharness.browser;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.http.ClientConfig;

import io.github.bonigarcia.wdm.WebDriverManager;

/** Chromium and Google Chrome through chromedriver. */
final class ChromiumEngine implements BrowserEngine {

    // Selenium warns on every start that Chromium's CDP is newer than its bundled one; the harness does not use that CDP
    // version, so the warning is noise. Held in a field: java.util.logging keeps loggers only weakly.
    private static final java.util.logging.Logger CDP_VERSION_WARNINGS = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    @Override
    public String name() {
        return "chromium";
    }

    @Override
    public WebDriverManager webDriverManager() {
        return WebDriverManager.chromedriver();
    }

    @Override
    public Started start(ResolvedBrowser browser, Duration pageLoadTimeout) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.binary().toFile());
        options.addArguments(browser.profile().arguments());
        if (!browser.profile().preferences().isEmpty()) {
            options.setExperimentalOption("prefs", typed(browser.profile().preferences()));
        }
        options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
        options.setPageLoadTimeout(pageLoadTimeout);
        if (browser.profile().bidi()) {
            options.setCapability("webSocketUrl", true);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(browser.driver().toFile())
                .usingAnyFreePort()
                .build();
        // Every command is bounded: a page load by pageLoadTimeout, anything else by the read timeout, so a wedged
        // browser or driver becomes a broken scenario instead of a hung suite.
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options, ClientConfig.defaultConfig().readTimeout(pageLoadTimeout.multipliedBy(2)));
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
        return new Started(driver, processesOf(service.getUrl().getPort()));
    }

    /** This driver (a child of this JVM, found by its port) and the browser processes it started. */
    private static java.util.List<ProcessHandle> processesOf(int port) {
        String portArgument = "--port=" + port;
        return ProcessHandle.current().children()
                .filter(p -> p.info().arguments().map(args -> java.util.Arrays.asList(args).contains(portArgument)).orElse(false))
                .flatMap(driver -> java.util.stream.Stream.concat(java.util.stream.Stream.of(driver), driver.children()))
                .toList();
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
}
