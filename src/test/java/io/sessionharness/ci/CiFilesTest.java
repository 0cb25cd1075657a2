package io.sessionharness.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.Phases;
import org.testng.annotations.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The CI examples and the Grid compose file parse, and say what the README promises: the GitHub workflows run in
 * Debian (a real Chromium from apt) and publish JUnit XML and the Allure report; the compose file's Grid is on the
 * loopback only, with node session timeouts above the scenarios' idle waits; the Jenkinsfile is valid Groovy that
 * publishes JUnit XML and Allure and maps the harness's exit codes.
 */
public class CiFilesTest {

    @Test
    public void theNightlyWorkflowRunsInDebianAndPublishesJunitAndAllure() throws IOException {
        Map<String, Object> workflow = yaml(Path.of(".github/workflows/nightly.yml"));
        Map<String, Object> suite = map(map(workflow.get("jobs")).get("suite"));
        assertThat(String.valueOf(map(suite.get("container")).get("image"))).startsWith("debian:");
        String steps = String.valueOf(suite.get("steps"));
        assertThat(steps).contains("./run-suite", "target/scenario-reports/*.xml", "action-junit-report", "reports/allure-report/history",
                "upload-pages-artifact");
        assertThat(steps).as("Java comes from run-suite's apt install inside Debian").doesNotContain("setup-java");
    }

    @Test
    public void theWeeklyWorkflowRunsInDebianToo() throws IOException {
        Map<String, Object> long_ = map(map(yaml(Path.of(".github/workflows/weekly-long.yml")).get("jobs")).get("long"));
        assertThat(String.valueOf(map(long_.get("container")).get("image"))).startsWith("debian:");
        assertThat(String.valueOf(long_.get("steps"))).contains("-Dsuite=long", "target/scenario-reports/*.xml");
    }

    @Test
    public void theComposeGridListensOnLoopbackWithLongNodeSessions() throws IOException {
        Map<String, Object> services = map(yaml(Path.of("grid/compose.yaml")).get("services"));
        assertThat(services).containsKeys("selenium-hub", "chrome", "firefox");
        assertThat(String.valueOf(map(services.get("selenium-hub")).get("ports"))).contains("127.0.0.1:4444:4444");
        for (String node : List.of("chrome", "firefox")) {
            Map<String, Object> environment = map(map(services.get(node)).get("environment"));
            assertThat(environment.get("SE_EVENT_BUS_HOST")).as(node).isEqualTo("selenium-hub");
            assertThat(Integer.parseInt(String.valueOf(environment.get("SE_NODE_SESSION_TIMEOUT")))).as(node + " session timeout (s)")
                    .isGreaterThanOrEqualTo(3600);
        }
        String gridVersion = Files.readString(Path.of("grid/pom.xml")).replaceAll("(?s).*<selenium-grid.version>([^<]+)<.*", "$1");
        assertThat(String.valueOf(services)).as("images on the Grid version the project runs").contains(":" + gridVersion);
    }

    @Test
    public void theJenkinsfileIsGroovyAndPublishesJunitAndAllure() throws IOException {
        String jenkinsfile = Files.readString(Path.of("Jenkinsfile"));
        CompilationUnit unit = new CompilationUnit();
        unit.addSource("Jenkinsfile", jenkinsfile);
        unit.compile(Phases.CONVERSION); // throws on a syntax error, naming line and column
        assertThat(jenkinsfile).contains("junit testResults: 'target/scenario-reports/*.xml'", "allure ", "status == 1", "status == 5");
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return map(new Yaml(options).load(Files.readString(file)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
