package io.sessionharness.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.testng.annotations.Test;

import io.sessionharness.testsupport.TempHome;

public class ProfileWriterTest {

    @Test
    public void replacesOrAddsTimeoutsInThePolicyBlockAndKeepsTheRest() throws Exception {
        try (TempHome home = new TempHome()) {
            Path profile = home.write("targets/x.yaml", """
                    # our staging site
                    site: {baseUrl: "https://staging.example.test/"}
                    policy:
                      idleTimeout: 15m      # what the ticket says
                      tolerance: 30s
                    accounts: {list: []}
                    """);
            Map<String, Duration> measured = new LinkedHashMap<>();
            measured.put("idleTimeout", Duration.ofSeconds(1020));
            measured.put("absoluteTimeout", Duration.ofMillis(28_800_500));
            ProfileWriter.writePolicy(profile, measured, LocalDate.parse("2026-11-23"));
            assertThat(Files.readString(profile)).isEqualTo("""
                    # our staging site
                    site: {baseUrl: "https://staging.example.test/"}
                    policy:
                      absoluteTimeout: 28800500ms   # measured 2026-11-23
                      idleTimeout: 1020s   # measured 2026-11-23
                      tolerance: 30s
                    accounts: {list: []}
                    """);
        }
    }
}
