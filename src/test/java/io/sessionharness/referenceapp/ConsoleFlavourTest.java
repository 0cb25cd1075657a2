package io.sessionharness.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.testng.annotations.Test;

/**
 * The console flavour at HTTP level: the single-page site dressed as sites nobody here wrote are built — each trait
 * that broke the profile drafter on a real product is on the page as served.
 */
public class ConsoleFlavourTest extends EmbeddedSiteTest {

    private String start() {
        return startWithAlice(SiteSettings.defaults().withFlavour(SiteSettings.Flavour.CONSOLE, SiteSettings.DEFAULT_COOKIE)
                .withIdentityCookie("APP_IDENTITY").withPreLoginCookie("APP_AUTH_SESSION"));
    }

    @Test
    public void theProductsNameHeadsEveryPageAndErrorsShareOneGenericTitleOverTheSpecificMessage() throws Exception {
        start();
        SiteClient stranger = new SiteClient(site.baseUrl());
        HttpResponse<String> signIn = stranger.get("/login");
        HttpResponse<String> missing = stranger.get("/no-such-page");
        assertThat(signIn.body()).contains("<header id=\"masthead\"><h1>Acme Console</h1></header>", "— Acme Console</title>", "id=\"login-form\"");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<h1>Acme Console</h1>", "<h1>We are sorry...</h1>", "Page not found: /no-such-page");
    }

    @Test
    public void theSignedInPageHidesItsSignOutInAMenuWithGeneratedIdsAndDrawsAFormWithTheSignInFieldsIdLater() throws Exception {
        String password = start();
        SiteClient alice = new SiteClient(site.baseUrl());
        alice.signIn("alice", password);
        String first = String.valueOf(json(alice.get("/api/page?path=/account")).get("html"));
        String second = String.valueOf(json(alice.get("/api/page?path=/account")).get("html"));
        assertThat(first).contains("<h1>Acme Console</h1>", "aria-haspopup=\"menu\"", "role=\"menuitem\" href=\"/logout\">Sign out</a>",
                "setTimeout(", "<input id=\"username\"").doesNotContain("id=\"sign-out-link\"", "id=\"sign-out-form\"");
        assertThat(first).containsPattern("id=\"pf-dropdown-toggle-\\d+\"").containsPattern("id=\"pf-random-id-\\d+\" role=\"menuitem\"");
        assertThat(ids(first)).as("generated anew for every page").isNotEqualTo(ids(second));
    }

    @Test
    public void anEndedSessionIsToldWhyOnTheSignInPage() throws Exception {
        SiteClient alice = idledOut(start());
        HttpResponse<String> refused = alice.get("/api/page?path=/account");
        assertThat(refused.statusCode()).as("idle past 4 s").isEqualTo(401);
        String location = String.valueOf(json(refused).get("signIn"));
        assertThat(location).isEqualTo("/login?next=/account&expired=1");
        assertThat(alice.get(location).body()).contains("Your session has expired. Please sign in again.", "id=\"login-form\"");
        assertThat(new SiteClient(site.baseUrl()).get("/login").body()).as("the plain sign-in page").doesNotContain("has expired");
    }

    private static java.util.List<String> ids(String html) {
        return java.util.regex.Pattern.compile("pf-[a-z-]+-\\d+").matcher(html).results().map(java.util.regex.MatchResult::group).toList();
    }

}
