package io.sessionharness.config;

/**
 * Every option the harness reads. One precedence order for all of them:
 * system property (-Dname=value) &gt; environment variable &gt; harness.local.properties &gt; default (see ConfigSources).
 */
public enum ConfigKey {
    /** Chosen with -Dsuite only: Maven hands that suite file to TestNG, so no other source may disagree with it. */
    SUITE("suite", null, "smoke", "TestNG suite from suites/ (smoke, full); -Dsuite only"),
    BROWSER("browser", "SEH_BROWSER", "chromium-headless", "browser profile from drivers-config/"),
    TARGET("target", "SEH_TARGET", "reference", "target profile from targets/"),
    TARGETS_CONTINUE("targets.continue", "SEH_TARGETS_CONTINUE", "false", "with several targets: one that does not answer at start has its own scenarios reported broken (infrastructure) while the others run; false: exit 3 before any browser starts"),
    THREADS("threads", "SEH_THREADS", "auto", "scenarios in progress at once (TestNG parallel methods); a scenario that waits holds no slot. auto: 16 (fewer when memory is short or the target lists few accounts), 2 on a Grid, 1 for a one-session browser"),
    SLOTS("slots", "SEH_SLOTS", "auto", "browser starts and page actions at once, across all scenarios in progress; auto: the number of cores"),
    MAX_SCENARIO("max.scenario", "SEH_MAX_SCENARIO", "2h", "scenarios expected to take longer (from the declared policy) are skipped with a hint to run -Dsuite=long; none: no ceiling"),
    WAIT_TIMEOUT("wait.timeout", "SEH_WAIT_TIMEOUT", "10s", "how long a page may take to show a recognisable state"),
    PROGRESS_EVERY("progress.every", "SEH_PROGRESS_EVERY", "10s", "progress line interval during deliberate idle periods"),
    RETRIES("retries", "SEH_RETRIES", "0", "re-runs of a scenario that broke on infrastructure (never of a failed one); shown as retries"),
    MEASURE_PARALLEL("measure.parallel", "SEH_MEASURE_PARALLEL", "4", "measure suite: sessions probed at once per search round"),
    MEASURE_UPPER("measure.upper", "SEH_MEASURE_UPPER", "", "measure suite: longest idle/lifetime to try (default twice the declared figure, else 1h)"),
    MEASURE_RESOLUTION("measure.resolution", "SEH_MEASURE_RESOLUTION", "", "measure suite: stop when the bracket is this narrow (default the policy's tolerance)"),
    MEASURE_WRITE("measure.write", "SEH_MEASURE_WRITE", "false", "measure suite: write the measured timeouts into the target profile"),
    EXPLORE_URL("explore.url", "SEH_EXPLORE_URL", "", "draft suite: the page to start from (a site's sign-in page, or any page that leads there); the password comes from SEH_EXPLORE_PASSWORD"),
    EXPLORE_USER("explore.user", "SEH_EXPLORE_USER", "", "draft suite: the account(s) to sign in with, comma-separated (the N-th one's password in SEH_EXPLORE_PASSWORD_N, else the shared SEH_EXPLORE_PASSWORD)"),
    EXPLORE_IDLE("explore.idle", "SEH_EXPLORE_IDLE", "", "draft suite: the idle timeout you believe the site has (e.g. 15m): the drafter idles one session past it and drafts what an ended session shows; unset: left to a human"),
    EXPLORE_NAME("explore.name", "SEH_EXPLORE_NAME", "", "draft suite: the profile's name (targets/<name>.draft.yaml); default from the URL's host and port"),
    DRIVER_PATH("driver.path", "SEH_DRIVER_PATH", "", "explicit WebDriver executable (overrides the profile)"),
    BROWSER_BINARY("browser.binary", "SEH_BROWSER_BINARY", "", "explicit browser executable (overrides the profile)"),
    GRID_URL("grid.url", "SEH_GRID_URL", "", "Selenium Grid to run every browser on (http://host:4444); empty: browsers on this machine"),
    ISOLATION("isolation", "SEH_ISOLATION", "browser", "each person/device: a new browser, or a new BiDi user context in the scenario's browser (context)"),
    REFERENCE_DEFECTS("reference.defects", "SEH_REFERENCE_DEFECTS", "", "embedded reference site only: comma-separated defects to switch on (detection matrix); empty: the correct site"),
    REFERENCE_LEDGER("reference.ledger", "SEH_REFERENCE_LEDGER", "", "embedded reference site only: a file listing every secret the site hands out, for the redaction scan (test support)"),
    REPORT_SCREENSHOTS("report.screenshots", "SEH_REPORT_SCREENSHOTS", "always", "screenshots in the report (they cannot be masked): always (each moment), on-failure, never"),
    RESULTS_DIR("allure.results.directory", null, "target/allure-results", "where Allure results are written");

    private final String property;
    private final String envVar;
    private final String defaultValue;
    private final String description;

    ConfigKey(String property, String envVar, String defaultValue, String description) {
        this.property = property;
        this.envVar = envVar;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String property() {
        return property;
    }

    /** The environment variable, or null for an option that only a system property may set. */
    public String envVar() {
        return envVar;
    }

    public boolean systemPropertyOnly() {
        return envVar == null;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }
}
