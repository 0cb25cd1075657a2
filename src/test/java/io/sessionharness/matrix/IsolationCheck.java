package io.sessionharness.matrix;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.sessionharness.matrix.DetectionMatrix.Outcome;
import io.sessionharness.matrix.DetectionMatrix.Run;
import io.sessionharness.referenceapp.Defect;

/**
 * Targets side by side in one run stay apart (scripts/isolation-check, in ./run-tests): two embedded reference sites,
 * each with a different seeded defect switched on, both given the catchers of both defects in one TestNG run. Each
 * defect must be caught on its own site, in its category, and the other site's catchers must pass there — a cookie,
 * account or session crossing from one site to the other would fail a scenario on the wrong site or pass one on the
 * right. Exit 0 when both hold, 1 otherwise; every line printed names the site and the scenario.
 */
public final class IsolationCheck {

    /** Two defects on two differently built sites, their catchers apart: a tampered cookie accepted, an identity cookie replayed. */
    static final List<Defect> DEFECTS = List.of(Defect.TAMPERED_COOKIE_ACCEPTED, Defect.IDENTITY_COOKIE_OUTLIVES_SIGN_OUT);

    private IsolationCheck() {
    }

    public static void main(String[] args) {
        List<MatrixCase> cases = DEFECTS.stream().map(IsolationCheck::caseOf).toList();
        Set<String> everyCatcher = new LinkedHashSet<>();
        cases.forEach(c -> everyCatcher.addAll(c.catchers()));
        List<Run> runs = cases.stream().map(c -> new Run("isolation: " + c.target() + " with " + c.defect().key(), c.target(), Set.of(c.defect()),
                new ArrayList<>(everyCatcher), Optional.of(c.category()), c.fragment())).toList();
        if (runs.get(0).target().equals(runs.get(1).target())) {
            throw new IllegalStateException("the isolation check needs two different sites: " + runs.get(0).target());
        }
        Map<String, Map<String, Outcome>> outcomes = DetectionMatrix.runSideBySide(runs);
        if (undecided(cases, runs, outcomes)) {
            // Broken or skipped (a slow machine's inconclusive timing) is no verdict on isolation: one more run decides,
            // as the detection matrix does. Nothing that already told a defect on the wrong site is run again.
            System.out.println("   broken or skipped, not a verdict on isolation — running both sites once more");
            runs = runs.stream().map(run -> new Run(run.label() + " (again)", run.target(), run.defects(), run.scenarios(), run.category(), run.fragment())).toList();
            outcomes = DetectionMatrix.runSideBySide(runs);
        }
        List<String> problems = problems(cases, runs, outcomes);
        Map<String, Map<String, Outcome>> seen = outcomes;
        System.out.println();
        // "Scenario#method OUTCOME", never "name=value": a method named like a session parameter reads as a credential to the scan.
        runs.forEach(run -> System.out.println(run.label() + ": " + String.join(", ", seen.getOrDefault(run.label(), Map.of()).entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).toList())));
        if (problems.isEmpty()) {
            System.out.println("isolation: each defect caught on its own site only, the other site's catchers passed there");
        } else {
            problems.forEach(problem -> System.out.println("not isolated: " + problem));
        }
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    /** Each run's own defect's catchers caught it (FAILED, in its category); every other catcher passed there. */
    static List<String> problems(List<MatrixCase> cases, List<Run> runs, Map<String, Map<String, Outcome>> outcomes) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            Map<String, Outcome> seen = outcomes.getOrDefault(run.label(), Map.of());
            for (String scenario : run.scenarios()) {
                boolean own = cases.get(i).catchers().contains(scenario);
                Outcome expected = own ? Outcome.FAILED : Outcome.PASSED;
                Outcome outcome = seen.get(scenario);
                if (outcome != expected) {
                    problems.add(run.target() + " (" + cases.get(i).defect().key() + " on): " + scenario + " " + (outcome == null ? "did not run" : outcome)
                            + ", expected " + (own ? "to catch its own site's defect" : "to pass: the defect is the other site's"));
                }
            }
        }
        return problems;
    }

    /** Something broke, was skipped or did not run, and nothing told a defect on the wrong site or missed one on its own. */
    static boolean undecided(List<MatrixCase> cases, List<Run> runs, Map<String, Map<String, Outcome>> outcomes) {
        boolean anyUndecided = false;
        for (int i = 0; i < runs.size(); i++) {
            Map<String, Outcome> seen = outcomes.getOrDefault(runs.get(i).label(), Map.of());
            for (String scenario : runs.get(i).scenarios()) {
                Outcome outcome = seen.get(scenario);
                boolean own = cases.get(i).catchers().contains(scenario);
                if (outcome == null || outcome == Outcome.BROKEN || outcome == Outcome.SKIPPED) {
                    anyUndecided = true;
                } else if (outcome != (own ? Outcome.FAILED : Outcome.PASSED)) {
                    return false;
                }
            }
        }
        return anyUndecided;
    }

    private static MatrixCase caseOf(Defect defect) {
        return MatrixCase.all().stream().filter(c -> c.defect() == defect).findFirst()
                .orElseThrow(() -> new IllegalStateException("no matrix case for " + defect.key()));
    }
}
