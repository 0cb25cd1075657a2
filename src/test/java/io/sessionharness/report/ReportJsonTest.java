package io.sessionharness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.json.Json;
import org.openqa.selenium.json.TypeToken;
import org.testng.annotations.Test;

/** The report files the harness writes itself are JSON a parser reads back exactly: regexes, quotes, line breaks. */
public class ReportJsonTest {

    @Test
    public void categoriesReadBackAsWritten() {
        List<Map<String, Object>> read = new Json().toType(Categories.toAllureJson(), new TypeToken<List<Map<String, Object>>>() {}.getType());
        assertThat(read).hasSize(Categories.ALL.size());
        for (int i = 0; i < read.size(); i++) {
            Categories.Category category = Categories.ALL.get(i);
            assertThat(read.get(i)).containsEntry("name", category.name()).containsEntry("matchedStatuses", List.of(category.status()));
            if (category.messageRegex() != null || i > 0) {
                assertThat(read.get(i)).containsEntry("messageRegex", Categories.exclusiveRegex(i));
            }
        }
    }

    /** As Allure reads categories.json: every matching category counts, so exactly one may match each result. */
    @Test
    public void allureFilesEveryResultUnderExactlyTheCategoryTheSummaryNames() {
        List<Map<String, Object>> read = new Json().toType(Categories.toAllureJson(), new TypeToken<List<Map<String, Object>>>() {}.getType());
        List<String[]> results = List.of(
                new String[] {"failed", "The session outlived its declared limit — alice opened /account after 9.0 s idle"},
                new String[] {"failed", "The session ended too early — expected it still alive: … Still signed in"},
                new String[] {"broken", "Unrecognised page — profile or site? The page said: outlived, Still signed in, could not sign in as qa1"},
                new String[] {"failed", "Draft lost: the text typed before expiry was gone"},
                new String[] {"failed", "a one-time link said 'already used' on its first opening"},
                new String[] {"broken", "alice could not sign in as qa1: Wrong username or password."},
                new String[] {"broken", "Profile or site? The page matches the markers of two states"},
                new String[] {"broken", "org.openqa.selenium.NoSuchSessionException: the browser has closed the connection"},
                new String[] {"broken", "Inconclusive, not a target defect: alice opened /account after 3.5 s idle … Still signed in"},
                new String[] {"broken", "Measurement not made: the kept-busy session's last visit was an error page, not a clean end"},
                new String[] {"passed", "Observed weakness: one-time links are used up by opening them"});
        for (String[] result : results) {
            List<String> matched = read.stream()
                    .filter(c -> ((List<?>) c.get("matchedStatuses")).contains(result[0]))
                    .filter(c -> c.get("messageRegex") == null || java.util.regex.Pattern.compile((String) c.get("messageRegex")).matcher(result[1]).matches())
                    .map(c -> (String) c.get("name")).toList();
            assertThat(matched).as(result[0] + ": " + result[1]).containsExactly(Categories.of(result[0], result[1]).orElseThrow().name());
        }
    }

    @Test
    public void anUnsureAnswerIsInconclusiveNotInfrastructureNorAVerdict() {
        assertThat(Categories.of("broken", "Inconclusive, not a target defect: the keeper was idle 6.0 s")).hasValueSatisfying(
                c -> assertThat(c.name()).isEqualTo(Categories.INCONCLUSIVE));
        assertThat(Categories.of("broken", "Measurement not made: the kept-busy session's last visit was the site's error page")).hasValueSatisfying(
                c -> assertThat(c.name()).isEqualTo(Categories.INCONCLUSIVE));
        assertThat(Categories.of("broken", "java.net.ConnectException: Connection refused")).hasValueSatisfying(
                c -> assertThat(c.name()).isEqualTo(Categories.INFRASTRUCTURE));
        assertThat(Categories.of("broken", "java.lang.IllegalStateException: Measurement not made: … /sso/callback?code=[redacted]")).hasValueSatisfying(
                c -> assertThat(c.name()).as("masked on its way to the report: after its class").isEqualTo(Categories.INCONCLUSIVE));
        assertThat(Categories.shortName(Categories.INCONCLUSIVE)).isEqualTo("Inconclusive");
    }

    @Test
    public void anExecutorWithQuotesBackslashesAndControlCharactersStaysOneValidDocument() {
        String awkward = "build \"7\" \\ on\nline\ttwo \u0001";
        String json = CiExecutor.detect(Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKFLOW", awkward, "GITHUB_RUN_NUMBER", "7",
                "GITHUB_SERVER_URL", "https://ci.example.test", "GITHUB_REPOSITORY", "o/r", "GITHUB_RUN_ID", "1")).orElseThrow();
        Map<String, Object> read = new Json().toType(json, Json.MAP_TYPE);
        assertThat(String.valueOf(read.get("buildName"))).contains(awkward);
    }
}
