package io.sessionharness.testng;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.testng.ITestListener;
import org.testng.ITestResult;
import org.testng.TestNG;
import org.testng.annotations.Test;
import org.testng.xml.XmlClass;
import org.testng.xml.XmlSuite;
import org.testng.xml.XmlTest;

import io.sessionharness.selftest.fixtures.LeakyFixtures;

/**
 * What every reporter of a TestNG run (surefire's XML, text and console, Allure, the progress line) reads as a
 * failure is the masked copy, and it keeps its kind: an assertion stays a target defect, anything else infrastructure.
 * The listener is found the way surefire's runs find it: through META-INF/services.
 */
public class RedactingResultsTest {


    @Test
    public void failuresReachTheReportersMaskedAndOfTheirKind() {
        Map<String, Throwable> seen = new ConcurrentHashMap<>();
        XmlSuite suite = new XmlSuite();
        suite.setName("redaction");
        XmlTest test = new XmlTest(suite);
        test.setName("leaky");
        test.setXmlClasses(List.of(new XmlClass(LeakyFixtures.class)));
        TestNG testng = new TestNG(false);
        testng.setXmlSuites(List.of(suite));
        testng.setUseDefaultListeners(false);
        testng.setVerbose(0);
        testng.addListener(new ITestListener() {
            @Override
            public void onTestFailure(ITestResult result) {
                seen.put(result.getMethod().getMethodName(), result.getThrowable());
            }
        });
        testng.run();

        Throwable failed = seen.get("assertionQuotingACode");
        assertThat(failed).isInstanceOf(AssertionError.class).hasMessageContaining("code=[redacted]").hasMessageNotContaining(LeakyFixtures.CODE);
        assertThat(failed.toString()).startsWith("java.lang.AssertionError: ");
        Throwable broken = seen.get("driverErrorQuotingAJwt");
        assertThat(broken).isNotInstanceOf(AssertionError.class).hasMessageStartingWith("java.lang.IllegalStateException: token [redacted-jwt]");
        assertThat(broken.getCause()).hasMessageContaining("state=[redacted]").hasMessageNotContaining(LeakyFixtures.CODE);
        assertThat(broken.getStackTrace()).isNotEmpty();

        IllegalStateException quiet = new IllegalStateException("closing the browser failed");
        quiet.addSuppressed(new RuntimeException("while leaving /cb?code=" + LeakyFixtures.CODE));
        Throwable masked = io.sessionharness.report.RedactedThrowables.redact(quiet);
        assertThat(masked.getSuppressed()).singleElement().satisfies(s -> assertThat(s).hasMessageNotContaining(LeakyFixtures.CODE));
    }
}
