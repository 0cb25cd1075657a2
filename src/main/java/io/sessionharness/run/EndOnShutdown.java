package io.sessionharness.run;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * When the JVM is told to stop (Ctrl-C, SIGTERM from a CI that cancels the job) while browsers are open, nothing the
 * run started may stay behind: every process this JVM started — drivers, browsers, a virtual display, a Grid — is
 * ended by PID (asked first, then forced). The embedded site and the proxy live in this JVM and end with it. A run
 * that finishes normally has quit its browsers already; the hook then finds nothing.
 */
public final class EndOnShutdown {

    private static final Duration GRACE = Duration.ofSeconds(3);
    private static final int ROUNDS = 4;
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private EndOnShutdown() {
    }

    /** Installs the hook once per JVM. */
    public static void install() {
        if (INSTALLED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                // Scenario threads go on while the JVM stops: no new browser from now on, and rounds until none is left
                // (a browser whose start was under way when the first round looked).
                io.sessionharness.browser.BrowserLauncher.refuseNewBrowsers();
                int ended = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    // The whole family first: a browser whose driver is ended first is no longer a descendant of this JVM.
                    int now = end(ProcessHandle.current().descendants().toList(), GRACE);
                    if (now == 0) {
                        break;
                    }
                    ended += now;
                }
                if (ended > 0) {
                    System.err.println("harness stopping: ended " + ended + " process(es) this run had started");
                }
            }, "end-started-processes"));
        }
    }

    /** Asks each living process of {@code family} to end, forces those still there after {@code grace}; returns how many lived. */
    static int end(List<ProcessHandle> processes, Duration grace) {
        List<ProcessHandle> family = processes.stream().filter(ProcessHandle::isAlive).toList();
        if (family.isEmpty()) {
            return 0;
        }
        family.forEach(ProcessHandle::destroy);
        CompletableFuture<?>[] exits = family.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            family.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        } catch (InterruptedException e) {
            family.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        }
        return family.size();
    }
}
