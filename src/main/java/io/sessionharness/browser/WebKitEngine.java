package io.sessionharness.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openqa.selenium.Capabilities;
import org.openqa.selenium.MutableCapabilities;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.net.PortProber;
import org.openqa.selenium.net.UrlChecker;
import org.openqa.selenium.remote.CapabilityType;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.remote.http.ClientConfig;

import io.github.bonigarcia.wdm.WebDriverManager;

/**
 * WebKitGTK — Safari's engine on Linux — through WebKitWebDriver and MiniBrowser. MiniBrowser has no headless mode,
 * so a profile with {@code display: xvfb} gets a virtual display owned by this engine (one per run, started with the
 * first browser). WebKitWebDriver serves one session at a time: every browser gets its own driver process.
 * Selenium has no WebKitGTK classes; the session is a plain RemoteWebDriver with {@code webkitgtk:browserOptions}.
 */
final class WebKitEngine implements BrowserEngine {

    private static final Duration DRIVER_READY = Duration.ofSeconds(20);

    private VirtualDisplay display;

    @Override
    public Optional<WebDriverManager> webDriverManager() {
        return Optional.empty();
    }

    @Override
    public Optional<String> cannotStart(BrowserSetup setup, boolean remote) {
        if (remote && !setup.plain()) {
            // A Grid relay matches MiniBrowser requests on its stereotype, launch arguments included.
            return Optional.of("on a Grid, a WebKit session cannot change MiniBrowser's launch arguments (" + setup.describe()
                    + "): the relay's stereotype fixes them");
        }
        return Optional.empty();
    }

    @Override
    public org.openqa.selenium.WindowType newTabType() {
        return org.openqa.selenium.WindowType.WINDOW;
    }

    @Override
    public Capabilities options(ResolvedBrowser browser, Duration pageLoadTimeout, BrowserSetup setup, boolean remote) {
        List<String> args = new ArrayList<>();
        args.add("--automation");
        args.addAll(browser.profile().arguments());
        switch (setup.cookies()) {
            case NONE -> args.add("--cookies-policy=never");
            default -> { }
        }
        setup.proxy().ifPresent(proxy -> args.add("--proxy=" + proxy));
        if (!setup.clockSkew().isZero()) {
            throw new IllegalArgumentException("the webkit profile does not support a shifted clock");
        }
        MutableCapabilities capabilities = new MutableCapabilities();
        capabilities.setCapability(CapabilityType.BROWSER_NAME, "MiniBrowser");
        capabilities.setCapability(CapabilityType.ACCEPT_INSECURE_CERTS, browser.profile().acceptInsecureCerts());
        capabilities.setCapability(CapabilityType.PAGE_LOAD_STRATEGY, PageLoadStrategy.NORMAL.toString());
        capabilities.setCapability("timeouts", Map.of("pageLoad", pageLoadTimeout.toMillis()));
        capabilities.setCapability("webkitgtk:browserOptions", Map.of("binary", browser.binary().toString(), "args", args));
        return capabilities;
    }

    @Override
    public Started start(ResolvedBrowser browser, Duration pageLoadTimeout, BrowserSetup setup) {
        Capabilities options = options(browser, pageLoadTimeout, setup, false);
        int port = PortProber.findFreePort();
        ProcessBuilder builder = new ProcessBuilder(browser.driver().toString(), "--port=" + port, "--host=127.0.0.1")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (browser.profile().needsVirtualDisplay()) {
            builder.environment().put("DISPLAY", display().display());
        }
        Process driverProcess;
        try {
            driverProcess = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + browser.driver(), e);
        }
        Runnable stopDriver = () -> {
            List<ProcessHandle> all = LocalProcesses.withDescendants(driverProcess.toHandle()).toList();
            all.forEach(ProcessHandle::destroy);
        };
        try {
            URL url = new URL("http://127.0.0.1:" + port);
            new UrlChecker().waitUntilAvailable(DRIVER_READY.toMillis(), TimeUnit.MILLISECONDS, new URL(url, "/status"));
            org.openqa.selenium.WebDriver driver = RemoteWebDriver.builder().oneOf(options)
                    .config(ClientConfig.defaultConfig().baseUrl(url).readTimeout(pageLoadTimeout.multipliedBy(2))).build();
            return new Started(driver, LocalProcesses.withDescendants(driverProcess.toHandle()).toList(), stopDriver);
        } catch (UrlChecker.TimeoutException | MalformedURLException e) {
            stopDriver.run();
            throw new org.openqa.selenium.WebDriverException("WebKitWebDriver did not answer within " + DRIVER_READY.toSeconds() + " s", e);
        } catch (RuntimeException e) {
            stopDriver.run();
            throw e;
        }
    }

    private synchronized VirtualDisplay display() {
        if (display == null) {
            display = VirtualDisplay.start(VirtualDisplay.xvfb());
        }
        return display;
    }

    @Override
    public synchronized void close() {
        if (display != null) {
            display.close();
            display = null;
        }
    }
}
