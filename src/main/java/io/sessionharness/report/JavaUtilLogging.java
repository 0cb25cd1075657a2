package io.sessionharness.report;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Routes {@code java.util.logging} — what Selenium and the JDK's HTTP client write — into logback, whose converters
 * mask every line ({@code %redactedMessage}, {@code %redactedEx}); the JDK's own console handler, which masks nothing,
 * is removed. Logback's {@code LevelChangePropagator} keeps the levels in step so that filtered records cost nothing.
 */
public final class JavaUtilLogging {

    private JavaUtilLogging() {
    }

    /** Idempotent: each entry point (the suite listener, the preflight, the reference site's main) calls it first. */
    public static synchronized void routeThroughRedaction() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
