package io.sessionharness.testng;

import org.testng.IInvokedMethod;
import org.testng.IInvokedMethodListener;
import org.testng.ITestResult;
import org.testng.SkipException;

import io.sessionharness.report.RedactedThrowables;
import io.sessionharness.report.Redactor;

/**
 * Replaces a method's failure by its masked copy — told plainly, without AssertJ's boolean plumbing — as soon as the method returns, before any reporter — surefire's XML,
 * text and console reports, Allure, the progress line — reads it. Registered through
 * {@code META-INF/services/org.testng.ITestNGListener}, so every TestNG run of the harness has it.
 */
public final class RedactingResults implements IInvokedMethodListener {

    @Override
    public void afterInvocation(IInvokedMethod method, ITestResult result) {
        Throwable failure = result.getThrowable();
        if (failure instanceof SkipException skip) {
            String masked = Redactor.mask(skip.getMessage());
            if (masked != null && !masked.equals(skip.getMessage())) {
                result.setThrowable(new SkipException(masked));
            }
        } else if (failure != null) {
            result.setThrowable(RedactedThrowables.redact(io.sessionharness.report.AssertionMessages.plain(failure)));
        }
    }
}
