package io.sessionharness.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import org.testng.annotations.Test;

import io.sessionharness.testsupport.ProjectHome;
import io.sessionharness.testsupport.TempHome;

/** The profile example of the user guide (docs/user-guide.md) is loaded as a real profile, so the docs cannot drift from the format. */
public class ReadmeProfileTest {

    @Test
    public void theReadmeExampleProfileLoads() throws Exception {
        String readme = Files.readString(ProjectHome.path().resolve("docs/user-guide.md"));
        int section = readme.indexOf("To test your own site");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        String yaml = readme.substring(start, readme.indexOf("```", start));
        try (TempHome home = new TempHome()) {
            home.write("targets/docs.yaml", yaml);
            home.write("secrets/qa2.txt", "from-a-file\n");
            TargetProfile profile = new TargetProfiles(home.path(), Map.of("STAGING_QA1_PASSWORD", "from-env")).load("docs");
            assertThat(profile.signIn().steps()).hasSize(2);
            assertThat(profile.accounts().fixed()).hasSize(2);
            assertThat(profile.policy().idleTimeout()).hasValue(Duration.ofMinutes(15));
            assertThat(profile.policy().concurrentSessions()).hasValue(SessionPolicy.ConcurrentSessions.ALLOW);
            assertThat(profile.policy().compliance()).isNotEmpty();
            assertThat(profile.baseUrl()).hasValueSatisfying(url -> assertThat(url.toString()).isEqualTo("https://staging.example.com/"));
        }
    }

    /** The draft the user guide prints (of reference-console) reads as a profile, markers and session as drafted. */
    @Test
    public void theReadmesPrintedDraftLoads() throws Exception {
        String readme = Files.readString(ProjectHome.path().resolve("docs/user-guide.md"));
        int section = readme.indexOf("is the draft of `reference-console`, as printed");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        String yaml = readme.substring(start, readme.indexOf("```", start)).replaceAll("(?m)^   ", "");
        try (TempHome home = new TempHome()) {
            home.write("targets/reference-console.draft.yaml", yaml);
            Map<String, String> env = Map.of("REFERENCE_CONSOLE_QA1_PASSWORD", "a", "REFERENCE_CONSOLE_QA2_PASSWORD", "b",
                    "REFERENCE_CONSOLE_QA3_PASSWORD", "c", "REFERENCE_CONSOLE_QA4_PASSWORD", "d");
            TargetProfile profile = new TargetProfiles(home.path(), env).load("reference-console.draft");
            assertThat(profile.preLoginCookie()).hasValue("APP_AUTH_SESSION");
            assertThat(profile.recognition().expired()).isPresent();
            assertThat(profile.accounts().fixed()).hasSize(4);
        }
    }
}
