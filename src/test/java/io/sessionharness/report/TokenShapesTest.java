package io.sessionharness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/**
 * A path segment's shape decides whether the masker hides it. Random tokens of the shapes real sites put in links are
 * drawn from a seeded generator (the same draws on every run), and what the rules leave unmasked is measured: a rule
 * that keeps one token in seventy in the report (the old entropy threshold on Django-shaped tokens) fails here.
 */
public class TokenShapesTest {

    private static final int DRAWS = 20_000;

    @DataProvider
    public Object[][] tokenShapes() {
        return new Object[][] {
            // shape, generator from random bytes, how many of DRAWS may stay unmasked at most
            {"Django password-reset token (base-36 time, dash, 20 hex)", (Function<Random, String>) r -> "tpotp4-" + hex(r, 10), 0},
            {"20 hex digits", (Function<Random, String>) r -> hex(r, 10), 10},
            {"32 hex digits", (Function<Random, String>) r -> hex(r, 16), 0},
            {"UUID", (Function<Random, String>) r -> new UUID(r.nextLong(), r.nextLong()).toString(), 10},
            {"base64url of 16 bytes (22 characters)", (Function<Random, String>) r -> base64url(r, 16), 200},
            {"base64url of 32 bytes (43 characters)", (Function<Random, String>) r -> base64url(r, 32), 40},
        };
    }

    @Test(dataProvider = "tokenShapes")
    public void randomTokensAreTokens(String shape, Function<Random, String> token, int mayStay) {
        Random random = new Random(shape.hashCode());
        int unmasked = 0;
        String example = null;
        for (int i = 0; i < DRAWS; i++) {
            String drawn = token.apply(random);
            if (!TokenShapes.looksLikeToken(drawn)) {
                unmasked++;
                example = example == null ? drawn : example;
            }
        }
        assertThat(unmasked).as("%s: %d of %d random ones not taken for a token (first: %s)", shape, unmasked, DRAWS, example)
                .isLessThanOrEqualTo(mayStay);
    }

    @Test
    public void namesAndSlugsAreNotTokens() {
        for (String name : new String[] {"07-Testing_Session_Timeout", "tab-separated-values", "2023-12-07-release-notes-v2",
                "surefire6512345487945231230tmp", "x86_64-linux-gnu", "webkit2gtk-4", "07-My-Big-Fat-Greek-Wedding-2",
                "chromium-headless", "session-expiry-harness", "reference-two-cookies", "jetty-0_0_0_0-8080-war",
                "GettingStartedWithSelenium", "deadbeefcafe", "aaaa1111bbbb2222"}) {
            assertThat(TokenShapes.looksLikeToken(name)).as(name).isFalse();
        }
    }

    @Test
    public void aOneTimeLinkIsMaskedWhateverItsDigitsHappenToBe() {
        // Drawn once: its 20 hex digits have 2.9 bits a character, under the entropy threshold the rule used to have.
        String token = "tpotp4-6eee8ae66a4bdb394e4e";
        assertThat(Redactor.mask("location: http://127.0.0.2:41625/idp/continue/MQ/" + token + "/")).doesNotContain(token).contains("/MQ/[redacted]/");
    }

    private static String hex(Random random, int bytes) {
        byte[] drawn = new byte[bytes];
        random.nextBytes(drawn);
        return HexFormat.of().formatHex(drawn);
    }

    private static String base64url(Random random, int bytes) {
        byte[] drawn = new byte[bytes];
        random.nextBytes(drawn);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(drawn);
    }
}
