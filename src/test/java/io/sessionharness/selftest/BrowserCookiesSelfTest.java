package io.sessionharness.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.openqa.selenium.Cookie;
import org.testng.SkipException;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

import io.sessionharness.browser.Browser;
import io.sessionharness.browser.BrowserFeature;
import io.sessionharness.browser.BrowserLauncher;
import io.sessionharness.browser.SharedBrowser;
import io.sessionharness.config.HarnessConfig;
import io.sessionharness.run.RunPlan;
import io.sessionharness.site.Site;

/**
 * Cookies read and planted through BiDi's storage module, in a real browser against the reference site: the same
 * answer classic WebDriver gives for the page shown, through BiDi indeed (no silent fallback), and per user context.
 */
public class BrowserCookiesSelfTest {

    private Site site;
    private BrowserLauncher launcher;
    private RunPlan plan;

    @BeforeClass
    public void start() {
        HarnessConfig config = HarnessConfig.resolve();
        plan = RunPlan.prepare(config);
        if (plan.browser().unavailable().isPresent()) {
            throw new SkipException("no browser here: " + plan.browser().unavailable().get());
        }
        site = Site.open(plan.target());
        launcher = new BrowserLauncher(plan.browser(), config.waitTimeout().multipliedBy(3), info -> { });
    }

    @AfterClass(alwaysRun = true)
    public void stop() {
        if (launcher != null) {
            launcher.close();
        }
        if (site != null) {
            site.close();
        }
    }

    private static Map<String, String> byName(Set<Cookie> cookies) {
        return cookies.stream().collect(Collectors.toMap(Cookie::getName, Cookie::getValue));
    }

    @Test
    public void aBrowserOfItsOwnReadsAndPlantsCookiesThroughBidiAsClassicWebDriverSeesThem() {
        try (Browser browser = launcher.launch("cookies self-test")) {
            if (!browser.canPreloadScripts()) {
                throw new SkipException("no BiDi in this browser: cookies go through classic WebDriver, nothing to compare");
            }
            browser.driver().get(site.url("/login"));
            Set<Cookie> read = browser.cookies().all();
            assertThat(browser.cookies().how()).startsWith("BiDi storage.getCookies");
            assertThat(read).as("the sign-in page's cookies").isNotEmpty();
            assertThat(byName(read)).isEqualTo(byName(browser.driver().manage().getCookies()));

            browser.cookies().replace(new Cookie.Builder("planted", "made-up-value").path("/").isHttpOnly(true).build());
            assertThat(browser.driver().manage().getCookieNamed("planted")).as("a cookie planted through BiDi, seen classically").isNotNull();
            assertThat(browser.driver().manage().getCookieNamed("planted").getValue()).isEqualTo("made-up-value");
            assertThat(browser.driver().manage().getCookieNamed("planted").isHttpOnly()).isTrue();
            browser.cookies().replace(new Cookie.Builder("planted", "second").path("/").build());
            assertThat(browser.driver().manage().getCookies().stream().filter(c -> c.getName().equals("planted")))
                    .as("replaced, not added beside").extracting(Cookie::getValue).containsExactly("second");

            browser.driver().get("about:blank");
            assertThat(browser.cookies().all()).as("a page no request carries cookies to").isEmpty();
            assertThat(browser.cookies().how()).startsWith("BiDi storage.getCookies");
        }
    }

    @Test
    public void eachUserContextReadsItsOwnCookiesOnly() {
        if (!plan.browser().profile().supports(BrowserFeature.USER_CONTEXTS)) {
            throw new SkipException(plan.browser().profile().name() + " has no BiDi user contexts");
        }
        try (SharedBrowser shared = launcher.launchShared("cookies self-test host")) {
            Browser alice = shared.newPerson("alice");
            Browser bob = shared.newPerson("bob");
            alice.page().go(site.url("/login"));
            bob.page().go(site.url("/login"));
            alice.cookies().replace(new Cookie.Builder("alice-only", "a").path("/").build());
            assertThat(alice.cookies().how()).contains("user context").doesNotContain("default");
            assertThat(byName(alice.cookies().all())).containsKey("alice-only").isEqualTo(byName(alice.page().cookies()));
            assertThat(byName(bob.cookies().all())).doesNotContainKey("alice-only").isEqualTo(byName(bob.page().cookies()));
            assertThat(byName(alice.cookies().all()).values()).doesNotContainAnyElementsOf(
                    bob.cookies().all().stream().filter(c -> !c.getName().equals("alice-only")).map(Cookie::getValue).toList());
            alice.close();
            bob.close();
        }
    }
}
