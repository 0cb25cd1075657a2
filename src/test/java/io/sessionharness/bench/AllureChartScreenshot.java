package io.sessionharness.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Checks once, in headless Chromium, that a scenario's severity, requirement links and browser/target parameters and its
 * session timeline chart show in the Allure UI: opens the served report at the scenario, takes a screenshot of its
 * overview (…-overview.png), opens its chart attachment and takes another (scripts/chart-examples.sh).
 *   args: report-url report-folder scenario-name attachment-name screenshot.png [status, default failed]
 */
public final class AllureChartScreenshot {

    private AllureChartScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path report = Path.of(args[1]);
        String uid = uidOf(report, args[2], args.length > 5 ? args[5] : "failed");
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless=new", "--no-sandbox",
                "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1400,1100");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.get(url + "#testresult/" + uid);
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            // First the result's overview: its severity, requirement links and browser/target parameters as Allure shows them.
            wait.until(d -> {
                String text = d.findElement(By.tagName("body")).getText();
                return text.contains("Severity") && text.contains("Links") && text.contains("browser") && text.contains("target");
            });
            Path overview = Path.of(args[4].replaceAll("\\.png$", "") + "-overview.png");
            Files.write(overview, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            System.out.println("screenshot of the result's severity, links and parameters in the Allure UI: " + overview);
            WebElement link = wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//*[contains(@class,'attachment-row') and contains(., '" + args[3] + "')]")));
            link.click();
            // Allure embeds an SVG attachment as an <object>: until its document is loaded and is the chart.
            WebElement chart = wait.until(d -> (WebElement) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "var o = document.querySelector('object.attachment__embed[type=\"image/svg+xml\"]');"
                    + " return o && o.contentDocument && o.contentDocument.querySelector('svg g.lane') ? o : null;"));
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", chart);
            Files.write(Path.of(args[4]), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            System.out.println("screenshot of '" + args[3] + "' in the Allure UI: " + args[4]);
        } finally {
            driver.quit();
        }
    }

    @SuppressWarnings("unchecked")
    private static String uidOf(Path report, String name, String status) throws Exception {
        try (Stream<Path> cases = Files.list(report.resolve("data/test-cases"))) {
            for (Path file : cases.toList()) {
                Map<String, Object> testCase = new Json().toType(Files.readString(file), Json.MAP_TYPE);
                boolean named = name.equals(testCase.get("name")) || String.valueOf(testCase.get("fullName")).endsWith(name);
                if (named && status.equals(testCase.get("status"))) {
                    return String.valueOf(testCase.get("uid"));
                }
            }
        }
        throw new IllegalArgumentException("no " + status + " test case named " + name + " in " + report);
    }
}
