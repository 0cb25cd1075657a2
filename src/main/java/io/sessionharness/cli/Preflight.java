package io.sessionharness.cli;

import io.sessionharness.config.ConfigException;
import io.sessionharness.config.ConfigSources;
import io.sessionharness.config.HarnessConfig;
import io.sessionharness.config.RunMatrix;
import io.sessionharness.run.RunPlan;

/**
 * Runs before the scenarios (Maven's process-test-classes phase): resolves the options and checks the plan.
 * Exit 0 with one summary line, or exit 2 with one line naming the problem and its fix; no browser is started.
 */
public final class Preflight {

    public static final int CONFIG_ERROR = 2;
    /** The target or the Grid does not answer at start: infrastructure, as run-suite's exit 3 (a missing prerequisite). */
    public static final int UNREACHABLE = 3;
    /** Where the exit status is left for run-suite (Maven's in-process run turns every non-zero exit into one failure). */
    static final String STATUS_FILE = "target/preflight.status";

    private Preflight() {
    }

    public static void main(String[] args) {
        io.sessionharness.report.JavaUtilLogging.routeThroughRedaction();
        ConfigSources sources = ConfigSources.ofProcess();
        int status = check(sources, System.out, System.err);
        try {
            java.nio.file.Path file = sources.home().resolve(STATUS_FILE);
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, status + "\n");
        } catch (java.io.IOException e) {
            System.err.println("warning: " + STATUS_FILE + " could not be written (" + e.getMessage() + ")");
        }
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Every target × browser of the run ({@link RunMatrix}) checked before any browser starts, one line per problem —
     * where the run has several, prefixed with the target, the browser or the combinations it is about; 2 when any is
     * bad input, else 3 when one does not answer.
     */
    static int check(ConfigSources sources, java.io.PrintStream out, java.io.PrintStream err) {
        sources.nearMisses().forEach(line -> out.println("warning: " + line));
        RunMatrix matrix;
        try {
            matrix = RunMatrix.of(sources);
        } catch (ConfigException e) {
            return report(e, err);
        }
        if (matrix.single()) {
            try {
                checkOne(sources, "", out);
                return 0;
            } catch (ConfigException e) {
                return report(e, err);
            }
        }
        // Each problem once, with every combination it was found in (a bad target is bad on every browser).
        java.util.Map<String, java.util.List<java.util.Map<String, String>>> problems = new java.util.LinkedHashMap<>();
        java.util.Map<String, java.util.List<java.util.Map<String, String>>> carriedOver = new java.util.LinkedHashMap<>();
        java.util.Set<java.util.Map<String, String>> down = new java.util.HashSet<>();
        boolean carryOn = matrix.targets().size() > 1 && continuesPastUnreachableTargets(sources);
        int status = 0;
        for (java.util.Map<String, String> combination : matrix.combinations()) {
            try {
                checkOne(sources.withProperties(combination), RunMatrix.describe(combination) + ": ", out);
            } catch (ConfigException e) {
                if (carryOn && e instanceof io.sessionharness.config.UnreachableException unreachable && unreachable.targetOnly()) {
                    down.add(combination);
                    e.getMessage().lines().forEach(line -> carriedOver.computeIfAbsent(line, l -> new java.util.ArrayList<>()).add(combination));
                    continue;
                }
                status = status == CONFIG_ERROR || !(e instanceof io.sessionharness.config.UnreachableException) ? CONFIG_ERROR : UNREACHABLE;
                e.getMessage().lines().forEach(line -> problems.computeIfAbsent(line, l -> new java.util.ArrayList<>()).add(combination));
            }
        }
        // Carried over only into a run that goes ahead: none answering, or bad input elsewhere, stops it as without the option.
        boolean stops = down.size() == matrix.combinations().size() || status == CONFIG_ERROR;
        if (!down.isEmpty() && down.size() == matrix.combinations().size()) {
            status = UNREACHABLE;   // nothing would run: no target to continue with
        }
        carriedOver.forEach((line, where) -> (stops ? err : out).println((stops ? "error: " : "warning: ") + whom(matrix, where) + ": "
                + io.sessionharness.report.Redactor.mask(line) + (stops ? "" : " — its scenarios will be reported broken and the other targets run (-Dtargets.continue=true)")));
        problems.forEach((line, where) -> err.println("error: " + whom(matrix, where) + ": " + io.sessionharness.report.Redactor.mask(line)));
        return status;
    }

    /** -Dtargets.continue, read once for the run (false where the options do not resolve: they are reported anyway). */
    private static boolean continuesPastUnreachableTargets(ConfigSources sources) {
        try {
            return HarnessConfig.resolve(sources.withProperties(RunMatrix.of(sources).combinations().get(0))).targetsContinue();
        } catch (ConfigException e) {
            return false;
        }
    }

    /** What a problem found in {@code where} is about: one target on every browser, one browser with every target, or each combination. */
    static String whom(RunMatrix matrix, java.util.List<java.util.Map<String, String>> where) {
        java.util.Set<String> targets = new java.util.LinkedHashSet<>();
        java.util.Set<String> browsers = new java.util.LinkedHashSet<>();
        where.forEach(c -> {
            targets.add(c.get(io.sessionharness.config.ConfigKey.TARGET.property()));
            browsers.add(c.get(io.sessionharness.config.ConfigKey.BROWSER.property()));
        });
        if (targets.size() == 1 && where.size() == matrix.browsers().size() && matrix.browsers().size() > 1) {
            return "target " + targets.iterator().next();
        }
        if (browsers.size() == 1 && where.size() == matrix.targets().size() && matrix.targets().size() > 1) {
            return "browser " + browsers.iterator().next();
        }
        return String.join(", ", where.stream().map(RunMatrix::describe).toList());
    }

    private static void checkOne(ConfigSources sources, String prefix, java.io.PrintStream out) {
        HarnessConfig config = HarnessConfig.resolve(sources);
        boolean handedOn = RunPlan.handedOn(config);
        RunPlan plan = RunPlan.prepare(config);
        plan.target().warnings().forEach(line -> out.println("warning: " + prefix + line));
        if (plan.browser().unavailable().isPresent()) {
            out.println("warning: " + prefix + "browser profile '" + plan.browser().profile().name() + "' is unavailable here; every scenario"
                    + " will be reported skipped: " + plan.browser().unavailable().get());
            return;
        }
        out.println("preflight ok: " + prefix + "suite " + plan.config().suite() + ", browser " + plan.browser().describe()
                + ", target " + plan.target().name() + ", " + plan.config().concurrency()
                + (handedOn ? " (browser and target as this run's earlier preflight found them)" : ""));
    }

    private static int report(ConfigException e, java.io.PrintStream err) {
        // An error may quote a URL with credentials in it (grid.url, a baseUrl): masked like everything else.
        e.getMessage().lines().forEach(line -> err.println("error: " + io.sessionharness.report.Redactor.mask(line)));
        return e instanceof io.sessionharness.config.UnreachableException ? UNREACHABLE : CONFIG_ERROR;
    }
}
