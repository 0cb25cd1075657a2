package io.sessionharness.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * An Xvfb virtual display owned by the harness, for a browser without a headless mode (WebKitGTK's MiniBrowser).
 * Xvfb picks a free display number itself and reports it ({@code -displayfd}), so there is nothing to poll and no
 * clash with other displays; {@link #close()} ends it by PID.
 */
public final class VirtualDisplay implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(VirtualDisplay.class);

    private final Process process;
    private final String display;

    private VirtualDisplay(Process process, String display) {
        this.process = process;
        this.display = display;
    }

    /** Where Xvfb is installed. */
    public static Path xvfb() {
        return java.util.stream.Stream.of("/usr/bin/Xvfb", "/usr/local/bin/Xvfb").map(Path::of)
                .filter(java.nio.file.Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("a virtual display needs Xvfb: sudo apt-get install -y xvfb"));
    }

    /** How long Xvfb may take to name its display before the start counts as failed. */
    static final java.time.Duration READY_WITHIN = java.time.Duration.ofSeconds(30);

    /** Starts Xvfb on a display number of its own choosing. */
    public static VirtualDisplay start(Path xvfb) {
        return start(xvfb, READY_WITHIN);
    }

    /** As {@link #start(Path)}, failing (and ending the process) when no display is named within {@code readyWithin}. */
    static VirtualDisplay start(Path xvfb, java.time.Duration readyWithin) {
        Process process;
        try {
            process = new ProcessBuilder(List.of(xvfb.toString(), "-displayfd", "1", "-screen", "0", "1280x900x24", "-nolisten", "tcp"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + xvfb, e);
        }
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
        // Bounded: an Xvfb that hangs without naming a display must not hold the run for ever.
        // On a thread of its own (not the shared pool, which has one thread on a 2-core machine).
        java.util.concurrent.FutureTask<String> line = new java.util.concurrent.FutureTask<>(out::readLine);
        Thread reader = new Thread(line, "xvfb-display-reader");
        reader.setDaemon(true);
        reader.start();
        String number;
        try {
            number = line.get(readyWithin.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("Xvfb named no display within " + io.sessionharness.config.Durations.format(readyWithin) + " (ended it, pid " + process.pid() + ")");
        } catch (java.util.concurrent.ExecutionException e) {
            process.destroyForcibly();
            throw new IllegalStateException("Xvfb did not report a display", e.getCause());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Xvfb started", e);
        }
        if (number == null || !number.strip().matches("\\d+")) {
            process.destroyForcibly();
            throw new IllegalStateException("Xvfb did not report a display (exit " + (process.isAlive() ? "?" : process.exitValue()) + ")");
        }
        VirtualDisplay display = new VirtualDisplay(process, ":" + number.strip());
        LOG.info("virtual display {} started (Xvfb pid {})", display.display, process.pid());
        return display;
    }

    /** The Xvfb process (for a caller that leaves the display running, such as the local grid). */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** The value for DISPLAY. */
    public String display() {
        return display;
    }

    @Override
    public void close() {
        process.destroy();
        LOG.info("virtual display {} stopped", display);
    }
}
