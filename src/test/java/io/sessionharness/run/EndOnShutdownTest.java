package io.sessionharness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.testng.annotations.Test;

/** The shutdown hook's work: a process family ended by PID, asked first, forced when it will not go. */
public class EndOnShutdownTest {

    @Test
    public void aProcessAndTheChildItStartedAreBothEnded() throws Exception {
        Process parent = new ProcessBuilder("sh", "-c", "sleep 300 & sleep 300").start();
        List<ProcessHandle> family = familyOf(parent, 2);
        assertThat(family).hasSizeGreaterThanOrEqualTo(2);
        assertThat(EndOnShutdown.end(family, Duration.ofSeconds(5))).isEqualTo(family.size());
        family.forEach(p -> p.onExit().join());
        assertThat(family).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    public void aProcessIgnoringTheRequestIsForcedAfterTheGrace() throws Exception {
        Process stubborn = new ProcessBuilder("sh", "-c", "trap '' TERM; while :; do sleep 1; done").start();
        List<ProcessHandle> family = familyOf(stubborn, 1);
        assertThat(EndOnShutdown.end(family, Duration.ofMillis(300))).isEqualTo(family.size());
        stubborn.toHandle().onExit().join();
        assertThat(stubborn.isAlive()).isFalse();
    }

    @Test
    public void nothingAliveIsNothingToEnd() {
        assertThat(EndOnShutdown.end(List.of(), Duration.ofSeconds(1))).isZero();
    }

    /** The process and its descendants, once at least {@code size} of them exist. */
    private static List<ProcessHandle> familyOf(Process process, int size) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        List<ProcessHandle> family;
        do {
            family = Stream.concat(Stream.of(process.toHandle()), process.toHandle().descendants()).toList();
            if (family.size() >= size) {
                return family;
            }
            process.toHandle().onExit().completeOnTimeout(null, 20, java.util.concurrent.TimeUnit.MILLISECONDS).join();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the test's processes did not start: " + family);
    }
}
