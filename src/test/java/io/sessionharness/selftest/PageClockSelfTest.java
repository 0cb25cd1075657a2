package io.sessionharness.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import org.openqa.selenium.JavascriptExecutor;
import org.testng.SkipException;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

import io.sessionharness.browser.Browser;
import io.sessionharness.browser.BrowserLauncher;
import io.sessionharness.config.HarnessConfig;
import io.sessionharness.run.RunPlan;
import io.sessionharness.scenario.PageClock;
import io.sessionharness.scenario.Timeline;

/**
 * The page clock in a real browser, on a page built as sites build countdowns: timers, and {@code new Date()} read
 * against a deadline. Paused, the page's time stands still; run on, every timer fires in turn and {@code Date} follows;
 * fast-forwarded, a due timer fires once; what shows is noted at the page time it showed.
 */
public class PageClockSelfTest {

    /**
     * A minute-long timer, a once-a-second counter, and a banner shown once {@code new Date()} is 42 s past the load —
     * or, with {@code ?leave}, a move to another page after 10 s.
     */
    private static final String PAGE = "<title>clock</title><div id=\"banner\" hidden>banner</div><script>"
            + "var loaded = new Date().getTime(); var ticks = 0;"
            + "setInterval(function () { ticks++; }, 1000);"
            + "setTimeout(function () { document.title = 'one minute'; }, 60000);"
            + "setInterval(function () { if (new Date().getTime() - loaded >= 42000) { document.getElementById('banner').hidden = false; } }, 1000);"
            + "if (LEAVE) { setTimeout(function () { location.href = 'about:blank'; }, 10000); }"
            + "</script>";
    private static final String READ = "return [ticks, new Date().getTime() - loaded, document.title];";

    private BrowserLauncher launcher;
    private Browser browser;
    private PageClock clock;

    @BeforeClass
    public void startABrowserWithAPageClock() {
        HarnessConfig config = HarnessConfig.resolve();
        RunPlan plan = RunPlan.prepare(config);
        if (plan.browser().unavailable().isPresent()) {
            throw new SkipException("no browser here: " + plan.browser().unavailable().get());
        }
        launcher = new BrowserLauncher(plan.browser(), config.waitTimeout().multipliedBy(3), info -> { });
        browser = launcher.launch("page clock self-test");
        clock = new PageClock("self-test", () -> browser, new Timeline(java.time.Clock.systemUTC()));
        if (!clock.available()) {
            throw new SkipException(config.browser() + " has no BiDi preload scripts: no page clock there");
        }
        clock.install();
    }

    @AfterClass(alwaysRun = true)
    public void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (launcher != null) {
            launcher.close();
        }
    }

    private void open(boolean leave) {
        browser.driver().get("data:text/html;charset=utf-8," + URLEncoder.encode(PAGE.replace("LEAVE", Boolean.toString(leave)), StandardCharsets.UTF_8).replace("+", "%20"));
    }

    private List<?> read() {
        return (List<?>) ((JavascriptExecutor) browser.driver()).executeScript(READ);
    }

    @Test
    public void pausedThePageTimeStandsStillAndRunForFiresEveryTimerWithDateFollowing() {
        open(false);
        Duration paused = clock.pause();
        LockSupport.parkNanos(Duration.ofMillis(300).toNanos()); // real time passes; page time must not
        assertThat(clock.runFor(Duration.ZERO)).as("page time after 300 ms of real time, paused").isEqualTo(paused);

        Duration after = clock.runFor(Duration.ofSeconds(60));
        assertThat(after).isEqualTo(paused.plusSeconds(60));
        List<?> page = read();
        assertThat(((Number) page.get(0)).intValue()).as("once-a-second ticks in 60 s of page time").isBetween(60, 61);
        assertThat(((Number) page.get(1)).longValue()).as("new Date() since the page's script ran, in ms").isBetween(60_000L, after.toMillis());
        assertThat(page.get(2)).as("the page's one-minute timer fired").isEqualTo("one minute");
    }

    @Test
    public void fastForwardMovesDateAndFiresADueTimerOnceAsAfterASleepingLaptop() {
        open(false);
        Duration paused = clock.pause();
        Duration after = clock.fastForward(Duration.ofMinutes(10));
        assertThat(after).isEqualTo(paused.plusMinutes(10));
        List<?> page = read();
        assertThat(((Number) page.get(0)).intValue()).as("the once-a-second timer fired once, not 600 times").isEqualTo(1);
        assertThat(((Number) page.get(1)).longValue()).as("new Date() moved ten minutes").isGreaterThanOrEqualTo(600_000L);
        assertThat(page.get(2)).as("the one-minute timer, due meanwhile, fired once").isEqualTo("one minute");
    }

    @Test
    public void pauseAtJumpsToAPageTimeAndStaysThere() {
        open(false);
        Duration at = clock.pauseAt(Duration.ofMinutes(5));
        assertThat(at).isEqualTo(Duration.ofMinutes(5));
        LockSupport.parkNanos(Duration.ofMillis(300).toNanos()); // real time passes; page time must not
        assertThat(clock.runFor(Duration.ZERO)).isEqualTo(Duration.ofMinutes(5));
        assertThat(((Number) read().get(1)).longValue()).as("new Date() since the page's script ran").isBetween(299_000L, 300_000L);
        assertThat(clock.pauseAt(Duration.ofMinutes(1))).as("a page time already past: paused where it is").isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    public void whatShowsIsNotedAtThePageTimeItShowedAndAPageThatLeavesFirstIsSaid() {
        open(false);
        PageClock.Shown shown = clock.runUntilShown("#banner", Duration.ofSeconds(90));
        assertThat(shown.at()).as("the banner, shown by a once-a-second check of new Date() 42 s after load").isPresent();
        assertThat(shown.at().get()).isBetween(Duration.ofSeconds(42), Duration.ofSeconds(44));

        open(false);
        assertThat(clock.runUntilShown("#banner", Duration.ofSeconds(30)).at()).as("not within 30 s of page time").isEmpty();

        open(true);
        PageClock.Shown left = clock.runUntilShown("#banner", Duration.ofSeconds(90));
        assertThat(left.at()).isEmpty();
        assertThat(left.leftFor()).as("the page went elsewhere at 10 s, before the banner").contains("about:blank");
    }
}
