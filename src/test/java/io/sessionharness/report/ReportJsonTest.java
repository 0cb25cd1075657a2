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
            if (category.messageRegex() != null) {
                assertThat(read.get(i)).containsEntry("messageRegex", category.messageRegex());
            }
        }
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
