package io.sessionharness.run;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.sessionharness.browser.BrowserInfo;
import io.sessionharness.browser.BrowserLauncher;
import io.sessionharness.measure.Measurements;
import io.sessionharness.scenario.Cast;
import io.sessionharness.site.Site;

/**
 * One run's shared, expensive parts: the target (the embedded site starts here) and the browser launcher.
 * Cheap parts — a cast of people with their own browsers — are made per scenario with {@link #newCast()}.
 */
public final class Harness implements AutoCloseable {

    private final RunPlan plan;
    private final Site site;
    private final BrowserLauncher launcher;
    private final AtomicReference<BrowserInfo> firstBrowser = new AtomicReference<>();
    private final Measurements measurements = new Measurements();
    private final io.sessionharness.scenario.ActionSlots slots;

    private Harness(RunPlan plan, Site site, io.sessionharness.scenario.ActionSlots slots) {
        this.plan = plan;
        this.site = site;
        this.slots = slots;
        this.launcher = new BrowserLauncher(plan.browser(), plan.config().waitTimeout().multipliedBy(3),
                info -> firstBrowser.compareAndSet(null, info));
    }

    /** Starts the run's target; its scenarios take turns at {@code slots} (shared with any other suite of the run). */
    public static Harness start(RunPlan plan, io.sessionharness.scenario.ActionSlots slots) {
        return start(plan, slots, new Site.FreeAccounts(plan.target()));
    }

    /** As {@link #start(RunPlan, io.sessionharness.scenario.ActionSlots)}; a real target's accounts from {@code accounts}. */
    public static Harness start(RunPlan plan, io.sessionharness.scenario.ActionSlots slots, Site.FreeAccounts accounts) {
        EndOnShutdown.install();
        io.sessionharness.report.Report.useScreenshots(plan.config().screenshots());
        io.sessionharness.report.Redactor.addSecretParameters(plan.target().secretParameters());
        // A browser without cookies carries the session in URLs, under the session cookie's name (PHPSESSID=…).
        io.sessionharness.report.Redactor.addSecretParameters(plan.target().sessionCookies().entries().stream()
                .filter(io.sessionharness.report.RedactionRules::isPlainName).toList());
        return new Harness(plan, Site.open(plan.target(), plan.defects().stream().map(io.sessionharness.referenceapp.Defect::key).collect(java.util.stream.Collectors.toSet()), plan.config().referenceLedger(), accounts), slots);
    }

    public Cast newCast(String scenario) {
        return new Cast(scenario, launcher, site, new Cast.Settings(Clock.systemUTC(), plan.config().progressEvery(), plan.config().waitTimeout(),
                plan.config().isolation() == io.sessionharness.config.HarnessConfig.Isolation.CONTEXT, slots));
    }

    /** The run's action slots: browser starts and page actions of at most -Dslots scenarios at a time. */
    public io.sessionharness.scenario.ActionSlots slots() {
        return slots;
    }

    /** What the measure suite found in this run. */
    public Measurements measurements() {
        return measurements;
    }

    public RunPlan plan() {
        return plan;
    }

    public Site site() {
        return site;
    }

    /** What the report's environment shows: the plan plus the versions seen on the first browser started. */
    public Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>(plan.describe());
        environment.put("target.url", site.baseUrl().toString());
        BrowserInfo info = firstBrowser.get();
        if (info != null) {
            environment.put("browser", info.name() + " " + info.version());
            environment.put("driver.version", info.driverVersion());
        }
        return environment;
    }

    @Override
    public void close() {
        try {
            launcher.close();
        } finally {
            site.close();
        }
    }
}
