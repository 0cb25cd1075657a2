package io.sessionharness.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.testng.annotations.Test;

import io.sessionharness.browser.NetworkLog;

/** The last contact with the target: its own answers only, so a late answer from elsewhere never shortens a measured idle. */
public class SessionClockTest {

    private static NetworkLog.Exchange answer(String url, long second) {
        return new NetworkLog.Exchange(Instant.ofEpochSecond(second), "GET", url, 200, false, Map.of());
    }

    @Test
    public void aLateAnswerFromAnotherHostOrAFaviconIsNoContactWithTheTarget() {
        URI base = URI.create("http://127.0.0.1:8080/app/");
        List<NetworkLog.Exchange> answers = List.of(answer("http://127.0.0.1:8080/app/account", 10), answer("http://127.0.0.1:8080/app/api/me", 11),
                answer("http://127.0.0.2:9000/analytics.js", 14), answer("http://127.0.0.1:8080/favicon.ico", 15),
                answer("http://127.0.0.1:8081/app/other-port", 16));
        assertThat(SessionClock.lastServerContact(answers, base)).contains(Instant.ofEpochSecond(11));
        assertThat(SessionClock.lastServerContact(List.of(answer("https://cdn.example/lib.js", 3)), base)).as("nothing from the target").isEmpty();
        assertThat(SessionClock.originOf("HTTPS://Example.org/x")).isEqualTo("https://example.org:443");
    }
}
