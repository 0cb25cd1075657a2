package io.sessionharness.testng;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;

import org.testng.IAlterSuiteListener;
import org.testng.IAnnotationTransformer;
import org.testng.annotations.ITestAnnotation;
import org.testng.ISuite;
import org.testng.ISuiteListener;
import org.testng.xml.XmlSuite;

import io.sessionharness.config.ConfigSources;
import io.sessionharness.config.HarnessConfig;
import io.sessionharness.config.RunMatrix;
import io.sessionharness.report.ResultsFolder;
import io.sessionharness.run.Harness;
import io.sessionharness.run.RunPlan;

/**
 * Wires a TestNG suite to the harness: applies the thread count, starts the run's {@link Harness} (and with it the
 * target) when the suite starts, writes the report environment and stops everything when it ends.
 */
public final class HarnessSuiteListener implements ISuiteListener, IAlterSuiteListener, IAnnotationTransformer,
        org.testng.IMethodInterceptor {

    static final String HARNESS = Harness.class.getName();
    static final String UNREACHABLE = Unreachable.class.getName();

    /**
     * A suite whose target did not answer when it started, in a run over several targets with -Dtargets.continue=true:
     * the other targets run, and each scenario of this one is broken (infrastructure) with {@code why}.
     */
    record Unreachable(String browser, String target, String why) {
    }
    private static final Logger LOG = LoggerFactory.getLogger(HarnessSuiteListener.class);

    /** A suite parameter: the suite runs only the scenarios expected to wait longer than -Dmax.scenario. */
    static final String LONG_ONLY = "harness.beyond-max-scenario";

    /**
     * A suite parameter: -Dmax.scenario skips nothing in the suite (measure mode: a measurement asked for runs however
     * long the target's timeouts are).
     */
    static final String NO_CEILING = "harness.no-ceiling";

    /** Whether {@code suite} is the long suite ({@value #LONG_ONLY}): there the ceiling selects instead of skipping. */
    static boolean longOnly(org.testng.ISuite suite) {
        return Boolean.parseBoolean(suite.getParameter(LONG_ONLY));
    }

    /**
     * Suite parameters named {@code option.NAME} set the option NAME for that suite alone, as if given with -D: several
     * suites of one TestNG run against different targets or seeded defects (the detection matrix).
     */
    static final String OPTION = "option.";
    /** The options a suite may set for itself: what makes one site and its scenarios (the rest are the run's, one for all). */
    static final java.util.Set<String> SUITE_OPTIONS = java.util.Set.of("target", "browser", "reference.defects", "threads");

    /** The run's configuration, resolved once by this listener (one instance per TestNG run) and handed on from here. */
    private HarnessConfig config;
    /** The run's action slots, shared by every suite of the run (suites side by side take turns at the same cores). */
    private io.sessionharness.scenario.ActionSlots slots;

    private synchronized HarnessConfig config() {
        if (config == null) {
            config = HarnessConfig.resolve();
        }
        return config;
    }

    /** The configuration of {@code suite}: the run's, with the suite's own {@value #OPTION} parameters over it. */
    private HarnessConfig configOf(XmlSuite suite) {
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
        suite.getParameters().forEach((name, value) -> {
            if (name.startsWith(OPTION)) {
                String option = name.substring(OPTION.length());
                if (!SUITE_OPTIONS.contains(option)) {
                    throw new io.sessionharness.config.ConfigException("suite '" + suite.getName() + "' sets " + name + ": a suite may set only "
                            + SUITE_OPTIONS.stream().sorted().map(o -> OPTION + o).toList() + " for itself; the rest are the run's (-D)");
                }
                options.put(option, value);
            }
        });
        return options.isEmpty() ? config() : HarnessConfig.resolve(io.sessionharness.config.ConfigSources.ofProcess().withProperties(options));
    }

    /**
     * Each target's free accounts, one pool for all the suites against it (the same site on several browsers); only a
     * real target leases from it ({@code Site.open}: an embedded site, started once per suite, has accounts of its own).
     */
    private final java.util.Map<String, io.sessionharness.site.Site.FreeAccounts> accounts = new java.util.HashMap<>();

    private synchronized io.sessionharness.site.Site.FreeAccounts accountsOf(io.sessionharness.site.TargetProfile target) {
        return accounts.computeIfAbsent(target.name(), name -> new io.sessionharness.site.Site.FreeAccounts(target));
    }

    private synchronized io.sessionharness.scenario.ActionSlots slots() {
        if (slots == null) {
            slots = new io.sessionharness.scenario.ActionSlots(config().slots());
        }
        return slots;
    }

    @Override
    public void alter(List<XmlSuite> suites) {
        io.sessionharness.report.JavaUtilLogging.routeThroughRedaction();
        RunMatrix matrix = RunMatrix.of(ConfigSources.ofProcess());
        if (!matrix.single()) {
            List<XmlSuite> each = SuitePerCombination.expand(suites, matrix);
            suites.clear();
            suites.addAll(each);
        }
        for (XmlSuite suite : suites) {
            HarnessConfig config = configOf(suite);
            // Suites side by side share the machine's memory, and suites against one real target its listed accounts.
            int listed = listedAccounts(config);
            int sharing = matrix.browsersPer(config.target());
            // Suites sharing one target's accounts stay, all together, one scenario below the listed accounts (so that
            // scenarios each holding one while they wait for a second cannot hold them all): (listed - 1) / sharing each.
            int accounts = listed == 0 || sharing <= 1 ? listed : Math.max(1, (listed - 1) / sharing) + 1;
            if (listed > 0 && sharing > 1 && listed - 1 < sharing) {
                LOG.warn("targets/{}.yaml lists {} account(s) for {} browsers side by side: scenarios of two people may wait for a free"
                        + " account; list at least {}", config.target(), listed, sharing, sharing + 1);
            }
            int threads = config.scenariosAtOnce(sessionLimit(config), availableMemory() / suites.size(), accounts);
            suite.setParallel(XmlSuite.ParallelMode.METHODS);
            suite.setThreadCount(threads);
            suite.setDataProviderThreadCount(threads);
            LOG.info("{} scenario(s) in progress at once{}, {} slot(s) for browser starts and page actions (a waiting scenario holds none)",
                    threads, suites.size() > 1 ? " in '" + suite.getName() + "'" : "", config().slots());
        }
        selectGroups(suites, System.getProperty("groups"), System.getProperty("excludedGroups"));
    }

    /**
     * -Dgroups / -DexcludedGroups (Maven's own names, which failsafe hands to the scenario JVM) select scenarios by group
     * in the suite chosen by -Dsuite too: failsafe applies them only without a suite file (with -Dit.test). The groups
     * given replace the suite's own include list; excluded ones are added to its exclusions.
     */
    static void selectGroups(List<XmlSuite> suites, String included, String excluded) {
        List<String> include = groupList(included);
        List<String> exclude = groupList(excluded);
        if (include.isEmpty() && exclude.isEmpty()) {
            return;
        }
        for (XmlSuite suite : suites) {
            for (org.testng.xml.XmlTest test : suite.getTests()) {
                if (!include.isEmpty()) {
                    test.setIncludedGroups(include);
                }
                if (!exclude.isEmpty()) {
                    List<String> all = new java.util.ArrayList<>(test.getExcludedGroups());
                    exclude.stream().filter(g -> !all.contains(g)).forEach(all::add);
                    test.setExcludedGroups(all);
                }
            }
        }
        LOG.info("scenario groups: {}{}", include.isEmpty() ? "as in the suite" : String.join(", ", include),
                exclude.isEmpty() ? "" : ", without " + String.join(", ", exclude));
    }

    private static List<String> groupList(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split(",")).map(String::strip).filter(g -> !g.isEmpty()).toList();
    }

    /** Browsers that may run at once: a Grid's (counted as limited), the profile's (real Safari: 1), else 0 (no limit). */
    private static int sessionLimit(HarnessConfig config) {
        if (config.gridUrl().isPresent()) {
            return 2;
        }
        try {
            int sessions = new io.sessionharness.browser.BrowserProfiles(config.home()).load(config.browser()).sessions();
            if (sessions == 1 && config.threads() != 1) {
                LOG.info("browser profile {} allows one session at a time: scenarios run one after another", config.browser());
            }
            return sessions;
        } catch (RuntimeException e) {
            return 0; // the preflight and onStart report a bad profile
        }
    }

    /** How many test accounts the target profile lists (0: generated, one per person, no limit). */
    private static int listedAccounts(HarnessConfig config) {
        try {
            io.sessionharness.site.TargetProfile target = new io.sessionharness.site.TargetProfiles(config.home(), System.getenv()).load(config.target());
            return target.accounts().generated() ? 0 : target.accounts().fixed().size();
        } catch (RuntimeException e) {
            return 0; // the preflight and onStart report a bad profile
        }
    }

    /** The machine's available memory (MemAvailable), else what the JVM sees as free. */
    static long availableMemory() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemAvailable:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (java.io.IOException | NumberFormatException ignored) {
            // not Linux: the JVM's view below
        }
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getFreeMemorySize();
    }

    /**
     * Longest first: scenarios ordered by their expected wait (from the declared policy), so that the longest one never
     * starts last. In a suite with the {@value #LONG_ONLY} parameter only those beyond -Dmax.scenario remain.
     */
    @Override
    public List<org.testng.IMethodInstance> intercept(List<org.testng.IMethodInstance> methods, org.testng.ITestContext context) {
        return inRunOrder(methods, m -> m.getMethod().getConstructorOrMethod().getMethod(), context);
    }

    /** The scenarios in the order this run starts them, without those it leaves out (see {@link #intercept}). */
    static <T> List<T> inRunOrder(List<T> methods, java.util.function.Function<T, Method> method, org.testng.ITestContext context) {
        if (!(context.getSuite().getAttribute(HARNESS) instanceof Harness harness)) {
            return methods;
        }
        io.sessionharness.site.SessionPolicy policy = harness.site().policy();
        java.util.function.ToLongFunction<T> wait = m -> ExpectedDuration.waitOf(method.apply(m), policy).toMillis();
        java.util.stream.Stream<T> kept = methods.stream();
        if (longOnly(context.getSuite())) {
            java.util.Optional<java.time.Duration> ceiling = harness.plan().config().maxScenario();
            // With no ceiling, every scenario that waits at all.
            kept = kept.filter(m -> wait.applyAsLong(m) > 0
                    && (ceiling.isEmpty() || ExpectedDuration.beyond(ceiling, java.time.Duration.ofMillis(wait.applyAsLong(m))).isPresent()));
        }
        return kept.sorted(java.util.Comparator.comparingLong(wait).reversed()).toList();
    }

    /**
     * Why {@code method} skips at once in this run: its expected wait is beyond -Dmax.scenario, outside the long suite
     * (which selects those instead; see {@link #inRunOrder}).
     */
    static java.util.Optional<String> beyondTheCeiling(Method method, org.testng.ISuite suite, Harness harness) {
        if (longOnly(suite) || Boolean.parseBoolean(suite.getParameter(NO_CEILING))) {
            return java.util.Optional.empty();
        }
        return ExpectedDuration.beyond(harness.plan().config().maxScenario(), ExpectedDuration.waitOf(method, harness.site().policy()));
    }

    /** With -Dretries=N, every scenario gets the infrastructure-only retry. */
    @Override
    public void transform(ITestAnnotation annotation, Class testClass, Constructor testConstructor, Method testMethod) {
        int retries = config().retries();
        if (retries > 0) {
            annotation.setRetryAnalyzer(InfrastructureRetry.class);
        }
    }

    @Override
    public void onStart(ISuite suite) {
        HarnessConfig config = configOf(suite.getXmlSuite());
        LOG.info("options, each from the first of: {}", ConfigSources.ORDER);
        config.describe().forEach((key, value) -> LOG.info("option {} = {}", key, value));
        boolean handedOn = RunPlan.handedOn(config);
        RunPlan plan;
        try {
            plan = RunPlan.prepare(config);
        } catch (io.sessionharness.config.UnreachableException e) {
            if (!config.targetsContinue() || !e.targetOnly()) {
                throw e;
            }
            String why = io.sessionharness.report.Redactor.mask(e.getMessage());
            LOG.warn("suite '{}': target {} did not answer at start, so its scenarios are reported broken and the other targets run"
                    + " (-Dtargets.continue=true): {}", suite.getName(), config.target(), why);
            suite.setAttribute(UNREACHABLE, new Unreachable(config.browser(), config.target(), why));
            return;
        }
        LOG.info(handedOn ? "run plan handed on from this run's preflight: the browser is not resolved and the target not probed again"
                : "run plan prepared here (no preflight of this run with the same options)");
        Harness harness = Harness.start(plan, slots(), accountsOf(plan.target()));
        suite.setAttribute(HARNESS, harness);
        LOG.info("suite '{}' against {} with {}", suite.getName(), harness.site().baseUrl(), plan.browser().describe());
    }

    @Override
    public void onFinish(ISuite suite) {
        if (suite.getAttribute(HARNESS) instanceof Harness harness) {
            try {
                // Suites of one run side by side share the results folder: one writes its files at a time.
                synchronized (this) {
                    ResultsFolder results = new ResultsFolder(harness.plan().config().resultsDir());
                    results.writeEnvironment(harness.environment());
                    results.writeCategories();
                    results.writeExecutor(System.getenv());
                }
            } finally {
                harness.close();
                suite.removeAttribute(HARNESS);
            }
        }
    }
}
