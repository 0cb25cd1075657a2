package io.sessionharness.matrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.testng.ITestListener;
import org.testng.ITestResult;
import org.testng.TestNG;
import org.testng.xml.XmlClass;
import org.testng.xml.XmlInclude;
import org.testng.xml.XmlSuite;
import org.testng.xml.XmlTest;

import io.sessionharness.referenceapp.Defect;
import io.sessionharness.report.Categories;
import io.sessionharness.testng.HarnessSuiteListener;
import io.sessionharness.testng.SuiteProgress;

/**
 * The harness proves itself (scripts/detection-matrix): the scenarios that should catch each seeded defect run against
 * the embedded reference site with that defect switched on, and all of them run against the correct site. Prints
 * the defect × scenario table, writes it into the Allure results (and target/detection-matrix.md), and exits 1 unless
 * every defect was caught (a scenario <em>failed</em>) and the correct site had no failure and nothing broken.
 */
public final class DetectionMatrix {

    private DetectionMatrix() {
    }

    /**
     * Arguments: defect keys (default every defect); {@code --defects-only} leaves the correct-site runs out — for
     * ./run-tests, whose own stages run every catching scenario against each correct target already.
     */
    public static void main(String[] args) {
        List<String> given = List.of(args);
        boolean defectsOnly = given.contains("--defects-only");
        List<String> keys = given.stream().filter(arg -> !arg.startsWith("--")).toList();
        List<MatrixCase> cases = keys.isEmpty() ? MatrixCase.all() : MatrixCase.all().stream().filter(c -> keys.contains(c.defect().key())).toList();
        Instant began = Instant.now();
        Map<String, Map<String, Outcome>> correct = new LinkedHashMap<>();
        if (!defectsOnly) {
            List<Run> correctRuns = targets(cases).stream()
                    .map(target -> new Run("correct site (" + target + ")", target, Set.<Defect>of(), catchersOn(cases, target), Optional.empty(), "")).toList();
            Map<String, Map<String, Outcome>> outcomes = runSideBySide(correctRuns);
            correctRuns.forEach(run -> correct.put(run.target(), outcomes.get(run.label())));
        }
        Map<Defect, Map<String, Outcome>> rows = new LinkedHashMap<>();
        Map<String, Map<String, Outcome>> first = runSideBySide(cases.stream().map(c -> Run.of(c, "")).toList());
        cases.forEach(c -> rows.put(c.defect(), first.get(Run.of(c, "").label())));
        // Inconclusive (a timing check that found the machine too slow) or broken is no verdict on the catcher: one more
        // run decides. A catcher that passed is never run again.
        List<MatrixCase> again = cases.stream().filter(c -> undecided(c, rows.get(c.defect()))).toList();
        again.forEach(c -> System.out.println("   " + c.defect().key() + " " + rows.get(c.defect()) + ": inconclusive or broken, not missed — running it once more"));
        Map<String, Map<String, Outcome>> second = runSideBySide(again.stream().map(c -> Run.of(c, " (again)")).toList());
        again.forEach(c -> rows.put(c.defect(), second.get(Run.of(c, " (again)").label())));
        MatrixTable table = new MatrixTable(cases, rows, correct);
        String text = table.render();
        System.out.println();
        System.out.println(text);
        System.out.printf("%d defects, %d caught; correct site: %s — %s in total%n", cases.size(), table.caughtCount(),
                defectsOnly ? "not run here (--defects-only: ./run-tests runs the same scenarios against each correct target in its own stages)"
                        : table.correctRuns() + " scenario runs, " + table.correctProblems() + " not passed",
                format(Duration.between(began, Instant.now())));
        if (!table.proven()) {
            // Last, so that a CI log cut short above still names what was not proven.
            System.out.println("not proven:\n" + table.problems().indent(2).stripTrailing());
        }
        write(Path.of("target/detection-matrix.md"), table.markdown());
        writeAllureResult(table, text);
        System.exit(table.proven() ? 0 : 1);
    }

    /**
     * One TestNG suite of the matrix: {@code scenarios} ("Class#method") against {@code target} with {@code defects}
     * on. With a {@code category}, a failure counts as caught only in that report category (Categories, as Allure and the
     * console summary file it); a failure in another is MISCAUGHT, printed with the category it fell into.
     */
    record Run(String label, String target, Set<Defect> defects, List<String> scenarios, Optional<String> category, String fragment) {

        /** The catchers of {@code matrixCase} against its target with its defect on, judged by its category and fragment. */
        static Run of(MatrixCase matrixCase, String suffix) {
            return new Run("defect: " + matrixCase.defect().key() + suffix, matrixCase.target(), Set.of(matrixCase.defect()),
                    matrixCase.catchers(), Optional.of(matrixCase.category()), matrixCase.fragment());
        }
    }

    /**
     * How many of the matrix's suites run side by side (each its own site; all of them taking turns at the run's action
     * slots): {@code -Dmatrix.suites}, 4 by default — one at a time where browsers are counted (a Grid, a profile with a
     * session limit such as real Safari), since each suite would count them as its own.
     */
    private static int suitesAtOnce() {
        io.sessionharness.config.HarnessConfig config = io.sessionharness.config.HarnessConfig.resolve();
        boolean counted = config.gridUrl().isPresent()
                || new io.sessionharness.browser.BrowserProfiles(config.home()).load(config.browser()).sessions() > 0;
        return counted ? 1 : Integer.getInteger("matrix.suites", 4);
    }

    /** No catcher passed or failed for another reason, and at least one was skipped, broken or did not run. */
    static boolean undecided(MatrixCase matrixCase, Map<String, Outcome> outcomes) {
        boolean anyUndecided = matrixCase.catchers().stream().map(outcomes::get)
                .anyMatch(o -> o == null || o == Outcome.SKIPPED || o == Outcome.BROKEN);
        boolean anyDecidedAgainst = matrixCase.catchers().stream().map(outcomes::get)
                .anyMatch(o -> o == Outcome.PASSED || o == Outcome.MISCAUGHT);
        return anyUndecided && !anyDecidedAgainst;
    }

    private static Set<String> targets(List<MatrixCase> cases) {
        Set<String> targets = new LinkedHashSet<>();
        cases.forEach(c -> targets.add(c.target()));
        return targets;
    }

    private static List<String> catchersOn(List<MatrixCase> cases, String target) {
        Set<String> catchers = new LinkedHashSet<>();
        cases.stream().filter(c -> c.target().equals(target)).forEach(c -> catchers.addAll(c.catchers()));
        return new ArrayList<>(catchers);
    }

    /**
     * The runs in one TestNG run in this JVM, each a suite of its own with its target and defects as suite options
     * (HarnessSuiteListener's {@code option.} parameters), {@link #suitesAtOnce()} at a time: each suite has its own
     * embedded site, while all of them share the run's action slots — a scenario that waits holds none, so the matrix's
     * waits overlap instead of adding up. Returns each run's outcomes by its label.
     */
    static Map<String, Map<String, Outcome>> runSideBySide(List<Run> runs) {
        Map<String, Map<String, Outcome>> outcomes = new java.util.concurrent.ConcurrentHashMap<>();
        if (runs.isEmpty()) {
            return outcomes;
        }
        Map<String, Optional<String>> categories = new LinkedHashMap<>();
        Map<String, String> fragments = new LinkedHashMap<>();
        List<XmlSuite> suites = new ArrayList<>();
        for (Run run : runs) {
            System.out.println("== " + run.label() + ": " + run.scenarios().size() + " scenario(s)");
            outcomes.put(run.label(), new java.util.concurrent.ConcurrentHashMap<>());
            categories.put(run.label(), run.category());
            fragments.put(run.label(), run.fragment());
            suites.add(suiteOf(run));
        }
        TestNG testng = new TestNG(false);
        testng.setUseDefaultListeners(false);
        testng.setXmlSuites(suites);
        testng.setSuiteThreadPoolSize(Math.max(1, Math.min(suitesAtOnce(), suites.size())));
        testng.addListener(new HarnessSuiteListener());
        testng.addListener(new SuiteProgress());
        testng.addListener(new ITestListener() {
            // A data-driven scenario runs once per row: it caught the defect when any row failed.
            @Override
            public void onTestSuccess(ITestResult result) {
                outcomesOf(result).merge(key(result), Outcome.PASSED, Outcome::worse);
            }

            @Override
            public void onTestFailure(ITestResult result) {
                if (!(result.getThrowable() instanceof AssertionError)) {
                    outcomesOf(result).merge(key(result), Outcome.BROKEN, Outcome::worse);
                    return;
                }
                Optional<String> category = categories.get(result.getTestContext().getSuite().getName());
                String fragment = fragments.getOrDefault(result.getTestContext().getSuite().getName(), "");
                String message = String.valueOf(result.getThrowable().getMessage());
                String filed = Categories.of("failed", message).map(Categories.Category::name).orElse("(none)");
                boolean rightCategory = category.map(filed::equals).orElse(true);
                boolean saysWhat = message.contains(fragment);
                boolean rightReason = rightCategory && saysWhat;
                if (!rightCategory) {
                    System.out.println("   " + key(result) + " failed under '" + filed + "', not '" + category.get() + "': " + firstLine(message));
                } else if (!saysWhat) {
                    System.out.println("   " + key(result) + " failed without saying '" + fragment + "': " + firstLine(message));
                }
                outcomesOf(result).merge(key(result), rightReason ? Outcome.FAILED : Outcome.MISCAUGHT, Outcome::worse);
            }

            @Override
            public void onTestSkipped(ITestResult result) {
                outcomesOf(result).merge(key(result), Outcome.SKIPPED, Outcome::worse);
            }

            private Map<String, Outcome> outcomesOf(ITestResult result) {
                return outcomes.get(result.getTestContext().getSuite().getName());
            }
        });
        testng.run();
        Map<String, Map<String, Outcome>> inOrder = new LinkedHashMap<>();
        runs.forEach(run -> inOrder.put(run.label(), new LinkedHashMap<>(outcomes.get(run.label()))));
        return inOrder;
    }

    /** {@code run} as a suite: its scenarios, its target and defects as the suite's own options. */
    private static XmlSuite suiteOf(Run run) {
        XmlSuite suite = new XmlSuite();
        suite.setName(run.label());
        // Its scenarios all at once (a few each): the suites side by side share the machine, so none sizes itself for all of it.
        suite.setParameters(Map.of("option.target", run.target(),
                "option.reference.defects", String.join(",", run.defects().stream().map(Defect::key).toList()),
                "option.threads", Integer.toString(Math.max(1, run.scenarios().size()))));
        XmlTest test = new XmlTest(suite);
        test.setName(run.label());
        Map<String, XmlClass> classes = new LinkedHashMap<>();
        for (String scenario : run.scenarios()) {
            String[] parts = scenario.split("#");
            XmlClass xmlClass = classes.computeIfAbsent(parts[0], name -> new XmlClass("io.sessionharness.scenarios." + name, false));
            xmlClass.getIncludedMethods().add(new XmlInclude(parts[1]));
        }
        test.setXmlClasses(new ArrayList<>(classes.values()));
        return suite;
    }

    private static String firstLine(String message) {
        String line = String.valueOf(message).lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static String key(ITestResult result) {
        String className = result.getTestClass().getRealClass().getName().replace("io.sessionharness.scenarios.", "");
        return className + "#" + result.getMethod().getMethodName();
    }

    private static void writeAllureResult(MatrixTable table, String text) {
        Path results = Path.of(System.getProperty("allure.results.directory", "target/allure-results"));
        String uuid = UUID.randomUUID().toString();
        String attachment = uuid + "-matrix.txt";
        long now = System.currentTimeMillis();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("uuid", uuid);
        result.put("historyId", "detection-matrix");
        result.put("name", "Detection matrix: " + table.caughtCount() + " of " + table.defects() + " seeded defects caught, correct site "
                + (table.correctProblems() == 0 ? "clean" : table.correctProblems() + " problem(s)"));
        result.put("fullName", "io.sessionharness.matrix.DetectionMatrix");
        result.put("status", table.proven() ? "passed" : "failed");
        result.put("statusDetails", Map.of("message", table.proven() ? "" : table.problems()));
        result.put("stage", "finished");
        result.put("start", now);
        result.put("stop", now);
        result.put("labels", List.of(Map.of("name", "parentSuite", "value", "detection matrix"),
                Map.of("name", "epic", "value", "The harness proves itself")));
        result.put("attachments", List.of(Map.of("name", "defect × scenario", "source", attachment, "type", "text/plain")));
        String json = new org.openqa.selenium.json.Json().toJson(result);
        write(results.resolve(uuid + "-result.json"), json);
        write(results.resolve(attachment), text);
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String format(Duration duration) {
        return duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
    }

    /** What one scenario did in one run. */
    enum Outcome {
        PASSED("missed"), FAILED("CAUGHT"), MISCAUGHT("other"), BROKEN("broken"), SKIPPED("skipped");

        private final String asCatcher;

        Outcome(String asCatcher) {
            this.asCatcher = asCatcher;
        }

        String asCatcher() {
            return asCatcher;
        }

        /** The more telling of two rows' outcomes: failed, failed for another reason, broken, skipped, passed. */
        static Outcome worse(Outcome a, Outcome b) {
            return rank(a) >= rank(b) ? a : b;
        }

        private static int rank(Outcome outcome) {
            return switch (outcome) {
                case FAILED -> 4;
                case MISCAUGHT -> 3;
                case BROKEN -> 2;
                case SKIPPED -> 1;
                case PASSED -> 0;
            };
        }
    }
}
