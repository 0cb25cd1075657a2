package io.sessionharness.testng;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How long a scenario deliberately waits, in the target's declared figures: {@code idleTimeouts = 1.5} waits one and
 * a half idle timeouts. The run orders scenarios longest first by it, the progress line's estimate counts it, and a
 * scenario expected to outlast {@code -Dmax.scenario} is left to the {@code long} suite ({@link ExpectedDuration}).
 * A scenario without it is expected to wait for nothing.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ExpectedWait {

    /** Idle timeouts (policy.idleTimeout) the scenario waits through. */
    double idleTimeouts() default 0;

    /** Absolute lifetimes (policy.absoluteTimeout). */
    double absoluteLifetimes() default 0;

    /** Refresh-token lifetimes (policy.tokens.refresh). */
    double refreshLifetimes() default 0;
}
