package io.sessionharness.measurement;

import static io.sessionharness.assertions.SessionAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.testng.annotations.Test;

import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;

import io.sessionharness.assertions.InconclusiveTimingException;
import io.sessionharness.config.Durations;
import io.sessionharness.config.HarnessConfig;
import io.sessionharness.measure.Bracket;
import io.sessionharness.measure.ComplianceVerdicts;
import io.sessionharness.measure.IdleTimeoutMeasurement;
import io.sessionharness.measure.Measurements;
import io.sessionharness.measure.ProfileWriter;
import io.sessionharness.measure.TimeoutSearch;
import io.sessionharness.report.Checks;
import io.sessionharness.report.ProbePlot;
import io.sessionharness.report.Report;
import io.sessionharness.report.Requirement;
import io.sessionharness.scenario.HeldSession;
import io.sessionharness.scenario.PageVisit;
import io.sessionharness.scenario.Person;
import io.sessionharness.site.Compliance;
import io.sessionharness.testng.ExpectedWait;
import io.sessionharness.testng.ScenarioTest;

/**
 * Measure mode (suites/measure.xml): finds the target's real idle timeout and absolute lifetime, reports them against
 * the declared policy and the compliance presets, and with -Dmeasure.write=true writes them into the profile.
 */
@Epic("Session expiry")
@Feature("Measure mode")
public class MeasureScenarios extends ScenarioTest {

    private static final int MAX_ROUNDS = 4;

    @Severity(SeverityLevel.NORMAL)
    @Checks({Requirement.ASVS_3_3_2, Requirement.NIST_800_63B_REAUTHENTICATION})
    // The ladder's longest idle is about 1.5 timeouts; a search round after it tries up to measure.upper (2 timeouts).
    @ExpectedWait(idleTimeouts = 2)
    @Test(description = "Measure the real idle timeout (a ladder of sessions around the declared figure, else parallel probes)")
    public void measureIdleTimeout() {
        HarnessConfig.Measure options = harness().plan().config().measure();
        Duration upper = options.upper().orElse(policy().idleTimeout().map(d -> d.multipliedBy(2)).orElse(Duration.ofHours(1)));
        Duration resolution = options.resolution().orElse(policy().tolerance());
        IdleTimeoutMeasurement measurement = new IdleTimeoutMeasurement(cast());
        TimeoutSearch.Result result = policy().idleTimeout()
                .map(declared -> measurement.run(declared, upper, options.parallel(), resolution, MAX_ROUNDS, ladderRungs(options.parallel())))
                .orElseGet(() -> measurement.run(upper, options.parallel(), resolution, MAX_ROUNDS));
        report("idle timeout", result.bracket(), policy().idleTimeout().orElse(null), result.notes());
        plot(measurement.plot(), Compliance.Metric.IDLE_TIMEOUT, policy().idleTimeout(), result.bracket());
        List<String> contradictions = result.notes().stream().filter(note -> note.contains("not consistent")).toList();
        if (!contradictions.isEmpty()) {
            // A later "alive" after an "ended" (a site that sweeps sessions lazily): no figure to claim, either way.
            throw new InconclusiveTimingException("Inconclusive, not a target defect: the idle timeout's answers contradict each other, so"
                    + " no figure is claimed (" + result.bracket().describe() + "): " + String.join("; ", contradictions));
        }
        harness().measurements().record(Measurements.IDLE_TIMEOUT, result.bracket());
        policy().idleTimeout().filter(d -> policy().exact()).ifPresent(declared ->
                assertThat(result.bracket().agreesWith(declared, policy().tolerance()))
                        .as("idle timeout: declared %s ± %s, %s", Durations.format(declared), Durations.format(policy().tolerance()),
                                result.bracket().describe())
                        .isTrue());
        writeIfConclusive(Measurements.IDLE_TIMEOUT, result.bracket(), resolution);
    }

    /**
     * Sessions on the ladder: twice the parallel probes and one (the middle at the declared figure), but never more
     * than the target's listed accounts less the one the absolute-lifetime measurement uses meanwhile.
     */
    private int ladderRungs(int parallel) {
        int rungs = 2 * parallel + 1;
        io.sessionharness.site.TargetProfile profile = profile();
        // One listed account stays for the absolute-lifetime measurement, which runs alongside.
        return profile.accounts().generated() ? rungs : Math.min(rungs, profile.accounts().fixed().size() - 1);
    }

    @Severity(SeverityLevel.NORMAL)
    @Checks({Requirement.ASVS_3_3_2, Requirement.NIST_800_63B_REAUTHENTICATION})
    @ExpectedWait(absoluteLifetimes = 1)
    @Test(description = "Measure the real absolute lifetime (one session kept busy until it ends)")
    public void measureAbsoluteLifetime() {
        HarnessConfig.Measure options = harness().plan().config().measure();
        Duration upper = options.upper().orElse(policy().absoluteTimeout().map(d -> d.multipliedBy(2)).orElse(Duration.ofHours(1)));
        Duration resolution = options.resolution().orElse(policy().tolerance());
        // Visits half a resolution apart: the bracket (last alive, first ended) then comes out within the resolution, a
        // figure -Dmeasure.write may write; never longer apart than half the idle timeout.
        Duration halfResolution = resolution.dividedBy(2);
        Duration every = policy().idleTimeout().map(idle -> idle.dividedBy(2)).filter(half -> half.compareTo(halfResolution) < 0).orElse(halfResolution);
        Person keeper = cast().person("keeper");
        assertThat(keeper.signIn()).isSignedIn();
        List<PageVisit> probes = keeper.keepWorking(every, upper);
        requireBusyUntilTheEnd(probes);
        requireACleanEnd(probes);
        Bracket bracket = bracketOf(probes);
        harness().measurements().record(Measurements.ABSOLUTE_TIMEOUT, bracket);
        ProbePlot keeping = new ProbePlot("Absolute lifetime: the kept-busy session's visits at their age since sign-in");
        probes.forEach(visit -> visit.sinceSignIn().ifPresent(age -> keeping.probe("keeper", age, visit.signedIn())));
        plot(keeping, Compliance.Metric.ABSOLUTE_TIMEOUT, policy().absoluteTimeout(), bracket);
        report("absolute lifetime", bracket, policy().absoluteTimeout().orElse(null), List.of());
        policy().absoluteTimeout().filter(d -> policy().exact()).ifPresent(declared ->
                assertThat(bracket.agreesWith(declared, policy().tolerance()))
                        .as("absolute lifetime: declared %s ± %s, %s", Durations.format(declared), Durations.format(policy().tolerance()),
                                bracket.describe())
                        .isTrue());
        writeIfConclusive(Measurements.ABSOLUTE_TIMEOUT, bracket, resolution);
    }

    /**
     * The keeper's session must have ended cleanly — the sign-in or session-expired page —: an error page (a proxy's
     * 500, a page the profile does not describe) is no end of the session, and measures nothing.
     */
    private static void requireACleanEnd(List<PageVisit> probes) {
        PageVisit last = probes.get(probes.size() - 1);
        if (!last.signedIn() && !last.state().endsTheSession()) {
            throw new IllegalStateException("Measurement not made: the kept-busy session's last visit was " + last.state().description()
                    + ", not a clean end (sign-in or session-expired page), so it measures nothing — " + last.describe());
        }
    }

    @Severity(SeverityLevel.NORMAL)
    @Checks({Requirement.ASVS_3_3_2, Requirement.NIST_800_63B_REAUTHENTICATION})
    @Test(description = "Compliance presets: pass/fail per requirement with the measured figure",
            dependsOnMethods = {"measureIdleTimeout", "measureAbsoluteLifetime"}, alwaysRun = true)
    public void complianceReport() {
        requireThat(!policy().compliance().isEmpty(), "the target profile requires no compliance presets");
        List<ComplianceVerdicts.Verdict> verdicts = ComplianceVerdicts.judge(policy().compliance(), harness().measurements(), observedRules());
        StringBuilder table = new StringBuilder();
        verdicts.forEach(v -> {
            Report.step(v.outcome() + " — " + v.requirement().title() + " — " + v.figure());
            table.append(v.line()).append('\n');
        });
        Report.text("compliance", table.toString());
        assertThat(verdicts).as("compliance requirements not met:%n%s", table)
                .noneMatch(v -> v.outcome() == ComplianceVerdicts.Outcome.FAIL);
        // A requirement this run could not measure is no verdict on the site: the measurement was not made (broken).
        if (verdicts.stream().anyMatch(v -> v.outcome() == ComplianceVerdicts.Outcome.NOT_MEASURED)) {
            throw new IllegalStateException("compliance not judged in full — a measurement was not made in this run (see its own scenario):\n" + table);
        }
    }

    /** Checks the rule requirements (sign-out invalidation, rotation) with one person, for the compliance table. */
    private Map<Compliance.Metric, ComplianceVerdicts.RuleSeen> observedRules() {
        Map<Compliance.Metric, ComplianceVerdicts.RuleSeen> rules = new EnumMap<>(Compliance.Metric.class);
        Person auditor = cast().person("auditor");
        auditor.open(profile().signIn().page());
        HeldSession before = auditor.session().held().orElse(null);
        auditor.signIn();
        HeldSession after = auditor.session().require();
        // The same three cases the fixation scenario tells apart, so the two never contradict each other.
        rules.put(Compliance.Metric.ROTATES_ON_SIGN_IN, before == null
                ? new ComplianceVerdicts.RuleSeen(true, "no session cookie before sign-in (nothing to fix), a fresh one at sign-in")
                : after.renewedSince(before) ? new ComplianceVerdicts.RuleSeen(true, "the pre-login session cookie changed at sign-in")
                : new ComplianceVerdicts.RuleSeen(false, "the session cookie kept its pre-login value through sign-in"));
        auditor.signOut();
        Person replay = cast().person("replay");
        replay.session().plant(after);
        boolean ended = !replay.openProtectedPage().signedIn();
        rules.put(Compliance.Metric.SIGN_OUT_INVALIDATES, new ComplianceVerdicts.RuleSeen(ended, ended
                ? "the signed-out session replayed from another browser is not signed in" : "the signed-out session replayed from another browser still signs in"));
        return rules;
    }

    /** The plot with the declared figure, the compliance ceilings on this metric and the measured bracket, attached. */
    private void plot(ProbePlot plot, Compliance.Metric metric, java.util.Optional<Duration> declared, Bracket bracket) {
        declared.ifPresent(plot::declared);
        policy().compliance().stream().filter(requirement -> requirement.metric() == metric && requirement.limit() != null)
                .forEach(requirement -> plot.ceiling(requirement.standard() + " " + requirement.clause() + " ≤ " + Durations.format(requirement.limit()),
                        requirement.limit()));
        plot.measured(bracket.lower(), bracket.upper());
        Report.svg((metric == Compliance.Metric.IDLE_TIMEOUT ? "idle timeout" : "absolute lifetime") + ": the probes", plot.render());
    }

    private void report(String what, Bracket bracket, Duration declared, List<String> notes) {
        String line = what + ": " + (declared == null ? "none declared" : "declared " + Durations.format(declared)) + ", " + bracket.describe();
        Report.step(line);
        Report.text(what + " measurement", line + (notes.isEmpty() ? "" : "\n" + String.join("\n", notes)));
    }

    /**
     * With -Dmeasure.write, the measured figure into the profile — after the scenario's assertion held, and only a
     * conclusive one: the session ended within the search, and the bracket is no wider than the resolution asked for.
     */
    private void writeIfConclusive(String policyKey, Bracket bracket, Duration resolution) {
        if (!harness().plan().config().measure().write()) {
            return;
        }
        if (bracket.upper().isEmpty() || bracket.halfWidth().multipliedBy(2).compareTo(resolution) > 0) {
            Report.step("not written into the profile: " + bracket.describe() + " is no figure to within " + Durations.format(resolution));
            return;
        }
        Map<String, Duration> values = new LinkedHashMap<>();
        values.put(policyKey, bracket.middle());
        java.nio.file.Path profile = harness().plan().config().home().resolve("targets").resolve(harness().plan().config().target() + ".yaml");
        synchronized (MeasureScenarios.class) {
            ProfileWriter.writePolicy(profile, values, LocalDate.now());
        }
        Report.step("wrote " + values + " into " + profile.getFileName());
    }

    /** The session must have ended by age, not because the keeper (on a slow machine) let it idle out. */
    private void requireBusyUntilTheEnd(List<PageVisit> probes) {
        PageVisit last = probes.get(probes.size() - 1);
        Duration idle = last.idleBefore().orElse(Duration.ZERO);
        policy().idleTimeout().filter(timeout -> !last.signedIn() && idle.compareTo(timeout.minus(policy().tolerance())) >= 0)
                .ifPresent(timeout -> {
                    throw new InconclusiveTimingException("Inconclusive, not a target defect: the keeper was idle " + Durations.format(idle)
                            + " before the session ended (idle timeout " + Durations.format(timeout) + ") because the machine was slow, "
                            + "so the end may be the idle timeout — rerun with fewer -Dthreads or -Dmeasure.parallel");
                });
    }

    private static Bracket bracketOf(List<PageVisit> probes) {
        Duration lastAlive = probes.stream().filter(PageVisit::signedIn).map(v -> v.sinceSignIn().orElse(Duration.ZERO))
                .reduce((a, b) -> b).orElse(Duration.ZERO);
        return new Bracket(lastAlive, probes.stream().filter(v -> !v.signedIn()).findFirst().flatMap(PageVisit::sinceSignIn));
    }
}
