package io.sessionharness.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sessionharness.config.Durations;
import io.sessionharness.site.Compliance;

/** Pass/fail per compliance requirement, from the measured timeouts and the observed rules. */
public final class ComplianceVerdicts {

    private ComplianceVerdicts() {
    }

    public enum Outcome { PASS, FAIL, NOT_MEASURED }

    /** A rule as one person's visit showed it: met or not, and in which case (what was seen). */
    public record RuleSeen(boolean met, String how) {
    }

    public record Verdict(Compliance.Requirement requirement, Outcome outcome, String figure) {
        public String line() {
            return String.format("%-12s %-24s %-8s %-52s %s", outcome, requirement.standard(), requirement.clause(), requirement.text(), figure);
        }
    }

    /**
     * A timeout passes when the session had certainly ended by the ceiling (the bracket's upper end is within it);
     * a rule passes when the scenario observed it.
     */
    public static List<Verdict> judge(List<Compliance.Requirement> requirements, Measurements measured, Map<Compliance.Metric, RuleSeen> rules) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Compliance.Requirement requirement : requirements) {
            verdicts.add(switch (requirement.metric()) {
                case IDLE_TIMEOUT -> timeout(requirement, measured.get(Measurements.IDLE_TIMEOUT));
                case ABSOLUTE_TIMEOUT -> timeout(requirement, measured.get(Measurements.ABSOLUTE_TIMEOUT));
                default -> rule(requirement, Optional.ofNullable(rules.get(requirement.metric())));
            });
        }
        return verdicts;
    }

    private static Verdict timeout(Compliance.Requirement requirement, Optional<Bracket> bracket) {
        String ceiling = "≤ " + Durations.format(requirement.limit());
        if (bracket.isEmpty()) {
            return new Verdict(requirement, Outcome.NOT_MEASURED, ceiling + ", not measured in this run");
        }
        boolean pass = bracket.get().upper().filter(upper -> upper.compareTo(requirement.limit()) <= 0).isPresent();
        return new Verdict(requirement, pass ? Outcome.PASS : Outcome.FAIL, ceiling + ", " + bracket.get().describe());
    }

    private static Verdict rule(Compliance.Requirement requirement, Optional<RuleSeen> observed) {
        return observed.map(seen -> new Verdict(requirement, seen.met() ? Outcome.PASS : Outcome.FAIL, (seen.met() ? "observed: " : "violated: ") + seen.how()))
                .orElseGet(() -> new Verdict(requirement, Outcome.NOT_MEASURED, "not checked in this run"));
    }
}
