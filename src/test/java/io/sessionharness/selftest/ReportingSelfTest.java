package io.sessionharness.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openqa.selenium.json.Json;
import org.testng.TestNG;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.testng.xml.XmlClass;
import org.testng.xml.XmlSuite;
import org.testng.xml.XmlTest;

import io.sessionharness.config.HarnessConfig;
import io.sessionharness.selftest.fixtures.InfrastructureFixtures;
import io.sessionharness.testng.HarnessSuiteListener;
import io.sessionharness.testng.SuiteProgress;

/**
 * Tests the harness's reporting by running scenarios that go wrong in-process and reading what Allure wrote:
 * infrastructure is broken, a target defect is failed with its evidence, and neither poisons the next scenario.
 */
public class ReportingSelfTest {

    private static final long SUITE_DEADLINE_SECONDS = 240;
    private Map<String, Map<String, Object>> results;
    private java.time.Instant fixturesStarted;

    @BeforeClass
    public void runFixtureSuite() throws Exception {
        XmlSuite suite = new XmlSuite();
        suite.setName("reporting self-test");
        XmlTest test = new XmlTest(suite);
        test.setName("fixtures");
        test.setXmlClasses(List.of(new XmlClass(InfrastructureFixtures.class)));
        TestNG testng = new TestNG(false);
        testng.setXmlSuites(List.of(suite));
        testng.addListener(new HarnessSuiteListener());
        testng.addListener(new SuiteProgress());
        testng.setUseDefaultListeners(false);
        // Its own thread: Allure keeps the current test per thread, and this test is itself being reported.
        fixturesStarted = java.time.Instant.now();
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            Future<?> run = runner.submit(testng::run);
            run.get(SUITE_DEADLINE_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the fixture suite hung for " + SUITE_DEADLINE_SECONDS + " s; where its threads were:\n" + stacksOfFixtureThreads(), e);
        } finally {
            runner.shutdownNow();
        }
        results = fixtureResults(HarnessConfig.resolve().resultsDir());
    }

    @Test
    public void aDeadDriverIsBrokenNotFailed() {
        Map<String, Object> result = results.get("driverDiesMidScenario");
        assertThat(result).as("result of driverDiesMidScenario").isNotNull();
        assertThat(result.get("status")).isEqualTo("broken");
    }

    @Test
    public void aCrashedBrowserIsBrokenNotFailed() {
        Map<String, Object> result = results.get("browserCrashesMidScenario");
        assertThat(result).as("result of browserCrashesMidScenario").isNotNull();
        assertThat(result.get("status")).isEqualTo("broken");
    }

    @Test
    public void aTargetDefectIsFailedWithItsEvidence() {
        Map<String, Object> result = results.get("targetMisbehaves");
        assertThat(result.get("status")).isEqualTo("failed");
        assertThat(String.valueOf(((Map<?, ?>) result.get("statusDetails")).get("message")))
                .contains("The session outlived its declared limit");
        assertThat(attachmentNames(result)).contains("on failure: alice's browser", "on failure: page source in alice's browser",
                "on failure: state of alice's browser", "on failure: server answers to alice's browser", "timeline");
    }

    @Test
    public void aScenarioBeyondTheCeilingIsSkippedWithItsExpectedWaitAndTheLongSuite() {
        Map<String, Object> result = results.get("beyondTheScenarioCeiling");
        assertThat(result).as("result of beyondTheScenarioCeiling").isNotNull();
        assertThat(result.get("status")).isEqualTo("skipped");
        assertThat(String.valueOf(((Map<?, ?>) result.get("statusDetails")).get("message")))
                .contains("expected to wait about 2:13:21", "longer than -Dmax.scenario=2:00:00", "-Dsuite=long");
    }

    @Test
    public void anUnrecognisedPageSaysWhatItWas() {
        Map<String, Object> result = results.get("pageTheProfileDoesNotDescribe");
        assertThat(result.get("status")).as("a profile gap is no target defect").isEqualTo("broken");
        assertThat(String.valueOf(((Map<?, ?>) result.get("statusDetails")).get("message")))
                .startsWith("Unrecognised page — profile or site?")
                .contains("title: Cache probe", "landmark ids: main#cache-probe", "text begins: Answer number");
        assertThat(attachmentNamesInSteps(result)).anyMatch(name -> name.startsWith("alice: the unrecognised page at /cache-probe"));
    }

    @Test
    public void anUnmarkedPageAnsweredWithAnErrorStatusIsTheSitesErrorPage() {
        Map<String, Object> result = results.get("unmarkedPageWithAnErrorStatus");
        assertThat(result).as("result of unmarkedPageWithAnErrorStatus").isNotNull();
        assertThat(result.get("status")).isEqualTo("failed");
        assertThat(String.valueOf(((Map<?, ?>) result.get("statusDetails")).get("message")))
                .startsWith("The site answered with an error page").contains("/self-test/status/404");
    }

    @Test
    public void aProxysServiceUnavailableIsInfrastructure() {
        Map<String, Object> result = results.get("proxyAnswers503");
        assertThat(result).as("result of proxyAnswers503").isNotNull();
        assertThat(result.get("status")).isEqualTo("broken");
        String message = String.valueOf(((Map<?, ?>) result.get("statusDetails")).get("message"));
        assertThat(message).contains("got HTTP 503", "infrastructure");
        assertThat(io.sessionharness.report.Categories.of("broken", message)).hasValueSatisfying(
                category -> assertThat(category.name()).isEqualTo(io.sessionharness.report.Categories.INFRASTRUCTURE));
    }

    @Test
    public void aPageTwoMarkersDescribeIsAmbiguousNamingBothNeverSettledByOrder() {
        Map<String, Object> result = results.get("pageTwoMarkersDescribe");
        assertThat(result).as("result of pageTwoMarkersDescribe").isNotNull();
        assertThat(result.get("status")).isEqualTo("broken");
        assertThat(String.valueOf(((Map<?, ?>) result.get("statusDetails")).get("message")))
                .startsWith("Profile or site? alice: the page at /self-test/overlapping-markers matches the markers of expired (element"
                        + " #session-expired + text \"Your session has expired\") and cookiesRequired (element #cookies-required)")
                .contains("title: Overlapping markers");
        assertThat(attachmentNamesInSteps(result)).anyMatch(name -> name.startsWith("alice: the ambiguous page at /self-test/overlapping-markers"));
    }

    @Test
    public void aSignInThatFailsIsBrokenWithWhatThePageSaid() {
        Map<String, Object> result = results.get("signInWithAWrongPassword");
        assertThat(result.get("status")).isEqualTo("broken");
        assertThat(String.valueOf(((Map<?, ?>) result.get("statusDetails")).get("message")))
                .contains("alice could not sign in as alice-", "and said: Wrong username or password.")
                .doesNotContain("ended too early");
    }

    @Test
    public void theNextScenarioIsUnharmed() {
        assertThat(results.get("nextScenarioIsUnharmed").get("status")).isEqualTo("passed");
    }

    /** Also the browser orphaned by the killed driver (no longer a descendant of this JVM): looked for machine-wide. */
    @Test
    public void noBrowserOrDriverIsLeftRunning() {
        List<String> leftovers = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.contains("chrom")).orElse(false))
                .filter(p -> p.info().startInstant().map(at -> !at.isBefore(fixturesStarted.minusSeconds(1))).orElse(false))
                .filter(ProcessHandle::isAlive)
                .map(p -> p.pid() + " " + p.info().command().orElse("?"))
                .toList();
        assertThat(leftovers).as("chromium/chromedriver processes started by the fixtures and still running").isEmpty();
    }

    private static String stacksOfFixtureThreads() {
        StringBuilder dump = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getName().startsWith("TestNG") || thread.getName().startsWith("quit ") || thread.getName().startsWith("pool-")) {
                dump.append(thread.getName()).append(" (").append(thread.getState()).append(")\n");
                for (StackTraceElement frame : stack) {
                    dump.append("    at ").append(frame).append('\n');
                }
            }
        });
        return dump.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> attachmentNames(Map<String, Object> result) {
        List<Map<String, Object>> attachments = (List<Map<String, Object>>) result.getOrDefault("attachments", List.of());
        return attachments.stream().map(a -> String.valueOf(a.get("name"))).toList();
    }

    /** The attachments of a result and of all its steps, however deep. */
    @SuppressWarnings("unchecked")
    private static List<String> attachmentNamesInSteps(Map<String, Object> item) {
        List<String> names = new java.util.ArrayList<>(attachmentNames(item));
        for (Map<String, Object> step : (List<Map<String, Object>>) item.getOrDefault("steps", List.of())) {
            names.addAll(attachmentNamesInSteps(step));
        }
        return names;
    }

    private static Map<String, Map<String, Object>> fixtureResults(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-result.json"))
                    .map(ReportingSelfTest::read)
                    .flatMap(Optional::stream)
                    .filter(r -> String.valueOf(r.get("fullName")).startsWith(InfrastructureFixtures.class.getName()))
                    .collect(java.util.stream.Collectors.toMap(r -> String.valueOf(r.get("fullName")).substring(
                            InfrastructureFixtures.class.getName().length() + 1), r -> r, (a, b) -> b));
        }
    }

    private static Optional<Map<String, Object>> read(Path file) {
        try {
            return Optional.of(new Json().toType(Files.readString(file), Json.MAP_TYPE));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
