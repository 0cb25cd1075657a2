package io.sessionharness.testng;

import java.util.concurrent.atomic.AtomicInteger;

import org.testng.IRetryAnalyzer;
import org.testng.ITestResult;

/**
 * Opt-in retries (-Dretries=N) for scenarios that broke on infrastructure — a crashed browser, a dead driver.
 * A failed assertion is never retried: a timing defect must not pass on a second try. Earlier attempts stay in the
 * report as retries.
 */
public final class InfrastructureRetry implements IRetryAnalyzer {

    private final int allowed;
    private final AtomicInteger used = new AtomicInteger();

    /** TestNG creates analyzers by class, one per test method: the count comes from -Dretries. */
    public InfrastructureRetry() {
        this(io.sessionharness.config.HarnessConfig.resolve().retries());
    }

    public InfrastructureRetry(int allowed) {
        this.allowed = allowed;
    }

    @Override
    public boolean retry(ITestResult result) {
        Throwable failure = result.getThrowable();
        boolean infrastructure = failure != null && !(failure instanceof AssertionError);
        return infrastructure && used.incrementAndGet() <= allowed;
    }
}
