package io.sessionharness.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** The reference site's session rules at HTTP level, with a hand-moved clock: no browser, no waiting. */
public class ReferenceSiteSessionTest extends EmbeddedSiteTest {

    private static final Duration IDLE = Duration.ofSeconds(4);
    private static final Duration ABSOLUTE = Duration.ofSeconds(12);

    private String password;

    @BeforeMethod
    public void startSite() {
        password = startWithAlice(SiteSettings.defaults());
    }

    /** What /account answers a new browser that holds nothing but the session cookie {@code sessionId} (a replay). */
    private HttpResponse<String> accountWithSessionId(String sessionId) throws Exception {
        SiteClient replay = new SiteClient(site.baseUrl());
        replay.useSessionId(sessionId);
        return replay.get("/account");
    }

    @Test
    public void bindsToLoopbackOnAFreePort() {
        assertThat(site.baseUrl().getHost()).isEqualTo("127.0.0.1");
        assertThat(site.baseUrl().getPort()).isPositive();
    }

    @Test
    public void signInLeadsToTheAccountPageWhichIsNotCacheable() throws Exception {
        SiteClient alice = new SiteClient(site.baseUrl());
        HttpResponse<String> signIn = alice.signIn("alice", password);
        assertThat(signIn.statusCode()).isEqualTo(303);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account"));

        HttpResponse<String> account = alice.get("/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("id=\"account-page\"", "Signed in as <strong>alice</strong>");
        assertThat(account.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    public void wrongPasswordAndMissingCsrfAreRefused() throws Exception {
        SiteClient client = new SiteClient(site.baseUrl());
        assertThat(client.signIn("alice", "wrong").statusCode()).isEqualTo(401);
        client.get("/login");
        HttpResponse<String> noToken = client.post("/login", Map.of("username", "alice", "password", password));
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(client.get("/account").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    @Test
    public void sessionIdIsRotatedAtSignIn() throws Exception {
        SiteClient alice = new SiteClient(site.baseUrl());
        alice.get("/login");
        Optional<String> before = alice.sessionId();
        alice.signIn("alice", password);
        assertThat(before).isPresent();
        assertThat(alice.sessionId()).isPresent().isNotEqualTo(before);

        assertThat(accountWithSessionId(before.orElseThrow()).statusCode()).isEqualTo(303);
    }

    @Test
    public void idleSessionExpiresOnTheServerWithAReason() throws Exception {
        SiteClient alice = new SiteClient(site.baseUrl());
        alice.signIn("alice", password);
        String oldId = alice.sessionId().orElseThrow();
        clock.advance(IDLE.minusMillis(1));
        assertThat(alice.get("/account").statusCode()).as("just inside the idle timeout").isEqualTo(200);
        clock.advance(IDLE);

        HttpResponse<String> expired = alice.get("/account");
        assertThat(expired.statusCode()).isEqualTo(303);
        assertThat(expired.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/session-expired?reason=idle"));
        HttpResponse<String> page = alice.get("/session-expired?reason=idle&next=/account");
        assertThat(page.body()).contains("Your session has expired — please sign in again", "data-reason=\"idle\"");

        assertThat(accountWithSessionId(oldId).headers().firstValue("Location"))
                .as("the old cookie is dead on the server").hasValueSatisfying(l -> assertThat(l).contains("/session-expired"));
    }

    @Test
    public void activityExtendsTheIdleTimeoutButNotTheAbsoluteLifetime() throws Exception {
        SiteClient alice = new SiteClient(site.baseUrl());
        alice.signIn("alice", password);
        Duration step = IDLE.dividedBy(2);
        for (Duration age = step; age.compareTo(ABSOLUTE) < 0; age = age.plus(step)) {
            clock.advance(step);
            assertThat(alice.get("/account").statusCode()).as("active at %s", age).isEqualTo(200);
        }
        clock.advance(step);
        assertThat(alice.get("/account").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("reason=absolute"));
    }

    @Test
    public void signOutInvalidatesTheSessionOnTheServer() throws Exception {
        SiteClient alice = new SiteClient(site.baseUrl());
        alice.signIn("alice", password);
        String id = alice.sessionId().orElseThrow();
        HttpResponse<String> signOut = alice.signOut();
        assertThat(signOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?signedOut=1"));

        assertThat(accountWithSessionId(id).headers().firstValue("Location"))
                .as("a signed-out session is not 'expired': plain sign-in").hasValueSatisfying(l -> assertThat(l).contains("/login?next=/account"));
    }

    @Test
    public void unknownOrTamperedCookieGetsAPlainSignInNotAnError() throws Exception {
        HttpResponse<String> response = accountWithSessionId("node0forged-value.node0");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    @Test
    public void nextParameterCannotRedirectOffSite() throws Exception {
        SiteClient alice = new SiteClient(site.baseUrl());
        String token = SiteClient.csrfOf(alice.get("/login"));
        HttpResponse<String> response = alice.post("/login",
                Map.of("username", "alice", "password", password, "csrf", token, "next", "//evil.example/"));
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account"));
    }

    @Test
    public void occupiedPortIsAOneLineConfigError() {
        int port = site.baseUrl().getPort();
        try (ReferenceSite second = new ReferenceSite(SiteSettings.defaults())) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> second.start(port))
                    .isInstanceOf(io.sessionharness.config.ConfigException.class)
                    .hasMessageContaining("Port " + port + " on 127.0.0.1 is already in use");
        }
    }
}
