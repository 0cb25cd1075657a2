package io.sessionharness.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Browsers whose clock is wrong: a small launcher script per offset that runs the real browser under libfaketime
 * ({@code faketime -f +7200 /usr/bin/chromium "$@"}). Only the browser's processes see the shifted time; the server,
 * the driver and the harness keep the real one. The scripts live in a temporary folder removed on {@link #close()}.
 */
final class ClockSkewWrappers implements AutoCloseable {

    private final Map<String, Path> wrappers = new ConcurrentHashMap<>();
    private Path folder;

    /** Where libfaketime's launcher is, if installed. */
    static Optional<Path> faketime() {
        return Stream.of("/usr/bin/faketime", "/usr/local/bin/faketime").map(Path::of).filter(Files::isExecutable).findFirst();
    }

    synchronized Path wrapperFor(Path binary, Duration skew) {
        Path faketime = faketime().orElseThrow(() -> new IllegalStateException(
                "a clock-skewed browser needs libfaketime: sudo apt-get install -y faketime"));
        String offset = (skew.isNegative() ? "-" : "+") + skew.abs().toSeconds();
        return wrappers.computeIfAbsent(binary + offset, key -> write(faketime, binary, offset));
    }

    private Path write(Path faketime, Path binary, String offset) {
        try {
            if (folder == null) {
                folder = Files.createTempDirectory("seh-clock-");
            }
            Path script = folder.resolve("browser" + offset.replace('+', 'p').replace('-', 'm'));
            Files.writeString(script, "#!/bin/sh\nexec " + faketime + " -f '" + offset + "' " + binary + " \"$@\"\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the clock-skew launcher", e);
        }
    }

    @Override
    public synchronized void close() {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; the OS cleans it eventually
        }
        folder = null;
        wrappers.clear();
    }
}
