package io.sessionharness.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * A page is read once it has settled — loaded, no request completed and no DOM change for a quiet period (scripts done
 * drawing) — bounded by a timeout; a page that never settles is read anyway, and the reading says why. Content drawn
 * after load is where a marker read too early looks unique and is not (a console drawing a form with the sign-in
 * field's id after the page loaded).
 */
public final class PageSettling {

    public static final Duration QUIET = Duration.ofMillis(500);
    private static final String SCRIPT = PageScripts.load("settle-state.js");

    private PageSettling() {
    }

    /** Waits until the page {@code script} runs in has settled; empty when it did, else why it had not by {@code timeout}. */
    public static Optional<String> await(Function<String, Object> script, Duration timeout) {
        Stillness stillness = new Stillness(QUIET, Instant::now);
        try {
            new FluentWait<>(script).withTimeout(timeout).pollingEvery(Duration.ofMillis(100)).ignoring(WebDriverException.class)
                    .until(run -> stillness.sample(run.apply(SCRIPT)));
            return Optional.empty();
        } catch (TimeoutException e) {
            return Optional.of("not settled after " + timeout.toMillis() / 1000.0 + " s (" + stillness.why() + "): read as it was");
        }
    }

    /** The decision, apart from the browser: fed one sample of settle-state.js after another. */
    static final class Stillness {
        private final Duration quiet;
        private final Supplier<Instant> clock;
        private long resources = -1;
        private Instant resourcesSince;
        private String why = "no reading yet";

        Stillness(Duration quiet, Supplier<Instant> clock) {
            this.quiet = quiet;
            this.clock = clock;
        }

        /** True when this sample shows a settled page. */
        boolean sample(Object reading) {
            if (!(reading instanceof Map<?, ?> state)) {
                why = "the page could not be read";
                return false;
            }
            Instant now = clock.get();
            long count = ((Number) state.get("resources")).longValue();
            if (count != resources) {
                resources = count;
                resourcesSince = now;
            }
            long stillFor = ((Number) state.get("stillFor")).longValue();
            if (!"complete".equals(state.get("ready"))) {
                why = "still loading";
                return false;
            }
            if (stillFor < quiet.toMillis()) {
                why = "the page was still changing";
                return false;
            }
            if (Duration.between(resourcesSince, now).compareTo(quiet) < 0) {
                why = "requests were still completing";
                return false;
            }
            why = "settled";
            return true;
        }

        String why() {
            return why;
        }
    }
}
