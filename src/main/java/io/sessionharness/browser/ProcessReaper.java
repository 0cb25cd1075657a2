package io.sessionharness.browser;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Ends what is left of a local browser after its quit, by PID: the driver and browser processes the harness started
 * (never any other), once they have had {@code grace} to exit on their own — a dead driver leaves them running.
 */
final class ProcessReaper {

    private final List<ProcessHandle> processes;
    private final Duration grace;

    ProcessReaper(List<ProcessHandle> processes, Duration grace) {
        this.processes = List.copyOf(processes);
        this.grace = grace;
    }

    /** Waits up to the grace period for the processes to exit, then ends each one still running (and its children); {@code ended} hears of each. */
    void reap(Consumer<ProcessHandle> ended) {
        List<CompletableFuture<ProcessHandle>> exits = processes.stream().map(ProcessHandle::onExit).toList();
        try {
            CompletableFuture.allOf(exits.toArray(CompletableFuture[]::new)).get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // some are still running: ended below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle process : processes) {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                ended.accept(process);
            }
        }
    }
}
