package io.sessionharness.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.testng.annotations.Test;

public class SecretTest {

    @Test
    public void secretsAreMaskedWhereverTheyAppear() {
        Secret secret = Secret.of("canary-password-7f3a");
        assertThat(secret.toString()).doesNotContain("canary");
        assertThat(Secret.maskKnown("login with canary-password-7f3a failed")).isEqualTo("login with [redacted] failed");
        Secret.register("node0sessionvalue123");
        assertThat(Secret.maskKnown("Cookie: JSESSIONID=node0sessionvalue123.node0")).isEqualTo("Cookie: JSESSIONID=[redacted].node0");
    }

    @Test
    public void wordLikeCookieValuesAreNotMaskedInsideOtherText() {
        Secret.registerObserved("enabled");
        Secret.registerObserved("Zq81xLm0PaC");
        assertThat(Secret.maskKnown("the feature is enabled; token Zq81xLm0PaC")).isEqualTo("the feature is enabled; token [redacted]");
        assertThat(Secret.isKnownShort("enabled")).isTrue();
    }

    @Test
    public void fingerprintsTellValuesApartWithoutShowingThem() {
        assertThat(Secret.fingerprint("abc")).matches("sha256:[0-9a-f]{8}").isNotEqualTo(Secret.fingerprint("abd"));
        assertThat(Secret.fingerprint("")).isEqualTo("(empty)");
    }

    @Test
    public void aPageShowingAGivenPasswordIsToldApartFromOneShowingAnObservedValue() {
        Secret.of("given-pw-9Q8w7e");
        Secret.registerObserved("observed-cookie-4r5t6y");
        assertThat(Secret.showsGiven("Your password is given-pw-9Q8w7e")).isTrue();
        assertThat(Secret.showsGiven("session observed-cookie-4r5t6y")).isFalse();
    }

    @Test
    public void aShortSecretIsMaskedOnlyAsAWholeValue() {
        Secret.register("4Z");
        assertThat(Secret.isKnownShort("4Z")).isTrue();
        assertThat(Secret.maskKnown("a 4Z b")).isEqualTo("a 4Z b");
    }
}
