package io.sessionharness.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.testng.annotations.Test;

import io.sessionharness.config.Secret;

/** The server's answers as recorded from the browser: no cookie value survives, however the browser joins them. */
public class NetworkLogTest {

    @Test
    public void everyCookieOfAnAnswerIsFingerprintedWhenTheBrowserJoinsThemWithNewlines() {
        NetworkLog log = new NetworkLog();
        // One answer with three Set-Cookie headers, as BiDi reports it: one value, the cookies separated by newlines.
        // Before, only the first cookie was masked and the session JWT after it was printed in full.
        String joined = "KC_RESTART=r3start-9f8e7d6c5b4a; Path=/\nKEYCLOAK_IDENTITY=eyJhbGciOiJIUzI1NiJ9.eyJzaWQiOiJhYmMifQ.c2ln; Path=/; HttpOnly"
                + "\nKEYCLOAK_SESSION=realm/9a8b7c6d-5e4f; Path=/";
        log.record(Instant.now(), "POST", "http://127.0.0.1:1/login", 302, false, Map.of("Set-Cookie", List.of(joined)));
        String recorded = log.all().get(0).describe("http://127.0.0.1:1/");
        assertThat(recorded).contains("KC_RESTART=sha256:", "KEYCLOAK_IDENTITY=sha256:", "KEYCLOAK_SESSION=sha256:", "HttpOnly")
                .doesNotContain("r3start-9f8e7d6c5b4a", "eyJ", "9a8b7c6d-5e4f");
        assertThat(Secret.maskKnown("replayed realm/9a8b7c6d-5e4f")).isEqualTo("replayed [redacted]");
    }

    @Test
    public void aRedirectsLongParameterValuesAndTheRequestsCredentialsAreRegisteredAndKeptMasked() {
        NetworkLog log = new NetworkLog();
        NetworkLog.sawRequestHeaders(Map.of("Authorization", List.of("Bearer opaque-T0ken-4b5c6d7e"), "Cookie", List.of("APP=c00kie-v4lue-31; theme=dark")));
        assertThat(Secret.maskKnown("sent opaque-T0ken-4b5c6d7e and c00kie-v4lue-31")).isEqualTo("sent [redacted] and [redacted]");
        log.record(Instant.now(), "GET", "http://127.0.0.1:1/login", 302, false,
                Map.of("Location", List.of("/login-actions/authenticate?execution=ab12cd34ef56gh&client_id=account&next=/home/")));
        assertThat(log.all().get(0).describe("http://127.0.0.1:1/")).contains("execution=[redacted]", "client_id=account", "next=/home/");
        assertThat(Secret.maskKnown("later: ab12cd34ef56gh")).isEqualTo("later: [redacted]");
        log.record(Instant.now(), "GET", "http://127.0.0.1:1/x", 302, false, Map.of("Location", List.of("opaque-T0ken-4b5c6d7e")));
        assertThat(log.all().get(1).describe("http://127.0.0.1:1/")).contains("location: sha256:");
    }
}
