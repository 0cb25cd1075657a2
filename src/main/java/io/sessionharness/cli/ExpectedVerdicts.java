package io.sessionharness.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tables of an expected-verdicts file: probe facts (fact | value | …) and scenarios (scenario | verdict | …). */
record ExpectedVerdicts(Map<String, String> facts, Map<String, Verdict> scenarios) {

    private static final List<String> VERDICTS = List.of("passed", "failed", "broken", "skipped");

    /** One expected verdict: a status, and for {@code failed: text} the text the failure message must contain. */
    record Verdict(String status, String reason) {

        static Verdict parse(String cell) {
            int colon = cell.indexOf(':');
            return colon < 0 ? new Verdict(cell, "") : new Verdict(cell.substring(0, colon).trim(), cell.substring(colon + 1).trim());
        }

        @Override
        public String toString() {
            return reason.isEmpty() ? status : status + ": " + reason;
        }
    }

    static ExpectedVerdicts read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage());
        }
        Map<String, String> facts = new LinkedHashMap<>();
        Map<String, Verdict> scenarios = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String table = null;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).trim();
            if (!line.startsWith("|")) {
                table = null;
                continue;
            }
            List<String> cells = cells(line);
            if (table == null) {
                table = cells.isEmpty() ? "" : cells.get(0).toLowerCase(java.util.Locale.ROOT);
                continue;
            }
            if (cells.isEmpty() || cells.get(0).startsWith("---") || cells.size() < 2) {
                continue;
            }
            String key = cells.get(0).replace("`", "");
            String value = cells.get(1).replace("`", "");
            String where = file + ":" + (n + 1) + ": ";
            if (table.equals("fact")) {
                putOnce(facts, key, value, where, problems);
            } else if (table.equals("scenario")) {
                Verdict verdict = Verdict.parse(value);
                if (!VERDICTS.contains(verdict.status())) {
                    problems.add(where + "verdict '" + value + "' is none of " + String.join(", ", VERDICTS) + " (or 'failed: text')");
                } else if (!key.matches("[A-Za-z0-9_]+\\.[A-Za-z0-9_]+")) {
                    problems.add(where + "scenario '" + key + "' is not Class.method");
                } else {
                    putOnce(scenarios, key, verdict, where, problems);
                }
            }
        }
        if (scenarios.isEmpty()) {
            problems.add(file + ": no table whose first column is 'scenario'");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new ExpectedVerdicts(facts, scenarios);
    }

    private static <V> void putOnce(Map<String, V> into, String key, V value, String where, List<String> problems) {
        if (into.putIfAbsent(key, value) != null) {
            problems.add(where + "'" + key + "' has a row already");
        }
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.trim());
        }
        return cells;
    }
}
