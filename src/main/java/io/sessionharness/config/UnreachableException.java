package io.sessionharness.config;

/**
 * The target or the Selenium Grid does not answer at start: the input may be right, the infrastructure is down. One
 * line as for bad input, but the run exits 3 (a missing prerequisite), not 2: a nightly whose staging site is down is
 * not a wrong profile.
 */
public final class UnreachableException extends ConfigException {

    public UnreachableException(String message) {
        super(message);
    }
}
