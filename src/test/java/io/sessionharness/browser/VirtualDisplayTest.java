package io.sessionharness.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.testng.annotations.Test;

/** Starting the virtual display is a bounded wait: an Xvfb that names no display is ended and reported. */
public class VirtualDisplayTest {

    @Test
    public void anXvfbThatNeverNamesADisplayIsEndedWithinTheBound() throws Exception {
        Path pidFile = Files.createTempFile("hanging-xvfb", ".pid");
        Path hanging = Files.createTempFile("hanging-xvfb", ".sh");
        Files.writeString(hanging, "#!/bin/sh\necho $$ > " + pidFile + "\nexec sleep 60\n");
        Files.setPosixFilePermissions(hanging, PosixFilePermissions.fromString("rwx------"));

        long started = System.nanoTime();
        assertThatThrownBy(() -> VirtualDisplay.start(hanging, Duration.ofMillis(800)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("named no display within");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("how long the start was waited for").isLessThan(Duration.ofSeconds(20));
        String written = "";
        for (int i = 0; i < 50 && written.isEmpty(); i++) {
            written = Files.readString(pidFile).strip();
            if (written.isEmpty()) {
                Thread.onSpinWait();
                java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L);
            }
        }
        long pid = Long.parseLong(written);
        // destroyForcibly is asynchronous: give the process a moment to be reaped, bounded.
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join());
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("the hanging Xvfb was ended").isFalse();
    }

    @Test
    public void anXvfbThatNamesADisplayStarts() throws Exception {
        Path quick = Files.createTempFile("quick-xvfb", ".sh");
        Files.writeString(quick, "#!/bin/sh\necho 97\nexec sleep 60\n");
        Files.setPosixFilePermissions(quick, PosixFilePermissions.fromString("rwx------"));
        VirtualDisplay display = VirtualDisplay.start(quick, Duration.ofSeconds(10));
        try {
            assertThat(display.display()).isEqualTo(":97");
        } finally {
            display.close();
        }
    }
}
