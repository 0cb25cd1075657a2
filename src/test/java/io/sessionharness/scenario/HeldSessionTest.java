package io.sessionharness.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.Cookie;
import org.openqa.selenium.json.Json;
import org.testng.annotations.Test;

import io.sessionharness.config.Secret;
import io.sessionharness.site.SessionTokenKeys;

/** A session held as cookies and stored tokens: tampered with, compared and shown as a whole, never by value. */
public class HeldSessionTest {

    private static final SessionTokenKeys.Key AUTH = new SessionTokenKeys.Key(SessionTokenKeys.Area.LOCAL, "auth-tokens");
    private static final String ACCESS = "LHQPVZAFbFtUcdcwhn+/Al+rxdkungPjNppvmWBDIaC4Hs7v9gCTh";
    private static final String STORED = "{\"access_token\":\"" + ACCESS + "\",\"expires_in\":60,\"token_type\":\"Bearer\"}";

    @Test
    public void aStoredJsonTokenIsASecretAndSoIsTheTokenInside() {
        StoredToken token = new StoredToken(AUTH, STORED);
        assertThat(Secret.maskKnown("Authorization: Bearer " + ACCESS)).doesNotContain(ACCESS);
        assertThat(Secret.maskKnown("stored " + STORED)).doesNotContain(ACCESS);
        assertThat(token.describe()).startsWith("localStorage:auth-tokens=sha256:").doesNotContain(ACCESS);
    }

    @Test
    @SuppressWarnings("unchecked")
    public void tamperingChangesTheTokenInsideAJsonValueAndKeepsItWellFormed() {
        StoredToken cut = new StoredToken(AUTH, STORED).withValue(value -> value.substring(0, value.length() / 2));
        Map<String, Object> parsed = new Json().toType(cut.value(), Json.MAP_TYPE);
        assertThat(parsed).containsEntry("access_token", ACCESS.substring(0, ACCESS.length() / 2))
                .containsEntry("token_type", "Bearer").containsEntry("expires_in", 60L);
        StoredToken plain = new StoredToken(AUTH, "0123456789abcdef0123").withValue(value -> value + "x");
        assertThat(plain.value()).isEqualTo("0123456789abcdef0123x");
    }

    @Test
    public void cookiesAndTokensAreComparedTogether() {
        SessionCookie cookie = new SessionCookie(new Cookie("JSESSIONID", "node0abc123def456"));
        HeldSession before = new HeldSession(List.of(cookie), List.of(new StoredToken(AUTH, "token-one-0123456789")));
        HeldSession sameCookieNewToken = new HeldSession(List.of(cookie), List.of(new StoredToken(AUTH, "token-two-0123456789")));
        assertThat(sameCookieNewToken.keptFrom(before)).containsExactly("JSESSIONID");
        assertThat(sameCookieNewToken.renewedSince(before)).isTrue();
        assertThat(before.renewedSince(before)).isFalse();
        assertThat(before.names()).containsExactly("JSESSIONID", "localStorage:auth-tokens");
        assertThat(before.fingerprint()).contains("JSESSIONID sha256:", " + localStorage:auth-tokens sha256:");
        HeldSession tampered = before.withValues(value -> value + "0");
        assertThat(tampered.keptFrom(before)).isEmpty();
        assertThat(tampered.describe()).doesNotContain("node0abc123def456", "token-one");
    }
}
