package io.sessionharness.cli;

import io.sessionharness.config.ConfigException;
import io.sessionharness.config.ConfigSources;
import io.sessionharness.config.HarnessConfig;
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

    static int check(ConfigSources sources, java.io.PrintStream out, java.io.PrintStream err) {
        sources.nearMisses().forEach(line -> out.println("warning: " + line));
        try {
            HarnessConfig config = HarnessConfig.resolve(sources);
            boolean handedOn = RunPlan.handedOn(config);
            RunPlan plan = RunPlan.prepare(config);
            plan.target().warnings().forEach(line -> out.println("warning: " + line));
            if (plan.browser().unavailable().isPresent()) {
                out.println("warning: browser profile '" + plan.browser().profile().name() + "' is unavailable here; every scenario will be"
                        + " reported skipped: " + plan.browser().unavailable().get());
                return 0;
            }
            out.println("preflight ok: suite " + plan.config().suite() + ", browser " + plan.browser().describe()
                    + ", target " + plan.target().name() + ", " + plan.config().concurrency()
                    + (handedOn ? " (browser and target as this run's earlier preflight found them)" : ""));
            return 0;
        } catch (ConfigException e) {
            // An error may quote a URL with credentials in it (grid.url, a baseUrl): masked like everything else.
            e.getMessage().lines().forEach(line -> err.println("error: " + io.sessionharness.report.Redactor.mask(line)));
            return e instanceof io.sessionharness.config.UnreachableException ? UNREACHABLE : CONFIG_ERROR;
        }
    }
}
