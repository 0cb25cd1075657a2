package io.sessionharness.testng;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testng.ITestContext;
import org.testng.ITestListener;
import org.testng.ITestNGMethod;
import org.testng.ITestResult;

import io.sessionharness.config.Durations;
import io.sessionharness.run.Harness;

/**
 * Console progress of a long run: "[3/6] passed Idle… (9.4 s) — 31 s elapsed, about 40 s to go", the estimate from
 * the scenarios' expected waits and the page work learnt so far ({@link EtaEstimate}), not from how many are done.
 */
public final class SuiteProgress implements ITestListener {

    private static final Logger LOG = LoggerFactory.getLogger(SuiteProgress.class);

    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile long startedNanos;
    private EtaEstimate eta;
    /** Expected wait per scenario not started yet, in run order. */
    private final Map<ITestNGMethod, Duration> notStarted = new LinkedHashMap<>();
    /** Per invocation in progress: its expected wait and start. */
    private final Map<ITestResult, long[]> running = new LinkedHashMap<>();

    @Override
    public synchronized void onStart(ITestContext context) {
        List<ITestNGMethod> planned = HarnessSuiteListener.inRunOrder(Arrays.asList(context.getAllTestMethods()),
                m -> m.getConstructorOrMethod().getMethod(), context);
        total += planned.size();
        if (startedNanos == 0) {
            startedNanos = System.nanoTime();
        }
        if (context.getSuite().getAttribute(HarnessSuiteListener.HARNESS) instanceof Harness harness) {
            eta = new EtaEstimate(context.getSuite().getXmlSuite().getThreadCount(), harness.slots().size());
            planned.forEach(m -> notStarted.put(m, expectedWait(m, context, harness)));
        }
        Duration waits = notStarted.values().stream().reduce(Duration.ZERO, Duration::plus);
        LOG.info("{} scenario(s) to run in '{}'{}", total, context.getName(), eta == null ? ""
                : ", waiting " + Durations.format(waits) + " in all (longest first), about " + Durations.format(estimate()) + " to go");
    }

    @Override
    public synchronized void onTestStart(ITestResult result) {
        Duration wait = notStarted.getOrDefault(result.getMethod(), expectedWait(result));
        notStarted.remove(result.getMethod());
        running.put(result, new long[] {wait.toMillis(), System.nanoTime()});
    }

    @Override
    public void onTestSuccess(ITestResult result) {
        report(result, "passed");
    }

    @Override
    public void onTestFailure(ITestResult result) {
        report(result, result.getThrowable() instanceof AssertionError ? "FAILED" : "BROKEN");
    }

    @Override
    public void onTestSkipped(ITestResult result) {
        report(result, "skipped");
    }

    private synchronized void report(ITestResult result, String verdict) {
        int finished = done.incrementAndGet();
        // A data-driven scenario runs once per row: the count of methods known at the start is a lower bound.
        if (finished > total) {
            total = finished;
        }
        Duration took = Duration.ofMillis(result.getEndMillis() - result.getStartMillis());
        long[] started = running.remove(result);
        if (eta != null && started != null && result.getAttribute(ScenarioTest.PAGE_WORK) instanceof Duration work && !work.isZero()) {
            eta.finished(took, Duration.ofMillis(started[0]), work);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startedNanos);
        int left = Math.max(0, total - finished);
        String toGo = left == 0 && running.isEmpty() ? "done"
                : "about " + Durations.format(eta != null ? estimate() : elapsed.dividedBy(finished).multipliedBy(left)) + " to go";
        LOG.info("[{}/{}] {} {}.{} ({}) — {} elapsed, {}", finished, total, verdict, result.getTestClass().getRealClass().getSimpleName(),
                result.getMethod().getMethodName(), Durations.format(took), Durations.format(elapsed), toGo);
    }

    private Duration estimate() {
        long now = System.nanoTime();
        List<EtaEstimate.Running> inProgress = new ArrayList<>();
        running.values().forEach(r -> inProgress.add(new EtaEstimate.Running(Duration.ofMillis(r[0]), Duration.ofNanos(now - r[1]))));
        return eta.remaining(inProgress, List.copyOf(notStarted.values()));
    }

    private static Duration expectedWait(ITestResult result) {
        if (result.getTestContext().getSuite().getAttribute(HarnessSuiteListener.HARNESS) instanceof Harness harness) {
            return expectedWait(result.getMethod(), result.getTestContext(), harness);
        }
        return Duration.ZERO;
    }

    /** The scenario's expected wait; nothing for one that the ceiling will skip at once. */
    private static Duration expectedWait(ITestNGMethod method, ITestContext context, Harness harness) {
        Method real = method.getConstructorOrMethod().getMethod();
        return HarnessSuiteListener.beyondTheCeiling(real, context.getSuite(), harness).isPresent() ? Duration.ZERO
                : ExpectedDuration.waitOf(real, harness.site().policy());
    }
}
