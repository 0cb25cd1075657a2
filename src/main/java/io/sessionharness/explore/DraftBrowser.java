package io.sessionharness.explore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;

import io.sessionharness.browser.PageScripts;
import io.sessionharness.config.Secret;
import io.sessionharness.report.Redactor;
import io.sessionharness.report.Report;
import io.sessionharness.scenario.PageSummary;
import io.sessionharness.site.Account;
import io.sessionharness.site.SignInFlow;

/**
 * The drafter's hands and eyes in one browser: performs a step as a person does, waits for the page to settle or for
 * a condition, reads stored items (registered as secrets at once), and says where it is and what the page showed.
 */
final class DraftBrowser {

    private static final String STORAGE = PageScripts.load("storage-items.js");

    private final WebDriver driver;
    private final Account account;
    private final Duration wait;

    DraftBrowser(WebDriver driver, Account account, Duration wait) {
        this.driver = driver;
        this.account = account;
        this.wait = wait;
    }

    WebDriver driver() {
        return driver;
    }

    /** True when the page shown now has an element {@code selector} names. */
    boolean has(String selector) {
        try {
            return !driver.findElements(io.sessionharness.browser.Locators.by(selector)).isEmpty();
        } catch (WebDriverException e) {
            return false;
        }
    }

    /** What js/draft-page.js gives for an element it found no stable selector for: the reason and what it rejected. */
    static final String NEEDS_A_HUMAN = "NEEDS A HUMAN";

    /** The step's selectors that are no selector at all, but the reason none was found. */
    static List<String> unstable(SignInFlow.Step step) {
        List<String> all = new ArrayList<>(step.fill().keySet());
        step.waitFor().ifPresent(all::add);
        step.click().ifPresent(all::add);
        return all.stream().filter(selector -> selector.startsWith(NEEDS_A_HUMAN)).distinct().toList();
    }

    /** One step as a person does it: wait until its element and controls are shown, fill, click. */
    void perform(SignInFlow.Step step, String what) {
        if (!unstable(step).isEmpty()) {
            throw new DraftFailedException("the drafter " + what + " but found no stable way to name the element: " + String.join("; ", unstable(step)));
        }
        Report.step("the drafter " + what + ": " + step.waitFor().orElse(""), () -> {
            List<String> used = new ArrayList<>(step.fill().keySet());
            step.click().ifPresent(used::add);
            new FluentWait<>(driver).withTimeout(wait).pollingEvery(Duration.ofMillis(100)).ignoring(WebDriverException.class)
                    .until(d -> used.stream().allMatch(css -> d.findElements(io.sessionharness.browser.Locators.by(css)).stream().anyMatch(WebElement::isDisplayed)));
            step.fill().forEach((css, value) -> {
                WebElement field = driver.findElement(io.sessionharness.browser.Locators.by(css));
                field.clear();
                field.sendKeys(value.replace(SignInFlow.USERNAME, account.username()).replace(SignInFlow.PASSWORD, account.password().reveal()));
            });
            step.click().ifPresent(css -> driver.findElement(io.sessionharness.browser.Locators.by(css)).click());
            return null;
        });
    }

    /** The page once it has settled ({@link io.sessionharness.browser.PageSettling}), or as it is after wait.timeout, saying so. */
    DraftPage settled() {
        io.sessionharness.browser.PageSettling.await(source -> ((JavascriptExecutor) driver).executeScript(source), wait)
                .ifPresent(why -> Report.step("the page at " + where() + " " + why));
        return DraftPage.of(driver);
    }

    DraftPage until(Predicate<DraftPage> condition) {
        return until(condition, wait);
    }

    DraftPage until(Predicate<DraftPage> condition, Duration within) {
        return new FluentWait<>(driver).withTimeout(within).pollingEvery(Duration.ofMillis(100)).ignoring(WebDriverException.class)
                .until(d -> {
                    DraftPage page = DraftPage.of(d);
                    return condition.test(page) ? page : null;
                });
    }

    /** Every stored item of the page's origin, values registered as secrets at once (kept in memory, never shown). */
    @SuppressWarnings("unchecked")
    Map<String, String> storedValues() {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Object> read = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(STORAGE);
        for (Object item : (List<Object>) read.get("items")) {
            List<Object> pair = (List<Object>) item;
            Secret.registerObserved(String.valueOf(pair.get(1)));
            values.put(String.valueOf(pair.get(0)), String.valueOf(pair.get(1)));
        }
        return values;
    }

    /**
     * Everything the browser holds for the site shown now: its cookies and the page's stored items (a single-page app
     * keeps its token there — Node-RED's editor — and would sign the next account in as the last one).
     */
    void forgetTheSession() {
        try {
            ((JavascriptExecutor) driver).executeScript("try{localStorage.clear();sessionStorage.clear();}catch(e){}");
        } catch (WebDriverException e) {
            // no page of the site shown (a browser error page): nothing stored to reach from here
        }
        driver.manage().deleteAllCookies();
    }

    String where() {
        return Redactor.mask(driver.getCurrentUrl());
    }

    String summary() {
        return PageSummary.of(new io.sessionharness.browser.WebDriverPages(driver)).map(text -> text.replace("\n", "; ")).orElse("(the page could not be read)");
    }
}
