package io.sessionharness.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.json.Json;

import io.sessionharness.report.Categories;

/**
 * The end-of-run summary from the Allure results: counts per status and per category, the report path, and an exit
 * code CI can act on: 0 passed (at least one scenario ran, none failed or broke), 1 target failures, 4 no target failure
 * but scenarios broken (infrastructure, a sign-in that did not get through, a page the profile does not describe), 5 nothing ran (every scenario skipped — a nightly whose browser is missing is not green), 6 the
 * harness could not read its results (a result file it cannot parse, unless a target failure already makes it 1).
 */
public final class RunSummary {

    public static final int PASSED = 0;
    public static final int TARGET_FAILURES = 1;
    public static final int INFRASTRUCTURE_FAILURES = 4;
    public static final int NOTHING_RAN = 5;
    public static final int HARNESS_FAILURE = 6;

    private RunSummary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RunSummary <allure-results folder> <report index.html>");
            System.exit(2);
        }
        int code;
        try {
            code = summarise(Path.of(args[0]), args[1], System.out);
        } catch (IOException | RuntimeException e) {
            // Never 1: that would say "target defects" about a harness that could not read its own results.
            System.err.println("error: the run's results could not be summarised (" + e + ")");
            code = HARNESS_FAILURE;
        }
        System.exit(code);
    }

    static int summarise(Path results, String reportPath, PrintStream out) throws IOException {
        List<Result> latest = latestPerScenario(results);
        List<String> unreadable = unreadable(results);
        Map<String, Long> byStatus = latest.stream().collect(Collectors.groupingBy(Result::status, TreeMap::new, Collectors.counting()));
        out.printf("Summary: %d scenarios — %d passed, %d failed, %d broken, %d skipped%n", latest.size(),
                byStatus.getOrDefault("passed", 0L), byStatus.getOrDefault("failed", 0L),
                byStatus.getOrDefault("broken", 0L), byStatus.getOrDefault("skipped", 0L));
        Map<String, Long> byCategory = new LinkedHashMap<>();
        for (Result result : latest) {
            Categories.of(result.status(), result.message())
                    .ifPresent(category -> byCategory.merge(result.status() + ": " + category.name(), 1L, Long::sum));
        }
        byCategory.forEach((category, count) -> out.printf("  %d × %s%n", count, category));
        perCombination(latest).forEach(out::println);
        out.println("Report: " + reportPath);
        if (!unreadable.isEmpty()) {
            // A truncated result may be a failure: it must not vanish from the exit code.
            out.println(unreadable.size() + " result file(s) could not be read, so their verdicts are unknown: " + String.join(", ", unreadable));
        }
        if (byStatus.getOrDefault("failed", 0L) > 0) {
            return TARGET_FAILURES;
        }
        if (!unreadable.isEmpty()) {
            return HARNESS_FAILURE;
        }
        if (byStatus.getOrDefault("broken", 0L) > 0) {
            return INFRASTRUCTURE_FAILURES;
        }
        if (byStatus.getOrDefault("passed", 0L) == 0) {
            out.println("Nothing ran: every scenario was skipped (see the reasons in the report) — exit " + NOTHING_RAN);
            return NOTHING_RAN;
        }
        return PASSED;
    }

    /** A run over several targets or browsers: passed/failed/broken/skipped per target × browser, one line each. */
    static List<String> perCombination(List<Result> latest) {
        // A result without its browser and target (a suite whose harness never started) is in the totals above only.
        Map<String, Map<String, Long>> counts = latest.stream().filter(r -> !r.combination().contains("?"))
                .collect(Collectors.groupingBy(Result::combination, TreeMap::new,
                Collectors.groupingBy(Result::status, Collectors.counting())));
        if (counts.size() < 2) {
            return List.of();
        }
        int width = Math.max("target on browser".length(), counts.keySet().stream().mapToInt(String::length).max().orElse(0));
        List<String> lines = new java.util.ArrayList<>();
        lines.add(String.format("  %-" + width + "s  passed  failed  broken  skipped", "target on browser"));
        counts.forEach((combination, byStatus) -> lines.add(String.format("  %-" + width + "s  %6d  %6d  %6d  %7d", combination,
                byStatus.getOrDefault("passed", 0L), byStatus.getOrDefault("failed", 0L), byStatus.getOrDefault("broken", 0L),
                byStatus.getOrDefault("skipped", 0L))));
        return lines;
    }

    /** Retried scenarios leave several results with one historyId: the last attempt is the verdict. */
    static List<Result> latestPerScenario(Path results) throws IOException {
        if (!Files.isDirectory(results)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(results)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-result.json"))
                    .map(RunSummary::read)
                    .flatMap(Optional::stream)
                    .collect(Collectors.toMap(Result::historyId, Function.identity(),
                            (a, b) -> a.stop() >= b.stop() ? a : b))
                    .values().stream()
                    .sorted(Comparator.comparing(Result::name))
                    .toList();
        }
    }

    /** The result files that are not readable JSON results (a run killed while writing one). */
    static List<String> unreadable(Path results) throws IOException {
        if (!Files.isDirectory(results)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(results)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-result.json")).filter(f -> read(f).isEmpty())
                    .map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static Optional<Result> read(Path file) {
        try {
            Map<String, Object> json = new Json().toType(Files.readString(file), Json.MAP_TYPE);
            Object details = json.get("statusDetails");
            String message = details instanceof Map<?, ?> map && map.get("message") != null ? String.valueOf(map.get("message")) : "";
            Map<String, String> parameters = ActualVerdict.parameters(json);
            return Optional.of(new Result(String.valueOf(json.getOrDefault("historyId", file.toString())),
                    String.valueOf(json.get("name")), String.valueOf(json.get("status")), message,
                    json.get("stop") instanceof Number n ? n.longValue() : 0L,
                    parameters.getOrDefault("target", "?") + " on " + parameters.getOrDefault("browser", "?")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** One scenario's verdict; {@code combination}: its target and browser parameters, "staging on webkit". */
    record Result(String historyId, String name, String status, String message, long stop, String combination) {
    }
}
