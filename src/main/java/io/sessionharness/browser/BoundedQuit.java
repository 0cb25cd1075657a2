package io.sessionharness.browser;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a browser ends: its quit runs on a thread of its own and is abandoned (logged) after a limit — a dead driver or
 * a wedged BiDi connection must not hang the suite —, then what is still running of it is ended by PID
 * ({@link ProcessReaper}).
 */
final class BoundedQuit {

    private static final Logger LOG = LoggerFactory.getLogger(BoundedQuit.class);
    private static final Duration QUIT_LIMIT = Duration.ofSeconds(20);
    /** Browser helper processes exit on their own shortly after quit; they get this long before being ended. */
    private static final Duration LEFTOVER_GRACE = Duration.ofSeconds(3);

    private BoundedQuit() {
    }

    /** Runs {@code quit} for the browser {@code label} within the limit, then reaps {@code processes}. */
    static void run(String label, Runnable quit, List<ProcessHandle> processes) {
        Thread quitter = new Thread(quit, "quit " + label);
        quitter.setDaemon(true);
        quitter.start();
        try {
            quitter.join(QUIT_LIMIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (quitter.isAlive()) {
            LOG.warn("{} did not quit within {} s", label, QUIT_LIMIT.toSeconds());
        }
        new ProcessReaper(processes, LEFTOVER_GRACE).reap(process -> LOG.info("{}: ended leftover process {} after quit", label, process.pid()));
    }
}
