package io.sessionharness.config;

/**
 * The target or the Selenium Grid does not answer at start: the input may be right, the infrastructure is down. One
 * line as for bad input, but the run exits 3 (a missing prerequisite), not 2: a nightly whose staging site is down is
 * not a wrong profile.
 */
public final class UnreachableException extends ConfigException {

    private final boolean targetOnly;

    public UnreachableException(String message) {
        this(message, false);
    }

    /** {@code targetOnly}: only the target did not answer (not the Grid) — what -Dtargets.continue runs past. */
    public UnreachableException(String message, boolean targetOnly) {
        super(message);
        this.targetOnly = targetOnly;
    }

    /** Whether only the target did not answer (a Grid that does not answer stops every combination alike). */
    public boolean targetOnly() {
        return targetOnly;
    }
}
