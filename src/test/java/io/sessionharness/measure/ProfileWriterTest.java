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

    @Test
    public void keepsTheBlocksOwnIndentationAndLeavesNestedKeysAlone() throws Exception {
        try (TempHome home = new TempHome()) {
            Path profile = home.write("targets/x.yaml", """
                    policy:
                        idleTimeout: 15m
                        tokens:
                            idleTimeout: 1m
                    accounts: {list: []}
                    """);
            Files.setPosixFilePermissions(profile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
            ProfileWriter.writePolicy(profile, Map.of("idleTimeout", Duration.ofSeconds(600)), LocalDate.parse("2026-12-01"));
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(profile)))
                    .as("the profile's own permissions, not the temporary file's").isEqualTo("rw-rw-r--");
            assertThat(Files.readString(profile)).isEqualTo("""
                    policy:
                        idleTimeout: 600s   # measured 2026-12-01
                        tokens:
                            idleTimeout: 1m
                    accounts: {list: []}
                    """);
            try (var leftovers = Files.list(profile.getParent())) {
                assertThat(leftovers.map(p -> p.getFileName().toString())).as("no temporary file left beside it").containsExactly("x.yaml");
            }
        }
    }

    @Test
    public void aFlowStylePolicyIsRefusedWithItsLineAndTheFileUntouched() throws Exception {
        try (TempHome home = new TempHome()) {
            String text = "name: x\npolicy: {idleTimeout: 15m, tolerance: 30s}\n";
            Path profile = home.write("targets/x.yaml", text);
            assertThat(ProfileWriter.problemWith(profile, "targets/x.yaml")).hasValue("targets/x.yaml line 2: measure.write edits a block-style"
                    + " policy (policy:, then one key per line), not the flow style policy: {…} — write the policy as a block, or leave measure.write off");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProfileWriter.writePolicy(profile, Map.of("idleTimeout", Duration.ofSeconds(1)),
                    LocalDate.parse("2026-12-01"))).hasMessageContaining("flow style");
            assertThat(Files.readString(profile)).isEqualTo(text);
        }
    }
}
