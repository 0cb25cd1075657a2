package io.sessionharness.browser;

import java.time.Duration;

import org.openqa.selenium.WebDriver;

import io.github.bonigarcia.wdm.WebDriverManager;

/** One browser engine (Chromium, …): how to start a driver for it and how WebDriverManager finds its driver. */
public interface BrowserEngine {

    String name();

    WebDriverManager webDriverManager();

    Started start(ResolvedBrowser browser, Duration pageLoadTimeout);

    /**
     * A started browser and the local processes behind it (driver and browser), so that a browser whose driver died
     * can still be ended by PID instead of being left running.
     */
    record Started(WebDriver driver, java.util.List<ProcessHandle> processes) {
    }
}
