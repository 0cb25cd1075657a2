package io.sessionharness.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.testng.annotations.Test;


/** The reference site with its session in two cookies (session ID and identity cookie), at HTTP level. */
public class TwoCookieSessionTest extends EmbeddedSiteTest {

    private static final String IDENTITY = "APP_IDENTITY";
    private static final String PRE_LOGIN = "APP_AUTH_SESSION";

    private String start(Set<Defect> defects) {
        return startWithAlice(SiteSettings.defaults().withIdentityCookie(IDENTITY).withDefects(defects));
    }

    @Test
    public void theSessionNeedsBothCookies() throws Exception {
        String password = start(Set.of());
        SiteClient alice = new SiteClient(site.baseUrl());
        alice.signIn("alice", password);
        assertThat(alice.cookie(IDENTITY)).as("identity cookie issued at sign-in").isPresent();
        assertThat(alice.get("/account").statusCode()).isEqualTo(200);

        SiteClient idOnly = new SiteClient(site.baseUrl());
        idOnly.useCookies(Map.of(SiteSettings.DEFAULT_COOKIE, alice.sessionId().orElseThrow()));
        assertThat(idOnly.get("/account").statusCode()).as("the session ID without its identity cookie").isEqualTo(303);

        SiteClient identityOnly = new SiteClient(site.baseUrl());
        identityOnly.useCookies(Map.of(IDENTITY, alice.cookie(IDENTITY).orElseThrow()));
        assertThat(identityOnly.get("/account").statusCode()).as("the identity cookie without the session").isEqualTo(303);

        SiteClient both = new SiteClient(site.baseUrl());
        both.useCookies(Map.of(SiteSettings.DEFAULT_COOKIE, alice.sessionId().orElseThrow(), IDENTITY, alice.cookie(IDENTITY).orElseThrow()));
        assertThat(both.get("/account").statusCode()).as("both cookies").isEqualTo(200);
    }

    @Test
    public void afterSignOutNeitherCookieNorBothOpenASession() throws Exception {
        String password = start(Set.of());
        Map<String, String> stolen = signedInThenSignedOut(password);
        assertThat(replay(stolen)).isEqualTo(303);
        assertThat(replay(Map.of(IDENTITY, stolen.get(IDENTITY)))).isEqualTo(303);
    }

    @Test
    public void afterExpiryTheIdentityCookieIsRevokedEvenWithTheDefect() throws Exception {
        String password = start(Set.of(Defect.IDENTITY_COOKIE_OUTLIVES_SIGN_OUT));
        SiteClient alice = new SiteClient(site.baseUrl());
        alice.signIn("alice", password);
        Map<String, String> held = Map.of(SiteSettings.DEFAULT_COOKIE, alice.sessionId().orElseThrow(), IDENTITY, alice.cookie(IDENTITY).orElseThrow());
        clock.advance(Duration.ofSeconds(5));
        assertThat(alice.get("/account").statusCode()).as("idle past 4 s").isEqualTo(303);
        assertThat(replay(held)).isEqualTo(303);
    }

    @Test
    public void theDefectLetsAReplayedIdentityCookieSignInAgainAfterSignOut() throws Exception {
        String password = start(Set.of(Defect.IDENTITY_COOKIE_OUTLIVES_SIGN_OUT));
        Map<String, String> stolen = signedInThenSignedOut(password);
        assertThat(replay(Map.of(SiteSettings.DEFAULT_COOKIE, stolen.get(SiteSettings.DEFAULT_COOKIE))))
                .as("the session ID alone: ended, as on the correct site").isEqualTo(303);
        assertThat(replay(stolen)).as("both cookies: the identity cookie opens a new session").isEqualTo(200);
    }

    @Test
    public void signOutAsksForConfirmationFirst() throws Exception {
        String password = start(Set.of());
        SiteClient alice = new SiteClient(site.baseUrl());
        alice.signIn("alice", password);
        var confirmation = alice.get("/logout");
        assertThat(confirmation.statusCode()).isEqualTo(200);
        assertThat(confirmation.body()).contains("id=\"confirm-sign-out\"", "Do you want to sign out");
        assertThat(alice.get("/account").statusCode()).as("nothing ends before it is confirmed").isEqualTo(200);
        alice.post("/logout", Map.of("csrf", SiteClient.csrfOf(confirmation)));
        assertThat(alice.get("/account").statusCode()).isEqualTo(303);
        assertThat(alice.get("/logout").headers().firstValue("Location")).as("the confirmation page, signed out (Back)").hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    public void thePreLoginCookieIsIssuedAnewAtSignInAndNeverACredential() throws Exception {
        String password = startWithPreLoginCookie(Set.of());
        SiteClient mallory = new SiteClient(site.baseUrl());
        String planted = plantedBeforeSignIn(mallory, password);
        SiteClient alice = lastSignedIn;
        assertThat(alice.get("/account").statusCode()).isEqualTo(200);
        assertThat(alice.cookie(PRE_LOGIN).map(value -> !value.equals(planted))).as("issued anew at sign-in (values not shown)").hasValue(true);
        assertThat(mallory.get("/account").statusCode()).as("mallory, holding the planted pre-login cookie").isEqualTo(303);
    }

    @Test
    public void theDefectLetsThePlantedPreLoginCookieShareTheSession() throws Exception {
        String password = startWithPreLoginCookie(Set.of(Defect.PRE_LOGIN_COOKIE_ADOPTED));
        SiteClient mallory = new SiteClient(site.baseUrl());
        String planted = plantedBeforeSignIn(mallory, password);
        SiteClient alice = lastSignedIn;
        assertThat(alice.cookie(PRE_LOGIN).map(planted::equals)).as("kept through sign-in (values not shown)").hasValue(true);
        assertThat(mallory.get("/account").statusCode()).as("mallory is in alice's session").isEqualTo(200);
    }

    private SiteClient lastSignedIn;

    /** Mallory's pre-login cookie from the sign-in page, planted in alice's client, who then signs in; returns it. */
    private String plantedBeforeSignIn(SiteClient mallory, String password) throws Exception {
        mallory.get("/login");
        String planted = mallory.cookie(PRE_LOGIN).orElseThrow();
        lastSignedIn = new SiteClient(site.baseUrl());
        lastSignedIn.useCookies(Map.of(PRE_LOGIN, planted));
        lastSignedIn.signIn("alice", password);
        return planted;
    }

    private String startWithPreLoginCookie(Set<Defect> defects) {
        return startWithAlice(SiteSettings.defaults().withIdentityCookie(IDENTITY).withPreLoginCookie(PRE_LOGIN).withDefects(defects));
    }

    /** Signs alice in and out; returns the cookies she held while signed in. */
    private Map<String, String> signedInThenSignedOut(String password) throws Exception {
        SiteClient alice = new SiteClient(site.baseUrl());
        alice.signIn("alice", password);
        Map<String, String> held = Map.of(SiteSettings.DEFAULT_COOKIE, alice.sessionId().orElseThrow(), IDENTITY, alice.cookie(IDENTITY).orElseThrow());
        alice.signOut();
        assertThat(alice.cookie(IDENTITY).isPresent()).as("sign-out deletes the identity cookie from the browser").isFalse();
        assertThat(alice.get("/account").statusCode()).isEqualTo(303);
        return held;
    }

    private int replay(Map<String, String> cookies) throws Exception {
        SiteClient mallory = new SiteClient(site.baseUrl());
        mallory.useCookies(cookies);
        return mallory.get("/account").statusCode();
    }
}
