package io.sessionharness.testng;

import java.util.concurrent.atomic.AtomicInteger;

import org.testng.IRetryAnalyzer;
import org.testng.ITestResult;

/**
 * Opt-in retries (-Dretries=N) for scenarios that broke on infrastructure — a crashed browser, a dead driver.
 * A failed assertion is never retried: a timing defect must not pass on a second try; nor is a failed sign-in or a
 * page the profile does not describe. Earlier attempts stay in the report as retries.
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
        return worthRetrying(result.getThrowable()) && used.incrementAndGet() <= allowed;
    }

    /**
     * Broken by infrastructure, and not by what a second try cannot change: a sign-in that did not get through (a
     * wrong password tried again can lock the account) or a page the profile does not describe ("Profile or site?",
     * "Unrecognised page").
     */
    static boolean worthRetrying(Throwable failure) {
        if (failure == null || failure instanceof AssertionError || failure instanceof io.sessionharness.config.UnreachableException) {
            return false;   // an UnreachableException here: the target did not answer when the run started, nothing was tried
        }
        String category = io.sessionharness.report.Categories.of("broken", failure.getMessage())
                .map(io.sessionharness.report.Categories.Category::name).orElse("");
        return !category.equals(io.sessionharness.report.Categories.SIGN_IN) && !category.equals(io.sessionharness.report.Categories.PROFILE)
                && !category.equals(io.sessionharness.report.Categories.UNRECOGNISED);
    }
}
