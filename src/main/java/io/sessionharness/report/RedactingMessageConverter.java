package io.sessionharness.report;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Logback converter ({@code %redactedMessage}) that masks every registered secret in log lines. */
public final class RedactingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return Redactor.mask(super.convert(event));
    }
}
