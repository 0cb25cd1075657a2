package io.sessionharness.scenario;

/**
 * The browser could not reach the target at all (connection refused or reset, a name that does not resolve, TLS that
 * fails, a proxy that is down): the scenario is <em>broken</em> — infrastructure — never a verdict on the site.
 */
public final class TargetUnreachableException extends RuntimeException {

    TargetUnreachableException(String what) {
        super(what);
    }
}
