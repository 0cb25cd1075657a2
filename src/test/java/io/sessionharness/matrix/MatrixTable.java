package io.sessionharness.matrix;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.sessionharness.matrix.DetectionMatrix.Outcome;
import io.sessionharness.referenceapp.Defect;
import io.sessionharness.report.Categories;

/**
 * The defect × scenario table: CAUGHT (the scenario failed in the defect's category), other (it failed in another
 * category: not caught), missed (it passed), broken, skipped, or "·" (not run).
 */
final class MatrixTable {

    private final List<MatrixCase> cases;
    private final Map<Defect, Map<String, Outcome>> rows;
    private final Map<String, Map<String, Outcome>> correct;
    private final List<String> columns;

    MatrixTable(List<MatrixCase> cases, Map<Defect, Map<String, Outcome>> rows, Map<String, Map<String, Outcome>> correct) {
        this.cases = cases;
        this.rows = rows;
        this.correct = correct;
        Set<String> scenarios = new LinkedHashSet<>();
        cases.forEach(c -> scenarios.addAll(c.catchers()));
        this.columns = new ArrayList<>(scenarios);
    }

    int defects() {
        return cases.size();
    }

    /**
     * Caught when every scenario the case names failed in the defect's category: a scenario listed as a catcher that
     * passed on the defect would be a claim nobody proved ("this scenario can fail").
     */
    boolean caught(Defect defect) {
        Map<String, Outcome> row = rows.getOrDefault(defect, Map.of());
        return cases.stream().filter(c -> c.defect() == defect).findFirst()
                .map(c -> !c.catchers().isEmpty() && c.catchers().stream().allMatch(catcher -> row.get(catcher) == Outcome.FAILED))
                .orElse(false);
    }

    int caughtCount() {
        return (int) cases.stream().filter(c -> caught(c.defect())).count();
    }

    int correctRuns() {
        return correct.values().stream().mapToInt(Map::size).sum();
    }

    int correctProblems() {
        return (int) correct.values().stream().flatMap(m -> m.values().stream()).filter(o -> o != Outcome.PASSED).count();
    }

    /** True when every defect was caught and the correct site passed every scenario (and every expected one ran). */
    boolean proven() {
        int expected = correct.keySet().stream().mapToInt(target -> (int) cases.stream().filter(c -> c.target().equals(target))
                .flatMap(c -> c.catchers().stream()).distinct().count()).sum();
        return caughtCount() == defects() && correctProblems() == 0 && correctRuns() == expected;
    }

    String problems() {
        List<String> lines = new ArrayList<>();
        cases.stream().filter(c -> !caught(c.defect())).forEach(c -> lines.add((rows.getOrDefault(c.defect(), Map.of()).containsValue(Outcome.MISCAUGHT)
                ? "caught for another reason (expected '" + c.category() + "'): " : "missed (every scenario listed must catch it): ") + c.defect().key()
                + " " + rows.get(c.defect())));
        correct.forEach((target, outcomes) -> outcomes.forEach((scenario, outcome) -> {
            if (outcome != Outcome.PASSED) {
                lines.add("correct site " + target + ": " + scenario + " " + outcome);
            }
        }));
        return String.join("\n", lines);
    }

    String render() {
        StringBuilder text = new StringBuilder();
        text.append("Scenarios (columns):\n");
        for (int i = 0; i < columns.size(); i++) {
            text.append(String.format("  S%-2d %s%n", i + 1, columns.get(i)));
        }
        text.append(String.format("%n%-30s %-7s", "defect", "verdict"));
        for (int i = 0; i < columns.size(); i++) {
            text.append(String.format(" %-7s", "S" + (i + 1)));
        }
        text.append('\n');
        for (MatrixCase matrixCase : cases) {
            boolean other = rows.getOrDefault(matrixCase.defect(), Map.of()).containsValue(Outcome.MISCAUGHT);
            text.append(String.format("%-30s %-7s", matrixCase.defect().key(), caught(matrixCase.defect()) ? "caught" : other ? "OTHER" : "MISSED"));
            for (String column : columns) {
                Outcome outcome = rows.getOrDefault(matrixCase.defect(), Map.of()).get(column);
                text.append(String.format(" %-7s", matrixCase.catchers().contains(column) ? (outcome == null ? "no run" : outcome.asCatcher()) : "·"));
            }
            text.append('\n');
        }
        text.append(String.format("%-30s %-7s", "(correct site)", correctProblems() == 0 ? "clean" : "NOT OK"));
        for (String column : columns) {
            Outcome outcome = correct.values().stream().map(m -> m.get(column)).filter(o -> o != null).findFirst().orElse(null);
            text.append(String.format(" %-7s", outcome == null ? "no run" : outcome == Outcome.PASSED ? "passed" : outcome.name().toLowerCase()));
        }
        return text.append('\n').toString();
    }

    String markdown() {
        StringBuilder md = new StringBuilder("| defect | modelled on | must fail as | caught by |\n|---|---|---|---|\n");
        for (MatrixCase matrixCase : cases) {
            List<String> by = matrixCase.catchers().stream()
                    .filter(c -> rows.getOrDefault(matrixCase.defect(), Map.of()).get(c) == Outcome.FAILED)
                    .map(c -> c.substring(c.indexOf('.') + 1)).toList();
            md.append("| `").append(matrixCase.defect().key()).append("` ").append(matrixCase.defect().title()).append(" | ")
                    .append(matrixCase.defect().modelledOn()).append(" | ").append(Categories.shortName(matrixCase.category())).append(" | ")
                    .append(by.isEmpty() ? (rows.getOrDefault(matrixCase.defect(), Map.of()).containsValue(Outcome.MISCAUGHT)
                            ? "**failed for another reason**" : "**missed**") : String.join(", ", by)).append(" |\n");
        }
        return md.toString();
    }
}
