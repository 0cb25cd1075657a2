package io.sessionharness.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.testng.annotations.Test;


/**
 * The single-page flavour whose session's second credential is a token its scripts keep in local storage and send as
 * a header (reference-spa-token): the API needs the cookie and the token; sign-out revokes the token — except with the
 * stored-token-outlives-sign-out defect, where only a replay that carries the stored token finds the session alive.
 */
public class StoredTokenSessionTest extends EmbeddedSiteTest {

    private static final String KEY = "app-token";
    private static final Pattern STORED = Pattern.compile("localStorage\\.setItem\\('app-token','([0-9a-f]+)'\\)");

    private String start(Set<Defect> defects) {
        return startWithAlice(SiteSettings.defaults().withFlavour(SiteSettings.Flavour.SPA, SiteSettings.DEFAULT_COOKIE)
                .withIdentityToken(KEY).withDefects(defects));
    }

    /** Signs in and returns the token the signed-in answer hands the page to store. */
    private static String signInAndKeepToken(SiteClient client, String password) throws Exception {
        HttpResponse<String> answer = client.signIn("alice", password);
        assertThat(answer.statusCode()).as("the signed-in answer is the page that stores the token").isEqualTo(200);
        Matcher token = STORED.matcher(answer.body());
        assertThat(token.find()).as("the answer stores a token under '" + KEY + "'").isTrue();
        assertThat(answer.body()).contains("location.replace('/account')");
        return token.group(1);
    }

    /** Through the confirmation page, as the single-page flavour signs out (its account pages are a shell). */
    private static void signOut(SiteClient client) throws Exception {
        HttpResponse<String> confirm = client.get("/logout");
        assertThat(client.post("/logout", java.util.Map.of("csrf", SiteClient.csrfOf(confirm))).statusCode()).isEqualTo(303);
    }

    @Test
    public void theApiNeedsTheCookieAndTheStoredTokenServerPagesTheCookie() throws Exception {
        String password = start(Set.of());
        SiteClient alice = new SiteClient(site.baseUrl());
        String token = signInAndKeepToken(alice, password);
        assertThat(alice.cookie(KEY)).as("no cookie carries the token").isEmpty();

        assertThat(alice.get("/api/page?path=/account", Identities.HEADER, token).statusCode()).as("cookie and token").isEqualTo(200);
        assertThat(alice.get("/api/page?path=/account").statusCode()).as("the cookie without the token").isEqualTo(401);
        assertThat(alice.get("/notes").statusCode()).as("a server-rendered page, the cookie alone").isEqualTo(200);
        SiteClient stranger = new SiteClient(site.baseUrl());
        assertThat(stranger.get("/api/page?path=/account", Identities.HEADER, token).statusCode()).as("the token without the cookie").isEqualTo(401);
        assertThat(alice.get("/account").body()).as("the shell sends the stored token").contains("stored('app-token')", Identities.HEADER);
    }

    @Test
    public void besideAnIdentityCookieTheApiNeedsAllThree() throws Exception {
        String password = startWithAlice(SiteSettings.defaults().withFlavour(SiteSettings.Flavour.SPA, SiteSettings.DEFAULT_COOKIE)
                .withIdentityCookie("APP_IDENTITY").withIdentityToken(KEY));
        SiteClient alice = new SiteClient(site.baseUrl());
        String token = signInAndKeepToken(alice, password);
        assertThat(alice.cookie("APP_IDENTITY")).as("the identity cookie, set with the token's page").isPresent();
        assertThat(alice.get("/api/page?path=/account", Identities.HEADER, token).statusCode()).as("both cookies and the token").isEqualTo(200);
        SiteClient noIdentity = new SiteClient(site.baseUrl());
        noIdentity.useSessionId(alice.sessionId().orElseThrow());
        assertThat(noIdentity.get("/api/page?path=/account", Identities.HEADER, token).statusCode()).as("the token without the identity cookie")
                .isEqualTo(401);
    }

    @Test
    public void signOutRevokesTheStoredToken() throws Exception {
        SignedOut alice = signedInThenOut(Set.of());
        assertThat(alice.replay(true).statusCode()).as("cookie and token replayed after sign-out").isEqualTo(401);
    }

    @Test
    public void theDefectLeavesTheTokenAliveForAReplayThatCarriesIt() throws Exception {
        SignedOut alice = signedInThenOut(Set.of(Defect.STORED_TOKEN_OUTLIVES_SIGN_OUT));
        assertThat(alice.replay(false).statusCode()).as("the cookie replayed without the stored token").isEqualTo(401);
        assertThat(alice.replay(true).statusCode()).as("cookie and token replayed").isEqualTo(200);
    }

    /** Alice signed in, kept her cookie and token, and signed out. */
    private SignedOut signedInThenOut(Set<Defect> defects) throws Exception {
        String password = start(defects);
        SiteClient alice = new SiteClient(site.baseUrl());
        String token = signInAndKeepToken(alice, password);
        String sessionId = alice.sessionId().orElseThrow();
        signOut(alice);
        return new SignedOut(sessionId, token);
    }

    /** What alice left behind at sign-out; replayed by a fresh client, with or without the stored token. */
    private final class SignedOut {
        private final String sessionId;
        private final String token;

        SignedOut(String sessionId, String token) {
            this.sessionId = sessionId;
            this.token = token;
        }

        HttpResponse<String> replay(boolean withToken) throws Exception {
            SiteClient mallory = new SiteClient(site.baseUrl());
            mallory.useSessionId(sessionId);
            return withToken ? mallory.get("/api/page?path=/account", Identities.HEADER, token) : mallory.get("/api/page?path=/account");
        }
    }
}
