package io.sessionharness.run;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.sessionharness.browser.BrowserEngines;
import io.sessionharness.browser.BrowserFeature;
import io.sessionharness.browser.BrowserSetup;
import io.sessionharness.browser.BrowserProfile;
import io.sessionharness.browser.BrowserProfiles;
import io.sessionharness.config.ConfigException;
import io.sessionharness.referenceapp.Defect;
import io.sessionharness.browser.BrowserResolver;
import io.sessionharness.browser.ResolvedBrowser;
import io.sessionharness.config.ProfileFolder;
import io.sessionharness.config.HarnessConfig;
import io.sessionharness.config.Problems;
import io.sessionharness.site.TargetProfile;
import io.sessionharness.site.TargetProfiles;

/**
 * Everything a run needs, checked before any browser starts: the suite exists, the browser and its driver are
 * installed, the target profile is valid and (for a real site) reachable. Any problem is one {@link ConfigException}.
 */
public record RunPlan(HarnessConfig config, Path suiteFile, ResolvedBrowser browser, TargetProfile target) {

    public static final String SUITES = "suites";
    /** The suite that drafts a target profile from a start URL: its target is made of the explore.* options. */
    public static final String DRAFT_SUITE = "draft";

    /** Every check runs even when an earlier one failed, so that one run lists all the problems, one per line. */
    public static RunPlan prepare(HarnessConfig config, BrowserResolver resolver, TargetProfiles targets, TargetProbe probe) {
        return prepare(config, resolver, targets, probe, new GridProbe(config.waitTimeout()));
    }

    public static RunPlan prepare(HarnessConfig config, BrowserResolver resolver, TargetProfiles targets, TargetProbe probe, GridProbe grid) {
        return prepare(config, resolver, targets, probe, grid, Optional.empty());
    }

    /**
     * With {@code prepared} (what this run's preflight found, {@link PreparedRun}), the browser is not resolved and the
     * target and Grid are not probed again; the rest — suite, target profile with its secrets, defects — is checked as ever.
     */
    static RunPlan prepare(HarnessConfig config, BrowserResolver resolver, TargetProfiles targets, TargetProbe probe, GridProbe grid,
            Optional<PreparedRun> prepared) {
        Problems problems = new Problems();
        Optional<Path> suiteFile = problems.attempt(() -> suiteFile(config));
        Optional<TargetProfile> target = problems.attempt(() -> config.suite().equals(DRAFT_SUITE) ? targets.provisional(config.explore())
                : targets.load(config.target()));
        Optional<ResolvedBrowser> browser = problems.attempt(() -> prepared.isPresent() ? prepared.get().browser(profile(config), gridUrl(config))
                : browser(config, resolver, grid));
        problems.attempt(() -> defects(config, target));
        if (config.measure().write() && target.isPresent()) {
            String file = "targets/" + config.target() + ".yaml";
            io.sessionharness.measure.ProfileWriter.problemWith(config.home().resolve(file), file).ifPresent(problems::add);
        }
        target.filter(t -> !t.embedded() && prepared.isEmpty()).ifPresent(t -> problems.attempt(() -> {
            probe.check(t);
            return null;
        }));
        problems.throwIfAny();
        return new RunPlan(config, suiteFile.orElseThrow(), browser.orElseThrow().forTarget(target.orElseThrow().embedded(), target.orElseThrow().acceptInsecureCerts()), target.orElseThrow());
    }

    /**
     * The plan of this run: taken over from the run's preflight where it ran with the same options (see
     * {@link PreparedRun}), else prepared here and handed on to the rest of the run.
     */
    public static RunPlan prepare(HarnessConfig config) {
        Optional<PreparedRun> prepared = PreparedRun.read(config, PreparedRun.runIdsAboveThisProcess());
        RunPlan plan = prepare(config, BrowserResolver.ofProcess(), TargetProfiles.ofProcess(config.home()), new TargetProbe(config.waitTimeout()),
                new GridProbe(config.waitTimeout()), prepared);
        if (prepared.isEmpty()) {
            PreparedRun.write(plan, PreparedRun.runIdOfThisProcess());
        }
        return plan;
    }

    /** Whether this plan was taken over from the run's preflight, for the start-up log. */
    public static boolean handedOn(HarnessConfig config) {
        return PreparedRun.read(config, PreparedRun.runIdsAboveThisProcess()).isPresent();
    }

    private static BrowserProfile profile(HarnessConfig config) {
        return new BrowserProfiles(config.home()).load(config.browser());
    }

    private static Optional<java.net.URI> gridUrl(HarnessConfig config) {
        return config.gridUrl().or(() -> profile(config).grid().map(java.net.URI::create));
    }

    /**
     * On a grid (option or profile) the grid must answer; on this machine the binary and driver must be found —
     * except for a profile that declares {@code when-missing: skip}: then the run goes on and reports every scenario
     * skipped, with the reason.
     */
    private static ResolvedBrowser browser(HarnessConfig config, BrowserResolver resolver, GridProbe grid) {
        BrowserProfile profile = profile(config);
        if (config.isolation() == HarnessConfig.Isolation.CONTEXT && !profile.supports(BrowserFeature.USER_CONTEXTS)) {
            throw new ConfigException("isolation = context needs a browser profile that supports user-contexts; '" + profile.name()
                    + "' does not (use isolation = browser)");
        }
        if (config.isolation() == HarnessConfig.Isolation.CONTEXT && config.suite().equals(DRAFT_SUITE)) {
            throw new ConfigException("isolation = context: the profile drafter (suite " + DRAFT_SUITE + ") drives whole browsers of its own"
                    + " (use isolation = browser)");
        }
        Optional<java.net.URI> gridUrl = gridUrl(config);
        if (gridUrl.isPresent()) {
            String browserName = BrowserEngines.create(profile).options(ResolvedBrowser.onGrid(profile, gridUrl.get(), 0),
                    config.waitTimeout(), BrowserSetup.PLAIN, true).getBrowserName();
            return ResolvedBrowser.onGrid(profile, gridUrl.get(), grid.check(gridUrl.get(), browserName));
        }
        try {
            return resolver.resolve(profile, config);
        } catch (ConfigException missing) {
            boolean explicit = config.driverPath().isPresent() || config.browserBinary().isPresent();
            if (profile.skipWhenMissing() && !explicit) {
                return ResolvedBrowser.unavailable(profile, missing.getMessage());
            }
            throw missing;
        }
    }

    /** The defects to switch on in the embedded reference site (only there), checked by name. */
    public java.util.Set<Defect> defects() {
        return defects(config, Optional.of(target));
    }

    private static java.util.Set<Defect> defects(HarnessConfig config, Optional<TargetProfile> target) {
        java.util.Set<Defect> defects = java.util.EnumSet.noneOf(Defect.class);
        for (String key : config.referenceDefects()) {
            defects.add(Defect.byKey(key).orElseThrow(() -> new ConfigException("reference.defects: unknown defect '" + key
                    + "'; known: " + Defect.keys())));
        }
        if (!defects.isEmpty() && target.isPresent() && !target.get().embedded()) {
            throw new ConfigException("reference.defects switches defects on in the embedded reference site only; target '"
                    + target.get().name() + "' is a real site");
        }
        return defects;
    }

    private static Path suiteFile(HarnessConfig config) {
        return new ProfileFolder(config.home().resolve(SUITES), SUITES, "suite", ".xml").fileFor(config.suite());
    }

    /** One line per fact, for the start-up log and the report's environment. */
    public Map<String, String> describe() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("suite", config.suite());
        lines.put("browser.profile", browser.profile().name());
        lines.put("browser.binary", browser.binary().toString());
        lines.put("driver", browser.driver() + " (" + browser.driverSource() + ")");
        lines.putAll(target.describe());
        lines.putAll(target.policy().describe());
        lines.put("concurrency", config.concurrency());
        lines.put("grid", browser.grid().map(String::valueOf).orElse("none (browsers on this machine)"));
        if (!config.referenceDefects().isEmpty()) {
            lines.put("reference.defects", String.join(", ", config.referenceDefects()));
        }
        lines.put("isolation", io.sessionharness.config.Choices.name(config.isolation()));
        return lines;
    }
}
