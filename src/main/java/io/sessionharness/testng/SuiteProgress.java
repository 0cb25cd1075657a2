package io.sessionharness.testng;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testng.ITestContext;
import org.testng.ITestListener;
import org.testng.ITestResult;

import io.sessionharness.config.Durations;

/** Console progress of a long run: "[3/6] passed Idle… (9.4 s) — 31 s elapsed, about 40 s to go". */
public final class SuiteProgress implements ITestListener {

    private static final Logger LOG = LoggerFactory.getLogger(SuiteProgress.class);

    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile long startedNanos;

    @Override
    public void onStart(ITestContext context) {
        total += context.getAllTestMethods().length;
        if (startedNanos == 0) {
            startedNanos = System.nanoTime();
        }
        LOG.info("{} scenario(s) to run in '{}'", total, context.getName());
    }

    @Override
    public void onTestSuccess(ITestResult result) {
        report(result, "passed");
    }

    @Override
    public void onTestFailure(ITestResult result) {
        report(result, result.getThrowable() instanceof AssertionError ? "FAILED" : "BROKEN");
    }

    @Override
    public void onTestSkipped(ITestResult result) {
        report(result, "skipped");
    }

    private void report(ITestResult result, String verdict) {
        int finished = done.incrementAndGet();
        // A data-driven scenario runs once per row: the count of methods known at the start is a lower bound.
        if (finished > total) {
            total = finished;
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startedNanos);
        int left = Math.max(0, total - finished);
        String eta = left == 0 ? "done" : "about " + Durations.format(elapsed.dividedBy(finished).multipliedBy(left)) + " to go";
        LOG.info("[{}/{}] {} {}.{} ({}) — {} elapsed, {}", finished, total, verdict, result.getTestClass().getRealClass().getSimpleName(),
                result.getMethod().getMethodName(), Durations.format(Duration.ofMillis(result.getEndMillis() - result.getStartMillis())),
                Durations.format(elapsed), eta);
    }
}
