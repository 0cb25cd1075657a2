package io.sessionharness.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import io.sessionharness.browser.Browser;
import io.sessionharness.browser.BrowserFeature;
import io.sessionharness.browser.BrowserLauncher;
import io.sessionharness.browser.SharedBrowser;
import io.sessionharness.config.HarnessConfig;
import io.sessionharness.run.RunPlan;
import io.sessionharness.site.Site;

/**
 * Benchmark, not a test (bench/session-start.sh): how long a new person takes to be ready on the configured browser
 * profile — a new browser versus a new BiDi user context in a running one — measured to the first page of the
 * embedded reference site. Prints figures; asserts nothing.
 */
public final class SessionStartBenchmark {

    private SessionStartBenchmark() {
    }

    public static void main(String[] args) {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        HarnessConfig config = HarnessConfig.resolve();
        RunPlan plan = RunPlan.prepare(config);
        if (plan.browser().unavailable().isPresent()) {
            System.out.printf("%-18s unavailable here: %s%n", config.browser(), plan.browser().unavailable().get());
            return;
        }
        try (Site site = Site.open(plan.target());
                BrowserLauncher launcher = new BrowserLauncher(plan.browser(), config.waitTimeout().multipliedBy(3), info -> { })) {
            String page = site.url("/login");
            String where = plan.browser().remote() ? "grid" : "local";
            // One warm-up start: the first browser of a JVM pays for class loading and disk caches.
            launcher.launch("warm-up").close();
            List<Duration> browsers = sample(samples, () -> {
                Browser browser = launcher.launch("bench");
                browser.driver().get(page);
                return browser;
            });
            print(config.browser() + " (" + where + ")", "new browser", browsers);
            if (plan.browser().profile().supports(BrowserFeature.USER_CONTEXTS)) {
                try (SharedBrowser shared = launcher.launchShared("bench host")) {
                    List<Duration> contexts = sample(samples, () -> {
                        Browser person = shared.newPerson("bench");
                        person.page().go(page);
                        return person;
                    });
                    print(config.browser() + " (" + where + ")", "new user context", contexts);
                    System.out.printf("%-18s %-18s %.1fx faster (median)%n", "", "ratio", median(browsers).toNanos() / (double) median(contexts).toNanos());
                }
            }
        }
    }

    private static List<Duration> sample(int samples, Supplier<Browser> start) {
        List<Duration> times = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            long began = System.nanoTime();
            Browser browser = start.get();
            times.add(Duration.ofNanos(System.nanoTime() - began));
            browser.close();
        }
        return times;
    }

    private static void print(String profile, String what, List<Duration> times) {
        List<Duration> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf("%-18s %-18s median %5d ms   min %5d ms   max %5d ms   (%d samples, to the first page)%n", profile, what,
                median(times).toMillis(), sorted.get(0).toMillis(), sorted.get(sorted.size() - 1).toMillis(), times.size());
    }

    private static Duration median(List<Duration> times) {
        List<Duration> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
