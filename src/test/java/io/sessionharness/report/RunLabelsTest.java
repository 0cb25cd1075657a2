package io.sessionharness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.testng.annotations.Test;

import io.qameta.allure.Severity;
import io.qameta.allure.model.Link;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.TestResult;

/** Browser and target as parameters and in the history id; a link per requirement; every scenario says both. */
public class RunLabelsTest {

    @Checks({Requirement.ASVS_3_3_2, Requirement.WSTG_SESS_07})
    public void aScenario() {
        // only its annotation is read
    }

    @Test
    public void browserAndTargetAreParametersAndPartOfTheHistory() throws NoSuchMethodException {
        Method scenario = RunLabelsTest.class.getMethod("aScenario");
        TestResult onChromium = labelled(scenario, "chromium-headless", "reference");
        TestResult onWebKit = labelled(scenario, "webkit", "reference");
        TestResult onAnotherSite = labelled(scenario, "chromium-headless", "django-admin");

        assertThat(onChromium.getParameters()).extracting(Parameter::getName, Parameter::getValue)
                .contains(tuple("browser", "chromium-headless"), tuple("target", "reference"));
        assertThat(List.of(onChromium.getHistoryId(), onWebKit.getHistoryId(), onAnotherSite.getHistoryId()))
                .as("one history per browser × target").doesNotHaveDuplicates().doesNotContain("same-method");
        assertThat(labelled(scenario, "chromium-headless", "reference").getHistoryId()).as("the same pair: the same history")
                .isEqualTo(onChromium.getHistoryId());
        assertThat(onChromium.getLinks()).extracting(Link::getName, Link::getUrl).containsExactly(
                tuple(Requirement.ASVS_3_3_2.title(), Requirement.ASVS_3_3_2.url()),
                tuple(Requirement.WSTG_SESS_07.title(), Requirement.WSTG_SESS_07.url()));
    }

    @Test
    public void everyScenarioHasASeverityAndTheRequirementsItChecks() throws IOException, ClassNotFoundException {
        List<String> missing = new ArrayList<>();
        int scenarios = 0;
        for (Class<?> type : scenarioClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(org.testng.annotations.Test.class)) {
                    scenarios++;
                    Checks checks = method.getAnnotation(Checks.class);
                    if (!method.isAnnotationPresent(Severity.class) || checks == null || checks.value().length == 0) {
                        missing.add(type.getSimpleName() + "#" + method.getName());
                    }
                }
            }
        }
        assertThat(scenarios).as("scenario methods found").isGreaterThan(30);
        assertThat(missing).as("scenarios without @Severity or @Checks").isEmpty();
    }

    @Test
    public void everyRequirementLinksToAPublishedPage() {
        for (Requirement requirement : Requirement.values()) {
            assertThat(requirement.url()).as(requirement.name()).startsWith("https://");
            assertThat(requirement.title()).as(requirement.name()).contains(":");
        }
    }

    private static TestResult labelled(Method scenario, String browser, String target) {
        TestResult result = new TestResult().setFullName("io.example.Scenarios.aScenario").setHistoryId("same-method");
        RunLabels.apply(result, scenario, browser, target);
        return result;
    }

    private static List<Class<?>> scenarioClasses() throws IOException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        for (String folder : List.of("io/sessionharness/scenarios", "io/sessionharness/measurement")) {
            Path root = Path.of("target/test-classes").resolve(folder);
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
                    String name = Path.of("target/test-classes").relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                    classes.add(Class.forName(name));
                }
            }
        }
        return classes;
    }
}
