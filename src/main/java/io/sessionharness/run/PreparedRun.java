package io.sessionharness.run;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.sessionharness.browser.BrowserProfile;
import io.sessionharness.browser.ResolvedBrowser;
import io.sessionharness.config.HarnessConfig;

/**
 * What one run's preflight found, handed on to the run's later steps — the suite's own JVM (failsafe's fork), and
 * under {@code run-suite} the Maven run after its early preflight — so that they neither resolve the browser's driver
 * nor probe the target and the Grid again. Kept in {@code target/prepared-run-<options>.properties} (one per target ×
 * browser of the run) and taken only by the same
 * run (the same {@code SEH_RUN_ID}, or a process started by the Maven JVM that wrote it) with the same options. No
 * secret is written: paths, where the driver came from, a Grid's slot count, a fingerprint of the options.
 */
public record PreparedRun(Path binary, Path driver, String driverSource, int gridSlots, Optional<String> unavailable) {

    /** Where the plan of {@code config}'s options is kept: one file per target × browser of a run. */
    static Path fileOf(HarnessConfig config) {
        return config.home().resolve("target/prepared-run-" + fingerprint(config).substring(0, 12) + ".properties");
    }
    /** Set by run-suite for every Maven run it starts: one id for the whole run. */
    static final String RUN_ID = "SEH_RUN_ID";
    /** How far up the process tree the writing Maven JVM may be (failsafe may fork through a shell). */
    private static final int ANCESTORS = 4;

    /** The browser of {@code profile} as the preflight resolved it ({@code grid}: where it runs, from the options). */
    ResolvedBrowser browser(BrowserProfile profile, Optional<URI> grid) {
        if (unavailable.isPresent()) {
            return ResolvedBrowser.unavailable(profile, unavailable.get());
        }
        return new ResolvedBrowser(profile, binary, driver, driverSource, grid, Optional.empty(), gridSlots);
    }

    /** Hands {@code plan} on to the rest of this run; quietly nothing where the file cannot be written (the rest prepares again). */
    static void write(RunPlan plan, String runId) {
        if (runId.isEmpty()) {
            return; // no way to tell this run from another: nothing handed on
        }
        Properties properties = new Properties();
        properties.setProperty("run", runId);
        properties.setProperty("options", fingerprint(plan.config()));
        ResolvedBrowser browser = plan.browser();
        properties.setProperty("binary", browser.binary().toString());
        properties.setProperty("driver", browser.driver().toString());
        properties.setProperty("driverSource", browser.driverSource());
        properties.setProperty("gridSlots", Integer.toString(browser.gridSlots()));
        browser.unavailable().ifPresent(reason -> properties.setProperty("unavailable", io.sessionharness.report.Redactor.mask(reason)));
        Path file = fileOf(plan.config());
        Path partial = null;
        try {
            Files.createDirectories(file.getParent());
            partial = Files.createTempFile(file.getParent(), "prepared-run", ".partial");
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                properties.store(out, "what this run's preflight found (no secrets); read only by the same run");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // not handed on: the next step prepares the plan itself
            try {
                if (partial != null) {
                    Files.deleteIfExists(partial);
                }
            } catch (IOException ignored) {
                // a stray partial file in target/ harms nothing
            }
        }
    }

    /** What this run's preflight found, if it ran with the same options; {@code runIds}: the ids this process belongs to. */
    static Optional<PreparedRun> read(HarnessConfig config, Stream<String> runIds) {
        Path file = fileOf(config);
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        String run = properties.getProperty("run", "");
        if (run.isEmpty() || runIds.noneMatch(run::equals) || !fingerprint(config).equals(properties.getProperty("options"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PreparedRun(Path.of(properties.getProperty("binary")), Path.of(properties.getProperty("driver")),
                    properties.getProperty("driverSource"), Integer.parseInt(properties.getProperty("gridSlots")),
                    Optional.ofNullable(properties.getProperty("unavailable"))));
        } catch (RuntimeException incomplete) {
            return Optional.empty();
        }
    }

    /** This process's run: run-suite's id where it set one, else this JVM (a Maven JVM running the preflight). */
    static String runIdOfThisProcess() {
        return Optional.ofNullable(System.getenv(RUN_ID)).filter(id -> !id.isBlank()).or(() -> idOf(ProcessHandle.current())).orElse("");
    }

    /** The runs this process may belong to: run-suite's id, and the processes above it (the Maven JVM that forked it). */
    static Stream<String> runIdsAboveThisProcess() {
        Stream<String> fromEnvironment = Optional.ofNullable(System.getenv(RUN_ID)).filter(id -> !id.isBlank()).stream();
        Stream<String> ancestors = Stream.iterate(ProcessHandle.current().parent(), Optional::isPresent, p -> p.flatMap(ProcessHandle::parent))
                .limit(ANCESTORS).map(Optional::get).map(PreparedRun::idOf).flatMap(Optional::stream);
        return Stream.concat(fromEnvironment, ancestors);
    }

    /** A process by PID and start time (a PID alone may be reused); none where the start time cannot be read. */
    private static Optional<String> idOf(ProcessHandle process) {
        return process.info().startInstant().map(started -> "pid " + process.pid() + " started " + started);
    }

    /** The options what is handed on depends on: which browser, where it runs, which target is probed, which suite. */
    private static final List<String> DEPENDS_ON = List.of("suite", "browser", "browser.binary", "driver.path", "grid.url", "isolation",
            "target", "explore.url", "explore.user", "explore.name");

    /**
     * The values of the options what is handed on depends on (none of them a secret), hashed — not where each came
     * from (the suite's JVM gets Maven's defaults as system properties), nor options that do not change it.
     */
    static String fingerprint(HarnessConfig config) {
        Map<String, String> described = config.describe();
        String values = DEPENDS_ON.stream().map(key -> key + "=" + described.getOrDefault(key, "").replaceFirst("\\s+\\[[^\\]]*\\]$", ""))
                .collect(Collectors.joining("\n"));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(values.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
