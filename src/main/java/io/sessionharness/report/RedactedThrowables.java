package io.sessionharness.report;

import java.util.Objects;

/**
 * Copies of a failure with every message in its cause chain masked, for the places that print a throwable themselves
 * (surefire's XML and text reports and console, Allure's statusDetails). A copy keeps the original's kind — an
 * {@link AssertionError} stays one, so a target defect is still <em>failed</em> and infrastructure <em>broken</em> —,
 * its stack and its class name in the text; a failure with nothing to mask is returned as it is.
 */
public final class RedactedThrowables {

    private RedactedThrowables() {
    }

    public static Throwable redact(Throwable failure) {
        return failure == null || !needsMasking(failure, 0) ? failure : copy(failure, 0);
    }

    private static boolean needsMasking(Throwable failure, int depth) {
        if (failure == null || depth > 20) {
            return false;
        }
        String message = failure.getMessage();
        if (!Objects.equals(message, Redactor.mask(message)) || needsMasking(failure.getCause(), depth + 1)) {
            return true;
        }
        // Suppressed failures are printed with the trace too, and copied (masked) below: they must be looked at here.
        for (Throwable suppressed : failure.getSuppressed()) {
            if (needsMasking(suppressed, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable copy(Throwable original, int depth) {
        String message = Redactor.mask(original.getMessage());
        String kind = original.getClass().getName();
        Throwable copy = original instanceof AssertionError ? new MaskedAssertionError(kind, message) : new MaskedFailure(kind, message);
        copy.setStackTrace(original.getStackTrace());
        if (original.getCause() != null && depth < 20) {
            copy.initCause(copy(original.getCause(), depth + 1));
        }
        for (Throwable suppressed : original.getSuppressed()) {
            copy.addSuppressed(copy(suppressed, depth + 1));
        }
        return copy;
    }

    /** A target defect, masked: still an assertion, so still <em>failed</em>, with the same message otherwise. */
    public static final class MaskedAssertionError extends AssertionError {
        private final String kind;

        MaskedAssertionError(String kind, String message) {
            super(message);
            this.kind = kind;
        }

        @Override
        public String toString() {
            return getMessage() == null ? kind : kind + ": " + getMessage();
        }
    }

    /**
     * Anything else (infrastructure, an inconclusive timing), masked; the message starts with the original's class,
     * since reporters that print the class name would otherwise only show this one.
     */
    public static final class MaskedFailure extends RuntimeException {

        MaskedFailure(String kind, String message) {
            super(message == null ? kind : kind + ": " + message);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
