package io.sessionharness.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Whether two runs gave the same verdicts: {@code VerdictsAgree NAME=RESULTS_DIR NAME=RESULTS_DIR} compares, scenario
 * by scenario, every scenario both ran — its status and, for a failure or an observed weakness, its report category
 * (as {@link VerdictTable} writes them) — and prints one line per difference. The second run's scenarios must all be
 * in the first (the first may be a larger suite): one the first never ran is a difference too. {@code ./run-tests} uses it to hold a
 * run over several targets and browsers to the single-target runs of the same combinations. Exit 0 when they agree
 * (and share at least one scenario), 1 on a difference, 2 on bad input.
 */
public final class VerdictsAgree {

    private VerdictsAgree() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        List<String> problems = new ArrayList<>();
        if (args.length != 2) {
            problems.add("usage: VerdictsAgree NAME=RESULTS_DIR NAME=RESULTS_DIR");
        }
        for (String arg : args) {
            if (!arg.matches("[^=]+=.+")) {
                problems.add("'" + arg + "': expected NAME=RESULTS_DIR");
            } else if (!Files.isDirectory(Path.of(arg.substring(arg.indexOf('=') + 1)))) {
                problems.add(arg.substring(arg.indexOf('=') + 1) + ": no such folder of Allure results");
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(problem -> err.println("error: " + problem));
            return VerdictCheck.BAD_INPUT;
        }
        String oneName = args[0].substring(0, args[0].indexOf('='));
        String otherName = args[1].substring(0, args[1].indexOf('='));
        Map<String, ActualVerdict> one = ActualVerdict.byScenario(Path.of(args[0].substring(args[0].indexOf('=') + 1)));
        Map<String, ActualVerdict> other = ActualVerdict.byScenario(Path.of(args[1].substring(args[1].indexOf('=') + 1)));
        TreeSet<String> both = new TreeSet<>(one.keySet());
        both.retainAll(other.keySet());
        if (both.isEmpty()) {
            err.println("error: " + oneName + " and " + otherName + " share no scenario: nothing was compared");
            return 1;
        }
        int differences = 0;
        for (String scenario : new TreeSet<>(other.keySet())) {
            if (!one.containsKey(scenario)) {
                differences++;
                out.println("differs: " + scenario + ": " + otherName + " " + VerdictTable.cell(other.get(scenario)) + ", not run in " + oneName);
            }
        }
        for (String scenario : both) {
            String a = VerdictTable.cell(one.get(scenario));
            String b = VerdictTable.cell(other.get(scenario));
            if (!a.equals(b)) {
                differences++;
                out.println("differs: " + scenario + ": " + oneName + " " + a + one.get(scenario).because() + ", " + otherName + " " + b
                        + other.get(scenario).because());
            }
        }
        out.println(differences == 0 ? oneName + " and " + otherName + ": the same verdicts on all " + both.size() + " scenarios both ran"
                : differences + " difference(s) between " + oneName + " and " + otherName + " (" + both.size() + " scenarios both ran)");
        return differences == 0 ? 0 : 1;
    }
}
