package io.sessionharness.testng;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testng.IAlterSuiteListener;
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
public final class HarnessSuiteListener implements ISuiteListener, IAlterSuiteListener {

    static final String HARNESS = Harness.class.getName();
    private static final Logger LOG = LoggerFactory.getLogger(HarnessSuiteListener.class);

    @Override
    public void alter(List<XmlSuite> suites) {
        int threads = HarnessConfig.resolve().threads();
        for (XmlSuite suite : suites) {
            suite.setParallel(XmlSuite.ParallelMode.METHODS);
            suite.setThreadCount(threads);
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
            } finally {
                harness.close();
                suite.removeAttribute(HARNESS);
            }
        }
    }
}
