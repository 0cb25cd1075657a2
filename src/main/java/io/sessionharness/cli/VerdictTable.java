package io.sessionharness.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.sessionharness.report.Categories;

/**
 * Every scenario's verdict on each bundled target, side by side, from the Allure results of one run per target:
 * {@code VerdictTable [--out FILE] NAME=RESULTS_DIR...} prints a markdown table (a failure or a broken scenario with
 * its report category) — what {@code ./run-tests} prints at its end and docs/trust.md shows. Exit 2 on bad input.
 */
public final class VerdictTable {

    private VerdictTable() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Map<String, Path> columns = new LinkedHashMap<>();
        Path outFile = null;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out") && i + 1 < args.length) {
                outFile = Path.of(args[++i]);
            } else if (args[i].matches("[^=]+=.+")) {
                Path dir = Path.of(args[i].substring(args[i].indexOf('=') + 1));
                if (!Files.isDirectory(dir)) {
                    problems.add(dir + ": no such folder of Allure results");
                }
                columns.put(args[i].substring(0, args[i].indexOf('=')), dir);
            } else {
                problems.add("'" + args[i] + "': expected NAME=RESULTS_DIR or --out FILE");
            }
        }
        if (columns.isEmpty() && problems.isEmpty()) {
            problems.add("usage: VerdictTable [--out FILE] NAME=RESULTS_DIR...");
        }
        if (!problems.isEmpty()) {
            problems.forEach(problem -> err.println("error: " + problem));
            return VerdictCheck.BAD_INPUT;
        }
        Map<String, Map<String, ActualVerdict>> verdicts = new LinkedHashMap<>();
        for (Map.Entry<String, Path> column : columns.entrySet()) {
            verdicts.put(column.getKey(), ActualVerdict.byScenario(column.getValue()));
        }
        String table = markdown(verdicts);
        out.print(table);
        if (outFile != null) {
            Files.writeString(outFile, table, StandardCharsets.UTF_8);
        }
        return 0;
    }

    static String markdown(Map<String, Map<String, ActualVerdict>> verdicts) {
        TreeSet<String> scenarios = new TreeSet<>();
        verdicts.values().forEach(column -> scenarios.addAll(column.keySet()));
        StringBuilder md = new StringBuilder("| scenario |");
        verdicts.keySet().forEach(name -> md.append(' ').append(name).append(" |"));
        md.append("\n|---|").append("---|".repeat(verdicts.size())).append('\n');
        for (String scenario : scenarios) {
            md.append("| ").append(scenario).append(" |");
            verdicts.values().forEach(column -> md.append(' ').append(cell(column.get(scenario))).append(" |"));
            md.append('\n');
        }
        return md.toString();
    }

    static String cell(ActualVerdict actual) {
        if (actual == null) {
            return "·";
        }
        if (actual.status().equals("skipped")) {
            return actual.status();
        }
        // A failure names its category, and so does a pass that observed a weakness: "passed (Observed weakness)".
        return actual.status() + Categories.of(actual.status(), actual.message()).map(c -> " (" + Categories.shortName(c.name()) + ")").orElse("");
    }
}
