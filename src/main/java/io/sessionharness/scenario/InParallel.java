package io.sessionharness.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

import io.sessionharness.config.Durations;
import io.sessionharness.report.Report;

/** People acting at the same moment in one scenario: each on a thread of its own, reporting into the scenario, bounded in time. */
final class InParallel {

    /** Room in a parallel step beyond its planned waiting: browser starts, sign-ins, an account lease. */
    private static final Duration PARALLEL_ROOM = Duration.ofMinutes(3);

    private InParallel() {
    }

    /**
     * Runs {@code count} tasks at once and returns their results in order. The first failure is rethrown as it is.
     * Bounded: the tasks' planned waiting ({@code plannedWait}) plus room for browser starts, a few page actions and an
     * account lease ({@link #PARALLEL_ROOM}, and four wait timeouts); past that the scenario is broken, never left hanging.
     */
    static <T> List<T> run(Stage stage, int count, Duration plannedWait, IntFunction<T> task) {
        Instant began = stage.clock().instant();
        Instant deadline = began.plus(plannedWait).plus(PARALLEL_ROOM).plus(stage.waitTimeout().multipliedBy(4));
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(Report.inThisScenario(() -> task.apply(index))));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                Duration left = Duration.between(stage.clock().instant(), deadline);
                try {
                    results.add(future.get(Math.max(1, left.toMillis()), TimeUnit.MILLISECONDS));
                } catch (TimeoutException late) {
                    throw new IllegalStateException(count + " people acting in parallel had not finished "
                            + Durations.format(Duration.between(began, stage.clock().instant())) + " after they began (planned waiting "
                            + Durations.format(plannedWait) + "): the browser or the site stopped answering");
                }
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while people were acting in parallel", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
