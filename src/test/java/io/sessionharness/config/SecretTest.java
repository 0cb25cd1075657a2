package io.sessionharness.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.testng.annotations.Test;

public class SecretTest {

    @Test
    public void secretsAreMaskedWhereverTheyAppear() {
        Secret secret = Secret.of("canary-password-7f3a");
        assertThat(secret.toString()).doesNotContain("canary");
        assertThat(Secret.maskAll("login with canary-password-7f3a failed")).isEqualTo("login with [redacted] failed");
        Secret.register("node0sessionvalue123");
        assertThat(Secret.maskAll("Cookie: JSESSIONID=node0sessionvalue123.node0")).isEqualTo("Cookie: JSESSIONID=[redacted].node0");
    }
}
