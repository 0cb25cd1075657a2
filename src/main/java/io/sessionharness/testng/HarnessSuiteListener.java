package io.sessionharness.testng;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;

import org.testng.IAlterSuiteListener;
import org.testng.IAnnotationTransformer;
import org.testng.annotations.ITestAnnotation;
import org.testng.ISuite;
import org.testng.ISuiteListener;
import org.testng.xml.XmlSuite;

import io.sessionharness.config.HarnessConfig;
import io.sessionharness.report.ResultsFolder;
import io.sessionharness.run.Harness;
import io.sessionharness.run.RunPlan;

/**
 * Wires a TestNG suite to the harness: applies the thread count, starts the run's {@link Harness} (and with it the
 * target) when the suite starts, writes the report environment and stops everything when it ends.
 */
public final class HarnessSuiteListener implements ISuiteListener, IAlterSuiteListener, IAnnotationTransformer {

    static final String HARNESS = Harness.class.getName();
    private static final Logger LOG = LoggerFactory.getLogger(HarnessSuiteListener.class);

    @Override
    public void alter(List<XmlSuite> suites) {
        HarnessConfig config = HarnessConfig.resolve();
        int threads = serialBrowser(config) ? 1 : config.threads();
        for (XmlSuite suite : suites) {
            suite.setParallel(XmlSuite.ParallelMode.METHODS);
            suite.setThreadCount(threads);
        }
    }

    /** A browser that allows one automated session at a time (real Safari) runs the suite on one thread. */
    private static boolean serialBrowser(HarnessConfig config) {
        try {
            boolean serial = new io.sessionharness.browser.BrowserProfiles(config.home()).load(config.browser()).sessions() == 1;
            if (serial && config.threads() > 1) {
                LOG.info("browser profile {} allows one session at a time: scenarios run one after another", config.browser());
            }
            return serial;
        } catch (RuntimeException e) {
            return false; // the preflight and onStart report a bad profile
        }
    }

    /** With -Dretries=N, every scenario gets the infrastructure-only retry. */
    @Override
    public void transform(ITestAnnotation annotation, Class testClass, Constructor testConstructor, Method testMethod) {
        int retries = HarnessConfig.resolve().retries();
        if (retries > 0) {
            annotation.setRetryAnalyzer(InfrastructureRetry.class);
        }
    }

    @Override
    public void onStart(ISuite suite) {
        HarnessConfig config = HarnessConfig.resolve();
        config.describe().forEach((key, value) -> LOG.info("option {} = {}", key, value));
        RunPlan plan = RunPlan.prepare(config);
        Harness harness = Harness.start(plan);
        suite.setAttribute(HARNESS, harness);
        LOG.info("suite '{}' against {} with {} on {} thread(s)", suite.getName(), harness.site().baseUrl(),
                plan.browser().describe(), config.threads());
    }

    @Override
    public void onFinish(ISuite suite) {
        if (suite.getAttribute(HARNESS) instanceof Harness harness) {
            try {
                ResultsFolder results = new ResultsFolder(harness.plan().config().resultsDir());
                results.writeEnvironment(harness.environment());
                results.writeCategories();
                results.writeExecutor(System.getenv());
            } finally {
                harness.close();
                suite.removeAttribute(HARNESS);
            }
        }
    }
}
