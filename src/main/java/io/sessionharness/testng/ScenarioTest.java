package io.sessionharness.testng;

import org.testng.IHookCallBack;
import org.testng.IHookable;
import org.testng.ITestResult;
import org.testng.Reporter;
import org.testng.SkipException;

import io.sessionharness.run.Harness;
import io.sessionharness.scenario.Cast;
import io.sessionharness.site.SessionPolicy;

/**
 * Base of every scenario class. Each test method invocation gets its own {@link Cast}, created before and closed
 * after the method — whatever happens — with failure evidence attached while the browsers are still open.
 * Nothing is kept in fields, so parallel methods share no state.
 */
public abstract class ScenarioTest implements IHookable {

    private static final String CAST = Cast.class.getName();
    /** How long the scenario held its action slot: its page work, without the waits (for {@link SuiteProgress}). */
    static final String PAGE_WORK = "harness.page-work";

    @Override
    public void run(IHookCallBack callBack, ITestResult result) {
        if (result.getTestContext().getSuite().getAttribute(HarnessSuiteListener.UNREACHABLE) instanceof HarnessSuiteListener.Unreachable down) {
            io.sessionharness.report.RunLabels.label(result.getMethod().getConstructorOrMethod().getMethod(), down.browser(), down.target());
            result.setThrowable(new io.sessionharness.config.UnreachableException("target " + down.target() + " did not answer when the run"
                    + " started, so this scenario did not run (-Dtargets.continue=true: the other targets ran): " + down.why()));
            result.setStatus(ITestResult.FAILURE);
            return;
        }
        Harness harness = harness(result);
        io.sessionharness.report.RunLabels.label(result.getMethod().getConstructorOrMethod().getMethod(),
                harness.plan().browser().profile().name(), targetLabel(harness));
        java.util.Optional<String> unavailable = harness.plan().browser().unavailable();
        if (unavailable.isPresent()) {
            result.setThrowable(new SkipException("browser profile " + harness.plan().browser().profile().name()
                    + " is unavailable here: " + unavailable.get()));
            result.setStatus(ITestResult.SKIP);
            return;
        }
        java.util.Optional<String> tooLong = HarnessSuiteListener.beyondTheCeiling(result.getMethod().getConstructorOrMethod().getMethod(),
                result.getTestContext().getSuite(), harness);
        if (tooLong.isPresent()) {
            result.setThrowable(new SkipException(tooLong.get()));
            result.setStatus(ITestResult.SKIP);
            return;
        }
        // The scenario takes an action slot with its first browser and gives it up while it idles (see ActionSlots),
        // and for good before its browsers quit: a browser slow to quit must not hold up the others' page visits.
        harness.slots().expect(ExpectedDuration.waitOf(result.getMethod().getConstructorOrMethod().getMethod(), harness.site().policy()));
        Cast cast = harness.newCast(result.getTestClass().getRealClass().getSimpleName() + "." + result.getMethod().getMethodName());
        try {
            result.setAttribute(CAST, cast);
            callBack.runTestMethod(result);
            Throwable failure = result.getThrowable();
            if (failure != null && !(failure instanceof SkipException)) {
                cast.attachFailureEvidence();
            }
        } finally {
            result.removeAttribute(CAST);
            result.setAttribute(PAGE_WORK, harness.slots().finish());
            cast.close();
        }
    }

    /** The people of the running scenario. */
    protected Cast cast() {
        Object cast = Reporter.getCurrentTestResult().getAttribute(CAST);
        if (!(cast instanceof Cast c)) {
            throw new IllegalStateException("no cast: scenario methods run through ScenarioTest.run");
        }
        return c;
    }

    /** The session policy the target declares. */
    protected SessionPolicy policy() {
        return cast().site().policy();
    }

    /** The target's profile: where it is, how to sign in, how its pages are recognised, what it declares. */
    protected io.sessionharness.site.TargetProfile profile() {
        return cast().site().profile();
    }

    /** The target's declared idle timeout; skips the scenario, with that reason, where it declares none. */
    protected java.time.Duration requireIdleTimeout() {
        requireThat(policy().idleTimeout().isPresent(), "the target declares no idle timeout");
        return policy().idleTimeout().orElseThrow();
    }

    /** The target's declared absolute timeout; skips the scenario, with that reason, where it declares none. */
    protected java.time.Duration requireAbsoluteTimeout() {
        requireThat(policy().absoluteTimeout().isPresent(), "the target declares no absolute timeout");
        return policy().absoluteTimeout().orElseThrow();
    }

    /**
     * Data lost unless the {@code text} a person typed is shown back now (the form sent without a session) and
     * restored on the form's page once they have signed in again.
     */
    protected void assertTheTextIsShownBackAndRestored(io.sessionharness.scenario.Person person, String text) {
        org.assertj.core.api.Assertions.assertThat(person.seesText(text))
                .as("Data lost unless the %d characters typed are shown back (not silently dropped)", text.length()).isTrue();
        io.sessionharness.assertions.SessionAssertions.assertThat(person.signIn()).isSignedIn();
        person.open(profile().features().form().orElseThrow().page());
        org.assertj.core.api.Assertions.assertThat(person.seesText(text)).as("Data lost unless the text typed is restored after signing in again").isTrue();
    }

    /** This run's harness: its plan (options, target, browser) and what the measure suite found. */
    protected Harness harness() {
        return harness(Reporter.getCurrentTestResult());
    }

    /** Skips the scenario, with the reason in the report, when the target cannot support it. */
    protected static void requireThat(boolean supported, String reasonIfNot) {
        if (!supported) {
            throw new SkipException(reasonIfNot);
        }
    }

    /**
     * Skips a scenario whose {@code work} (from sign-in) would not end a tolerance before the absolute timeout: the
     * absolute lifetime, not what the scenario checks, could end the session. The reason states the figures.
     */
    protected void requireRoomBeforeTheAbsoluteTimeout(java.time.Duration work, String what) {
        policy().absoluteTimeout().ifPresent(absolute -> requireThat(work.plus(policy().tolerance()).compareTo(absolute) < 0,
                "the absolute timeout " + io.sessionharness.config.Durations.format(absolute) + " leaves no room for " + what
                        + " plus the tolerance " + io.sessionharness.config.Durations.format(policy().tolerance()) + " from sign-in"));
    }

    /**
     * Skips a scenario that idles with one of the site's pages open, when the target declares that its pages keep the
     * session alive by design (policy.pageKeepsAlive): such a page never idles out, and the scenario would prove nothing.
     */
    protected void requireOpenPagesMayIdleOut() {
        requireThat(!policy().pageKeepsAlive(), "the target's pages keep the session alive while open (policy.pageKeepsAlive):"
                + " a page left open never idles out");
    }

    /**
     * Runs {@code action} (another device signing in, say) while {@code worker} keeps working — opening its protected
     * page every quarter of the idle timeout —, so that a slow machine cannot let the worker idle out meanwhile.
     * The worker's visits are added to {@code workerVisits}; returns what the action returned.
     */
    protected io.sessionharness.scenario.PageVisit whileKeepingBusy(io.sessionharness.scenario.Person worker,
            java.util.function.Supplier<io.sessionharness.scenario.PageVisit> action, java.util.List<io.sessionharness.scenario.PageVisit> workerVisits) {
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        java.time.Duration every = policy().idleTimeout().map(idle -> idle.dividedBy(4)).orElse(java.time.Duration.ofSeconds(1));
        java.util.List<Object> outcomes = cast().inParallel(2, java.time.Duration.ZERO, i -> {
            if (i == 0) {
                try {
                    return action.get();
                } finally {
                    done.set(true);
                }
            }
            java.util.List<io.sessionharness.scenario.PageVisit> visits = worker.keepWorkingWhile(every, () -> !done.get());
            workerVisits.addAll(visits);
            return visits;
        });
        return (io.sessionharness.scenario.PageVisit) outcomes.get(0);
    }

    /** The target's name, and the seeded defects switched on in it (a defect run has a history of its own). */
    private static String targetLabel(Harness harness) {
        java.util.Set<io.sessionharness.referenceapp.Defect> defects = harness.plan().defects();
        return harness.plan().target().name() + (defects.isEmpty() ? ""
                : " with " + String.join(", ", defects.stream().map(io.sessionharness.referenceapp.Defect::key).sorted().toList()));
    }

    private static Harness harness(ITestResult result) {
        Object harness = result.getTestContext().getSuite().getAttribute(HarnessSuiteListener.HARNESS);
        if (!(harness instanceof Harness h)) {
            throw new IllegalStateException("the harness is not running: run scenarios through a suite in suites/ "
                    + "(the HarnessSuiteListener starts it)");
        }
        return h;
    }
}
