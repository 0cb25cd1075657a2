package io.sessionharness.browser;

import java.util.List;
import java.util.Set;

import org.openqa.selenium.Capabilities;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/** {@link PageDriver} over a WebDriver session of one's own: each call is one or two classic WebDriver commands. */
public final class WebDriverPages implements PageDriver {

    private final WebDriver driver;

    public WebDriverPages(WebDriver driver) {
        this.driver = driver;
    }

    @Override
    public void go(String url) {
        driver.get(url);
    }

    @Override
    public void back() {
        driver.navigate().back();
    }

    @Override
    public String url() {
        return driver.getCurrentUrl();
    }

    @Override
    public String source() {
        return driver.getPageSource();
    }

    @Override
    public byte[] screenshot() {
        return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    }

    @Override
    public Object script(String source, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(source, args);
    }

    @Override
    public Object asyncScript(String source, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(source, args);
    }

    @Override
    public boolean present(String css) {
        return !driver.findElements(Locators.by(css)).isEmpty();
    }

    @Override
    public boolean shown(String css) {
        return driver.findElements(Locators.by(css)).stream().anyMatch(WebElement::isDisplayed);
    }

    @Override
    public void click(String css) {
        driver.findElement(Locators.by(css)).click();
    }

    @Override
    public void type(String css, String text) {
        WebElement field = driver.findElement(Locators.by(css));
        field.clear();
        field.sendKeys(text);
    }

    @Override
    public String text(String css) {
        return driver.findElement(Locators.by(css)).getText();
    }

    @Override
    public List<String> values(String css) {
        return driver.findElements(Locators.by(css)).stream().map(field -> java.util.Objects.toString(field.getDomProperty("value"), "")).toList();
    }

    @Override
    public Set<Cookie> cookies() {
        return driver.manage().getCookies();
    }

    @Override
    public void replaceCookie(Cookie cookie) {
        driver.manage().deleteCookieNamed(cookie.getName());
        driver.manage().addCookie(cookie);
    }

    @Override
    public String tab() {
        return driver.getWindowHandle();
    }

    @Override
    public Set<String> tabs() {
        return driver.getWindowHandles();
    }

    @Override
    public void switchToTab(String handle) {
        driver.switchTo().window(handle);
    }

    @Override
    public String openTab(WindowType type) {
        driver.switchTo().newWindow(type);
        return driver.getWindowHandle();
    }

    @Override
    public void closeTab() {
        driver.close();
    }

    @Override
    public Capabilities capabilities() {
        return driver instanceof HasCapabilities withCapabilities ? withCapabilities.getCapabilities() : new org.openqa.selenium.ImmutableCapabilities();
    }

    @Override
    public void quit() {
        driver.quit();
    }
}
