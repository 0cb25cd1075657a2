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
        String written = capture("redaction-test",
                () -> LoggerFactory.getLogger("redaction-test").warn("signing in with canary-log-secret-42", new IllegalStateException("rejected canary-log-secret-42")));
        assertThat(written).contains("signing in with [redacted]", "rejected [redacted]").doesNotContain("canary-log-secret-42");
    }

    @Test
    public void javaUtilLoggingAsSeleniumWritesItIsMaskedToo() {
        Secret.of("canary-jul-secret-77");
        JavaUtilLogging.routeThroughRedaction();
        String written = capture("org.openqa.selenium.redaction-test", () -> java.util.logging.Logger.getLogger("org.openqa.selenium.redaction-test")
                .log(java.util.logging.Level.WARNING, "GET http://127.0.0.1/cb?code=Zx81ab77Qp with canary-jul-secret-77",
                        new IllegalStateException("session canary-jul-secret-77")));
        assertThat(written).contains("with [redacted]", "code=[redacted]", "session [redacted]").doesNotContain("canary-jul-secret-77", "Zx81ab77Qp");
    }

    /** What the logger of this name writes while {@code logging} runs, through the project's masking pattern. */
    private static String capture(String name, Runnable logging) {
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
        Logger logger = context.getLogger(name);
        logger.setAdditive(false);
        logger.addAppender(appender);
        try {
            logging.run();
        } finally {
            logger.detachAppender(appender);
            appender.stop();
        }
        return sink.toString(StandardCharsets.UTF_8);
    }
}
