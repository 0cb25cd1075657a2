package io.sessionharness.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.testng.annotations.Test;

/** When a page counts as settled: loaded, no DOM change and no request completed for the quiet period. */
public class PageSettlingTest {

    private Instant now = Instant.parse("2026-12-07T00:00:00Z");

    private PageSettling.Stillness stillness() {
        return new PageSettling.Stillness(Duration.ofMillis(500), () -> now);
    }

    private static Map<String, Object> reading(String ready, int resources, int stillFor) {
        return Map.of("ready", ready, "resources", resources, "stillFor", stillFor);
    }

    @Test
    public void aPageStillDrawingOrLoadingIsNotSettled() {
        PageSettling.Stillness page = stillness();
        assertThat(page.sample(reading("interactive", 3, 900))).isFalse();
        assertThat(page.why()).isEqualTo("still loading");
        now = now.plusMillis(600);
        assertThat(page.sample(reading("complete", 3, 120))).as("a form drawn 120 ms ago").isFalse();
        assertThat(page.why()).isEqualTo("the page was still changing");
    }

    @Test
    public void aRequestCompletingRestartsTheQuietPeriod() {
        PageSettling.Stillness page = stillness();
        page.sample(reading("complete", 3, 900));
        now = now.plusMillis(600);
        assertThat(page.sample(reading("complete", 4, 900))).as("the API answered just now").isFalse();
        assertThat(page.why()).isEqualTo("requests were still completing");
        now = now.plusMillis(300);
        assertThat(page.sample(reading("complete", 4, 1200))).isFalse();
        now = now.plusMillis(300);
        assertThat(page.sample(reading("complete", 4, 1500))).isTrue();
        assertThat(page.why()).isEqualTo("settled");
    }

    @Test
    public void anUnreadablePageSaysSo() {
        PageSettling.Stillness page = stillness();
        assertThat(page.sample(null)).isFalse();
        assertThat(page.why()).isEqualTo("the page could not be read");
    }
}
