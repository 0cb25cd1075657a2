package io.sessionharness.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a run against a third-party target's expected verdicts, written down beforehand from its documentation and
 * a plain HTTP probe ({@code targets/<name>.expected.md}): every scenario the run reported must have a row, every
 * row must have been run, and each verdict must be the expected one ({@code failed: text} also needs the failure
 * message to contain the text, so a failure for another reason does not count). With {@code --probe}, the probe's
 * {@code fact: value} lines must match the table's probe section too. Exit 0 when all agree, 1 when anything
 * differs, 2 on bad input. The table is read by {@link ExpectedVerdicts}, the run's results by {@link ActualVerdict}.
 */
public final class VerdictCheck {

    public static final int AGREES = 0;
    public static final int DIFFERS = 1;
    public static final int BAD_INPUT = 2;

    /** The skip reasons of keys a drafted profile leaves to a human (the timeouts no page shows). */
    private static final List<String> DRAFT_LEAVES_TO_A_HUMAN = List.of("declares no idle timeout", "declares no absolute timeout");

    private VerdictCheck() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--draft")) {
                options.put("--draft", "yes");
                continue;
            }
            if (!List.of("--expected", "--results", "--probe", "--target").contains(args[i]) || i + 1 >= args.length) {
                err.println("usage: VerdictCheck --expected targets/NAME.expected.md --results ALLURE_RESULTS_DIR [--target NAME] [--probe PROBE_OUTPUT] [--draft]");
                return BAD_INPUT;
            }
            options.put(args[i], args[++i]);
        }
        if (!options.containsKey("--expected") || !options.containsKey("--results")) {
            err.println("error: --expected and --results are both needed");
            return BAD_INPUT;
        }
        Path expectedFile = Path.of(options.get("--expected"));
        Path results = Path.of(options.get("--results"));
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(expectedFile)) {
            problems.add(expectedFile + ": no such file");
        }
        if (!Files.isDirectory(results)) {
            problems.add(results + ": no such folder of Allure results");
        }
        Optional<Path> probe = Optional.ofNullable(options.get("--probe")).map(Path::of);
        probe.filter(p -> !Files.isRegularFile(p)).ifPresent(p -> problems.add(p + ": no such probe output"));
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("error: " + p));
            return BAD_INPUT;
        }
        ExpectedVerdicts expected;
        try {
            expected = ExpectedVerdicts.read(expectedFile);
        } catch (IllegalArgumentException e) {
            e.getMessage().lines().forEach(line -> err.println("error: " + line));
            return BAD_INPUT;
        }
        List<String> differences = new ArrayList<>();
        probe.ifPresent(p -> differences.addAll(compareProbe(expected, readFacts(p), out)));
        differences.addAll(compareVerdicts(expected, ActualVerdict.byScenario(results, Optional.ofNullable(options.get("--target"))), out, options.containsKey("--draft")));
        if (differences.isEmpty()) {
            out.println("verdicts agree with " + expectedFile + ": " + expected.scenarios().size() + " scenarios"
                    + (probe.isPresent() ? ", " + expected.facts().size() + " probe facts" : ""));
            return AGREES;
        }
        differences.forEach(d -> err.println("differs: " + d));
        err.println(differences.size() + " difference(s) from " + expectedFile + ": a harness defect to fix, or a finding to"
                + " explain there with independent evidence — never an expectation copied from the harness's output");
        return DIFFERS;
    }

    private static List<String> compareProbe(ExpectedVerdicts expected, Map<String, String> facts, PrintStream out) {
        List<String> differences = new ArrayList<>();
        expected.facts().forEach((fact, value) -> {
            String seen = facts.get(fact);
            if (seen == null) {
                differences.add("probe fact '" + fact + "' expected " + value + ", but the probe did not report it");
            } else if (!seen.equals(value)) {
                differences.add("probe fact '" + fact + "' expected " + value + ", the probe saw " + seen);
            } else {
                out.println("ok  probe " + fact + ": " + seen);
            }
        });
        facts.keySet().stream().filter(f -> !expected.facts().containsKey(f))
                .forEach(f -> differences.add("probe fact '" + f + "' (" + facts.get(f) + ") has no row in the table"));
        return differences;
    }

    /**
     * With {@code draft} (a run with a drafted profile), a scenario skipped for want of what a draft leaves to a human
     * — the idle and absolute timeouts, which pages do not show — is listed, not a difference; anything else must agree.
     */
    private static List<String> compareVerdicts(ExpectedVerdicts expected, Map<String, ActualVerdict> actual, PrintStream out, boolean draft) {
        List<String> differences = new ArrayList<>();
        expected.scenarios().forEach((scenario, verdict) -> {
            ActualVerdict seen = actual.get(scenario);
            if (seen == null) {
                differences.add(scenario + ": expected " + verdict + ", but the run did not report it");
                return;
            }
            if (draft && seen.status().equals("skipped") && !verdict.status().equals("skipped") && DRAFT_LEAVES_TO_A_HUMAN.stream().anyMatch(seen.message()::contains)) {
                out.println("human  " + scenario + ": skipped (" + seen.message() + "), where the table expects " + verdict);
                return;
            }
            if (!seen.status().equals(verdict.status())) {
                differences.add(scenario + ": expected " + verdict + ", was " + seen.status() + seen.because());
            } else if (!seen.message().contains(verdict.reason())) {
                differences.add(scenario + ": expected " + verdict + ", was " + seen.status() + " for another reason" + seen.because());
            } else {
                out.println("ok  " + scenario + ": " + seen.status());
            }
        });
        actual.keySet().stream().filter(s -> !expected.scenarios().containsKey(s))
                .forEach(s -> differences.add(s + ": " + actual.get(s).status() + ", but the table has no row for it"));
        return differences;
    }

    private static Map<String, String> readFacts(Path probe) {
        Map<String, String> facts = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(probe)) {
                int colon = line.indexOf(": ");
                if (colon > 0 && !line.startsWith("error") && !line.startsWith("note")) {   // notes say how, not what
                    facts.put(line.substring(0, colon).trim(), line.substring(colon + 2).trim());
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return facts;
    }
}
