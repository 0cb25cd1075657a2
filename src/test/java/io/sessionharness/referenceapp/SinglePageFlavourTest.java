package io.sessionharness.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.testng.annotations.Test;


/** The single-page flavour at HTTP level: one shell for everybody, the session decided by /api/page, no expiry page. */
public class SinglePageFlavourTest extends EmbeddedSiteTest {

    private String start() {
        return startWithAlice(SiteSettings.defaults().withFlavour(SiteSettings.Flavour.SPA, SiteSettings.DEFAULT_COOKIE).withIdentityCookie("APP_IDENTITY"));
    }

    @Test
    public void theShellIsTheSameWithOrWithoutASessionAndTheApiDecides() throws Exception {
        String password = start();
        SiteClient stranger = new SiteClient(site.baseUrl());
        HttpResponse<String> shell = stranger.get("/account");
        assertThat(shell.statusCode()).as("the shell, without a session").isEqualTo(200);
        assertThat(shell.body()).contains("id=\"app\"", "/api/page").doesNotContain("account-page");
        HttpResponse<String> refused = stranger.get("/api/page?path=/orders");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(json(refused)).isEqualTo(java.util.Map.of("signIn", "/login?next=/orders"));

        SiteClient alice = new SiteClient(site.baseUrl());
        alice.signIn("alice", password);
        HttpResponse<String> content = alice.get("/api/page?path=/orders");
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(String.valueOf(json(content).get("html"))).contains("id=\"account-page\" data-page=\"/orders\"");
        assertThat(content.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    public void anIdledOutSessionIsSentToThePlainSignInPageNotAnExpiryPage() throws Exception {
        SiteClient alice = idledOut(start());
        HttpResponse<String> refused = alice.get("/api/page?path=/account");
        assertThat(refused.statusCode()).as("idle past 4 s").isEqualTo(401);
        assertThat(json(refused)).isEqualTo(java.util.Map.of("signIn", "/login?next=/account"));
        assertThat(alice.get("/notes").headers().firstValue("Location")).as("a server-rendered page of the same site")
                .hasValueSatisfying(location -> assertThat(location).contains("/login?next=/notes"));
    }
}
