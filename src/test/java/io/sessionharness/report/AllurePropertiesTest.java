package io.sessionharness.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.testng.annotations.Test;

import io.qameta.allure.util.ResultsUtils;

/** The shipped allure.properties: links keep whole URLs, and a team's tracker pattern set with -D wins. */
public class AllurePropertiesTest {

    @Test
    public void issueAndRequirementLinksKeepAWholeUrlByDefault() {
        assertThat(ResultsUtils.createIssueLink("https://tracker.example/QA-7").getUrl()).isEqualTo("https://tracker.example/QA-7");
        assertThat(ResultsUtils.createTmsLink("https://tms.example/case/12").getUrl()).isEqualTo("https://tms.example/case/12");
        assertThat(ResultsUtils.createLink("https://www.rfc-editor.org/rfc/rfc6265", "RFC 6265", null, "requirement").getUrl())
                .isEqualTo("https://www.rfc-editor.org/rfc/rfc6265");
    }

    @Test
    public void aPatternGivenOnTheCommandLineTurnsAnIssueKeyIntoItsUrl() {
        String key = "allure.link.issue.pattern";
        String before = System.getProperty(key);
        System.setProperty(key, "https://jira.example.com/browse/{}");
        try {
            assertThat(ResultsUtils.createIssueLink("QA-7").getUrl()).isEqualTo("https://jira.example.com/browse/QA-7");
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
    }
}
