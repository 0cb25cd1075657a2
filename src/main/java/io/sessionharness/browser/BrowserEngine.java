package io.sessionharness.browser;

import java.time.Duration;

import org.openqa.selenium.WebDriver;

import io.github.bonigarcia.wdm.WebDriverManager;

/** One browser engine (Chromium, …): how to start a driver for it and how WebDriverManager finds its driver. */
public interface BrowserEngine {

    String name();

    WebDriverManager webDriverManager();

    WebDriver start(ResolvedBrowser browser, Duration pageLoadTimeout);
}
