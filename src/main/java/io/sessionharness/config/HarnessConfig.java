package io.sessionharness.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The one typed configuration of a run, resolved once from {@link ConfigSources}. */
public record HarnessConfig(
        Path home,
        String suite,
        String browser,
        String target,
        int threads,
        int slots,
        Optional<Duration> maxScenario,
        int retries,
        Duration waitTimeout,
        Duration progressEvery,
        Optional<Path> driverPath,
        Optional<Path> browserBinary,
        Optional<java.net.URI> gridUrl,
        Isolation isolation,
        java.util.List<String> referenceDefects,
        Optional<Path> referenceLedger,
        Screenshots screenshots,
        Path resultsDir,
        Measure measure,
        Explore explore,
        boolean targetsContinue,
        Map<ConfigKey, ConfigSources.ResolvedValue> origins) {

    /** What a new person or device in a scenario gets. */
    public enum Isolation {
        /** A browser of their own (any profile). */
        BROWSER,
        /** A fresh BiDi user context (own cookie jar, cache and storage) in the scenario's one browser. */
        CONTEXT
    }

    /** Which screenshots the report gets: a screenshot cannot be masked, so a team may keep them to failures or drop them. */
    public enum Screenshots {
        /** One at each moment that matters, and on failure. */
        ALWAYS,
        /** Only the failure evidence. */
        ON_FAILURE,
        /** None. */
        NEVER
    }

    /** Options of the measure suite; empty durations mean "derive from the declared policy". */
    public record Measure(int parallel, Optional<Duration> upper, Optional<Duration> resolution, boolean write) {
    }

    /**
     * Options of the draft suite: where to start, which accounts to sign in with (the password from the environment,
     * never an option), the draft's name, and the idle timeout the tester believes the site has.
     */
    public record Explore(Optional<java.net.URI> url, java.util.List<String> users, Optional<String> name, Optional<Duration> idle) {
        /** The environment variable holding the password of the accounts the draft suite signs in with. */
        public static final String PASSWORD_VARIABLE = "SEH_EXPLORE_PASSWORD";

        /** The variable of the {@code n}-th account's own password (1-based), before the shared one. */
        public static String passwordVariable(int n) {
            return PASSWORD_VARIABLE + "_" + n;
        }
    }

    /**
     * The process's options. Where {@code target} or {@code browser} lists several ({@link RunMatrix}), the first
     * combination's: what is the run's alone (slots, retries, results folder) is the same in each.
     */
    public static HarnessConfig resolve() {
        return RunMatrix.firstOf(ConfigSources.ofProcess());
    }

    public static HarnessConfig resolve(ConfigSources sources) {
        Map<ConfigKey, ConfigSources.ResolvedValue> values = new EnumMap<>(ConfigKey.class);
        for (ConfigKey key : ConfigKey.values()) {
            values.put(key, sources.lookup(key));
        }
        Path home = sources.home();
        return new HarnessConfig(
                home,
                name(values, ConfigKey.SUITE),
                name(values, ConfigKey.BROWSER),
                name(values, ConfigKey.TARGET),
                wholeNumberOrAuto(values.get(ConfigKey.THREADS), 1, 64),
                slots(values.get(ConfigKey.SLOTS)),
                ceiling(values.get(ConfigKey.MAX_SCENARIO)),
                wholeNumber(values.get(ConfigKey.RETRIES), 0, 5),
                positiveDuration(values.get(ConfigKey.WAIT_TIMEOUT)),
                positiveDuration(values.get(ConfigKey.PROGRESS_EVERY)),
                optionalPath(home, values.get(ConfigKey.DRIVER_PATH)),
                optionalPath(home, values.get(ConfigKey.BROWSER_BINARY)),
                optionalUrl(values.get(ConfigKey.GRID_URL)),
                choice(values.get(ConfigKey.ISOLATION), Isolation.class),
                java.util.Arrays.stream(values.get(ConfigKey.REFERENCE_DEFECTS).value().split(",")).map(String::strip)
                        .filter(d -> !d.isEmpty()).toList(),
                optionalPath(home, values.get(ConfigKey.REFERENCE_LEDGER)),
                choice(values.get(ConfigKey.REPORT_SCREENSHOTS), Screenshots.class),
                home.resolve(values.get(ConfigKey.RESULTS_DIR).value()).normalize(),
                new Measure(wholeNumber(values.get(ConfigKey.MEASURE_PARALLEL), 1, 16),
                        optionalDuration(values.get(ConfigKey.MEASURE_UPPER)),
                        optionalDuration(values.get(ConfigKey.MEASURE_RESOLUTION)),
                        bool(values.get(ConfigKey.MEASURE_WRITE))),
                new Explore(optionalUrl(values.get(ConfigKey.EXPLORE_URL)),
                        java.util.Arrays.stream(values.get(ConfigKey.EXPLORE_USER).value().split(",")).map(String::strip).filter(u -> !u.isEmpty()).toList(),
                        optionalName(values, ConfigKey.EXPLORE_NAME), optionalDuration(values.get(ConfigKey.EXPLORE_IDLE))),
                bool(values.get(ConfigKey.TARGETS_CONTINUE)),
                Map.copyOf(values));
    }

    /** "name = value (origin)" lines for the start-up log and the report's environment. */
    public Map<String, String> describe() {
        Map<String, String> lines = new LinkedHashMap<>();
        origins.values().stream()
                .sorted((a, b) -> a.key().compareTo(b.key()))
                .forEach(v -> lines.put(v.key().property(), (v.value().isEmpty() ? "(unset)" : v.value()) + "  [" + v.origin() + "]"));
        return lines;
    }

    private static Optional<String> optionalName(Map<ConfigKey, ConfigSources.ResolvedValue> values, ConfigKey key) {
        return values.get(key).value().isEmpty() ? Optional.empty() : Optional.of(name(values, key));
    }

    private static String name(Map<ConfigKey, ConfigSources.ResolvedValue> values, ConfigKey key) {
        String value = values.get(key).value();
        if (!value.matches("[A-Za-z0-9._-]+")) {
            throw new ConfigException(key.property() + " = '" + value + "' (" + values.get(key).origin()
                    + "): expected a profile or suite name made of letters, digits, '.', '_' or '-'");
        }
        return value;
    }

    /** threads = auto: decided once the browser is known ({@link #scenariosAtOnce}). */
    public static final int AUTO = 0;

    /** Scenarios the default lets be in progress at once: each holds its browsers open while it waits. */
    static final int AUTO_SCENARIOS = 16;
    /** What one scenario in progress is allowed in memory when threads = auto (its browsers, drivers, pages). */
    static final long MEMORY_PER_SCENARIO = 256L << 20;

    /**
     * How many scenarios may be in progress at once: the explicit {@code threads}, else 16 — fewer when the machine's
     * free memory would not hold that many scenarios' browsers —, 2 where the browsers count ({@code sessionLimit} &gt;
     * 0: a Grid's slots, a browser that allows few sessions; 1 where only one is allowed), and one fewer than the
     * target's listed accounts ({@code accounts} &gt; 0), so that scenarios each holding one account while they wait for a
     * second cannot hold them all.
     */
    public int scenariosAtOnce(int sessionLimit, long freeMemoryBytes, int accounts) {
        if (threads != AUTO) {
            return threads;
        }
        int lanes;
        if (sessionLimit > 0) {
            lanes = Math.min(2, sessionLimit);
        } else {
            long byMemory = freeMemoryBytes / MEMORY_PER_SCENARIO;
            lanes = (int) Math.max(Math.min(slots, AUTO_SCENARIOS), Math.min(AUTO_SCENARIOS, byMemory));
        }
        return accounts > 0 ? Math.max(1, Math.min(lanes, accounts - 1)) : lanes;
    }

    /** "auto" or the explicit number of scenarios at once, with the slots: for logs and the report environment. */
    public String concurrency() {
        return (threads == AUTO ? "auto" : String.valueOf(threads)) + " scenario(s) at once, " + slots + " action slot(s)";
    }

    private static int wholeNumberOrAuto(ConfigSources.ResolvedValue value, int min, int max) {
        return value.value().equals("auto") ? AUTO : wholeNumber(value, min, max, " or auto");
    }

    private static int slots(ConfigSources.ResolvedValue value) {
        return value.value().equals("auto") ? Runtime.getRuntime().availableProcessors() : wholeNumber(value, 1, 64, " or auto");
    }

    private static Optional<Duration> ceiling(ConfigSources.ResolvedValue value) {
        if (value.value().equals("none")) {
            return Optional.empty();
        }
        try {
            return Optional.of(positiveDuration(value));
        } catch (ConfigException e) {
            throw new ConfigException(e.getMessage() + ", or none for no ceiling");
        }
    }

    private static int wholeNumber(ConfigSources.ResolvedValue value, int min, int max) {
        return wholeNumber(value, min, max, "");
    }

    private static int wholeNumber(ConfigSources.ResolvedValue value, int min, int max, String orElse) {
        try {
            int number = Integer.parseInt(value.value());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the accepted range
        }
        throw new ConfigException(value.key().property() + " = '" + value.value() + "' (" + value.origin()
                + "): expected a whole number from " + min + " to " + max + orElse);
    }

    private static Duration positiveDuration(ConfigSources.ResolvedValue value) {
        try {
            Duration duration = Durations.parse(value.value());
            if (!duration.isZero()) {
                return duration;
            }
        } catch (IllegalArgumentException e) {
            throw new ConfigException(value.key().property() + " (" + value.origin() + "): " + e.getMessage());
        }
        throw new ConfigException(value.key().property() + " (" + value.origin() + "): must be longer than zero");
    }

    private static Optional<Duration> optionalDuration(ConfigSources.ResolvedValue value) {
        return value.value().isEmpty() ? Optional.empty() : Optional.of(positiveDuration(value));
    }

    private static boolean bool(ConfigSources.ResolvedValue value) {
        if (!value.value().equals("true") && !value.value().equals("false")) {
            throw new ConfigException(value.key().property() + " = '" + value.value() + "' (" + value.origin() + "): expected true or false");
        }
        return Boolean.parseBoolean(value.value());
    }

    private static Optional<java.net.URI> optionalUrl(ConfigSources.ResolvedValue value) {
        if (value.value().isEmpty()) {
            return Optional.empty();
        }
        try {
            java.net.URI url = new java.net.URI(value.value());
            if (("http".equals(url.getScheme()) || "https".equals(url.getScheme())) && url.getHost() != null) {
                return Optional.of(url);
            }
        } catch (java.net.URISyntaxException ignored) {
            // reported below
        }
        throw new ConfigException(value.key().property() + " = '" + value.value() + "' (" + value.origin()
                + "): expected an http(s) URL such as http://127.0.0.1:4444");
    }

    private static <E extends Enum<E>> E choice(ConfigSources.ResolvedValue value, Class<E> type) {
        try {
            return Choices.parse(value.value(), type);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(value.key().property() + " = '" + value.value() + "' (" + value.origin() + "): expected one of "
                    + Choices.names(type));
        }
    }

    private static Optional<Path> optionalPath(Path home, ConfigSources.ResolvedValue value) {
        return value.value().isEmpty() ? Optional.empty() : Optional.of(home.resolve(value.value()).normalize());
    }
}
