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

    @Test
    public void aSessionCookiesValueInAnAddressIsFoundUnderAnyNameAndNeverPrinted() {
        NetworkLog log = new NetworkLog();
        log.record(Instant.now(), "GET", "http://127.0.0.1:1/login", 200, false,
                Map.of("Set-Cookie", List.of("SID=5e55i0n-1d-4a7b9c; Path=/; HttpOnly\ntheme=dark-blue-mode; Path=/\nlang=en; Path=/")));
        log.record(Instant.now(), "POST", "http://127.0.0.1:1/login", 303, false, Map.of("Location", List.of("/account?ref=5e55i0n-1d-4a7b9c")));
        log.record(Instant.now(), "GET", "http://127.0.0.1:1/account?ref=5e55i0n-1d-4a7b9c", 200, false, Map.of());
        log.record(Instant.now(), "GET", "http://127.0.0.1:1/s/5e55i0n-1d-4a7b9c/help?theme=dark-blue-mode&lang=en", 200, false, Map.of());
        List<String> found = log.sessionIdsInAddresses("SID"::equals);
        assertThat(found).hasSize(3).startsWith(
                "SID in the Location /account?ref=[redacted] answering POST http://127.0.0.1:1/login",
                "SID in GET http://127.0.0.1:1/account?ref=[redacted]");
        // Every cookie value is a secret: the other cookie's value in the same address is masked too.
        assertThat(found.get(2)).startsWith("SID in GET http://127.0.0.1:1/s/[redacted]/help?theme=[redacted]&lang=");
        assertThat(String.join("\n", found)).doesNotContain("5e55i0n");
        assertThat(log.sessionIdsInAddresses("lang"::equals)).as("a value shorter than " + NetworkLog.SHORTEST_ID + " characters is not looked for").isEmpty();
        assertThat(log.sessionIdsInAddresses("theme"::equals)).hasSize(1);
    }

    @Test
    public void anAnswerCarriesAccountDataOnlyWhenAScriptAskedForItWithTheSessionsCredentials() {
        NetworkLog log = new NetworkLog();
        Map<String, List<String>> json = Map.of("Content-Type", List.of("application/json"));
        log.record(Instant.now(), "GET", "http://127.0.0.1:1/api/page", 200, false, json, new NetworkLog.Sent(true, "fetch"));
        log.record(Instant.now(), "GET", "http://127.0.0.1:1/settings", 200, false, json, new NetworkLog.Sent(true, "xmlhttprequest"));
        log.record(Instant.now(), "GET", "http://127.0.0.1:1/public.json", 200, false, json, new NetworkLog.Sent(false, "fetch"));
        log.record(Instant.now(), "GET", "http://127.0.0.1:1/account", 200, false, Map.of("Content-Type", List.of("text/html")),
                new NetworkLog.Sent(true, "document"));
        log.record(Instant.now(), "GET", "http://127.0.0.1:1/app.js", 200, false, Map.of("Content-Type", List.of("text/javascript")),
                new NetworkLog.Sent(true, ""));
        log.record(Instant.now(), "GET", "http://127.0.0.1:1/flows", 200, false, json, new NetworkLog.Sent(true, ""));
        assertThat(log.all()).filteredOn(NetworkLog.Exchange::credentialedData).extracting(NetworkLog.Exchange::url)
                .as("fetch and XMLHttpRequest with credentials, or JSON where the browser does not say who asked")
                .containsExactly("http://127.0.0.1:1/api/page", "http://127.0.0.1:1/settings", "http://127.0.0.1:1/flows");
    }
}
