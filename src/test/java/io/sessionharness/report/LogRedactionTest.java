package io.sessionharness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.slf4j.LoggerFactory;
import org.testng.annotations.Test;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.OutputStreamAppender;
import io.sessionharness.config.Secret;

/** Log lines and stack traces go through the same masking as the report. */
public class LogRedactionTest {

    @Test
    public void secretsAreMaskedInMessagesAndStackTraces() {
        Secret.of("canary-log-secret-42");
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%redactedMessage%n%redactedEx");
        encoder.start();
        OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(sink);
        appender.start();
        Logger logger = context.getLogger("redaction-test");
        logger.setAdditive(false);
        logger.addAppender(appender);
        try {
            logger.warn("signing in with canary-log-secret-42", new IllegalStateException("rejected canary-log-secret-42"));
        } finally {
            logger.detachAppender(appender);
            appender.stop();
        }
        String written = sink.toString(StandardCharsets.UTF_8);
        assertThat(written).contains("signing in with [redacted]", "rejected [redacted]").doesNotContain("canary-log-secret-42");
    }
}
