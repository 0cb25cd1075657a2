package io.sessionharness.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.testng.annotations.Test;

/** Which cookies of a user context's store a request to the page shown carries (RFC 6265 §5.1.3 and §5.1.4). */
public class BidiCookiesTest {

    private static boolean sent(String page, String domain, String path) {
        return BidiCookies.sentTo(URI.create(page), domain, path, false);
    }

    @Test
    public void aHostOnlyCookieGoesToItsHostOnly() {
        assertThat(sent("http://127.0.0.1:8080/account", "127.0.0.1", "/")).isTrue();
        assertThat(sent("http://127.0.0.2:8080/account", "127.0.0.1", "/")).as("the identity provider's cookie, another loopback host").isFalse();
        assertThat(sent("http://app.example.test/", "example.test", "/")).as("a host-only cookie of the parent: not for a subdomain").isFalse();
        assertThat(sent("http://example.test/", "example.test", "/")).as("a host-only cookie on its host").isTrue();
    }

    @Test
    public void aDomainCookieGoesToSubdomainsButNeverAcrossAnAddress() {
        assertThat(sent("https://app.example.test/", ".example.test", "/")).isTrue();
        assertThat(sent("https://example.test/", ".example.test", "/")).isTrue();
        assertThat(sent("https://badexample.test/", ".example.test", "/")).isFalse();
        assertThat(sent("http://10.0.0.1/", "0.0.1", "/")).as("no domain matching inside an IP address").isFalse();
    }

    @Test
    public void thePathMustBeAPrefixEndingAtASlash() {
        assertThat(sent("http://127.0.0.1/app/notes", "127.0.0.1", "/app")).isTrue();
        assertThat(sent("http://127.0.0.1/app", "127.0.0.1", "/app")).isTrue();
        assertThat(sent("http://127.0.0.1/application", "127.0.0.1", "/app")).isFalse();
        assertThat(sent("http://127.0.0.1/app/", "127.0.0.1", "/app/")).isTrue();
        assertThat(sent("http://127.0.0.1/other", "127.0.0.1", "/app")).isFalse();
        assertThat(sent("http://127.0.0.1", "127.0.0.1", "/")).as("an empty path is /").isTrue();
    }

    @Test
    public void aSecureCookieGoesOverHttpsOrToALoopbackHostOnly() {
        assertThat(BidiCookies.sentTo(URI.create("https://app.example.test/"), "app.example.test", "/", true)).isTrue();
        assertThat(BidiCookies.sentTo(URI.create("http://app.example.test/"), "app.example.test", "/", true)).isFalse();
        assertThat(BidiCookies.sentTo(URI.create("http://127.0.0.1:8080/"), "127.0.0.1", "/", true)).as("loopback counts as secure").isTrue();
        assertThat(BidiCookies.sentTo(URI.create("http://localhost:8080/"), "localhost", "/", true)).isTrue();
    }
}
