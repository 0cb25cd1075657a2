package io.sessionharness.report;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/** Logback converter ({@code %redactedEx}): stack traces are masked like messages, since exception texts quote values. */
public final class RedactingThrowableConverter extends ThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return Redactor.mask(super.throwableProxyToString(proxy));
    }
}
