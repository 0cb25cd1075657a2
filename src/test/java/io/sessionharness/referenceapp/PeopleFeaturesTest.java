package io.sessionharness.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import org.testng.annotations.Test;

import io.sessionharness.site.SessionPolicy;

/** The reference site's multi-person behaviour at HTTP level: concurrent logins, everywhere sign-out, links, forms. */
public class PeopleFeaturesTest extends EmbeddedSiteTest {

    private String password;

    private void start(SiteSettings settings) {
        password = startWith(settings, "erin");
    }

    private SiteClient device() {
        return new SiteClient(site.baseUrl());
    }

    /** A new device (browser) on which erin has signed in. */
    private SiteClient signedInDevice() throws Exception {
        SiteClient device = device();
        device.signIn("erin", password);
        return device;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(none)");
    }

    @Test
    public void allowKeepsBothDevicesSignedIn() throws Exception {
        start(SiteSettings.defaults());
        SiteClient laptop = signedInDevice();
        SiteClient phone = signedInDevice();
        assertThat(laptop.get("/account").statusCode()).isEqualTo(200);
        assertThat(phone.get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    public void newestWinsEndsTheOlderSessionAndSaysWhy() throws Exception {
        start(SiteSettings.defaults().withConcurrentSessions(SessionPolicy.ConcurrentSessions.NEWEST_WINS));
        SiteClient laptop = signedInDevice();
        signedInDevice();
        assertThat(location(laptop.get("/account"))).contains("/session-expired?reason=superseded");
        assertThat(laptop.get("/session-expired?reason=superseded").body()).contains("signed in on another device or browser");
    }

    @Test
    public void rejectNewRefusesTheSecondLoginWithAClearMessage() throws Exception {
        start(SiteSettings.defaults().withConcurrentSessions(SessionPolicy.ConcurrentSessions.REJECT_NEW));
        SiteClient laptop = signedInDevice();
        HttpResponse<String> second = device().signIn("erin", password);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("already signed in on another device");
        assertThat(laptop.get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    public void signOutEverywhereEndsTheOtherDevices() throws Exception {
        start(SiteSettings.defaults());
        SiteClient laptop = signedInDevice();
        SiteClient phone = signedInDevice();
        String token = SiteClient.csrfOf(laptop.get("/account"));
        laptop.post("/logout-everywhere", Map.of("csrf", token));
        assertThat(location(phone.get("/account"))).contains("reason=signed-out-everywhere");
        assertThat(location(laptop.get("/account"))).contains("/login");
    }

    @Test
    public void passwordChangeEndsOtherSessionsButKeepsThisOne() throws Exception {
        start(SiteSettings.defaults());
        SiteClient laptop = signedInDevice();
        SiteClient phone = signedInDevice();
        String token = SiteClient.csrfOf(laptop.get("/password"));
        HttpResponse<String> changed = laptop.post("/password", Map.of("csrf", token, "current", password, "new", "a-new-password-1"));
        assertThat(location(changed)).contains("/account?passwordChanged=1");
        assertThat(laptop.get("/account").statusCode()).isEqualTo(200);
        assertThat(location(phone.get("/account"))).contains("reason=password-changed");
    }

    @Test
    public void aNoteSubmittedWithoutASessionIsShownBackAndRestoredAfterSignIn() throws Exception {
        start(SiteSettings.defaults());
        SiteClient tab = signedInDevice();
        String token = SiteClient.csrfOf(tab.get("/notes"));
        SiteClient otherTab = tab;
        String signOutToken = SiteClient.csrfOf(otherTab.get("/account"));
        otherTab.post("/logout", Map.of("csrf", signOutToken));
        HttpResponse<String> sent = tab.post("/notes", Map.of("csrf", token, "note", "three paragraphs of work"));
        assertThat(sent.statusCode()).as("the text is parked and shown back on the next page").isEqualTo(303);
        HttpResponse<String> lost = tab.get(sent.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
        assertThat(lost.statusCode()).isEqualTo(401);
        assertThat(lost.body()).contains("id=\"unsaved-notice\"", "three paragraphs of work");
        tab.post("/login", Map.of("username", "erin", "password", password, "csrf", SiteClient.csrfOf(lost), "next", "/notes"));
        assertThat(tab.get("/notes").body()).contains("id=\"draft-restored\"", ">three paragraphs of work</textarea>");
    }

    @Test
    public void confirmThenConsumeLinksSurviveScannersAndDoubleClicks() throws Exception {
        start(SiteSettings.defaults());
        URI link = site.issueSignInLink("erin");
        SiteClient scanner = device();
        assertThat(scanner.getAbsolute(link.toString()).body()).contains("id=\"link-confirm\"");
        SiteClient person = device();
        HttpResponse<String> first = person.getAbsolute(link.toString());
        HttpResponse<String> second = person.getAbsolute(link.toString());
        String token = link.getQuery().substring("token=".length());
        HttpResponse<String> confirmed = person.post("/magic", Map.of("token", token, "csrf", SiteClient.csrfOf(first)));
        assertThat(location(confirmed)).isEqualTo("/account");
        assertThat(location(person.post("/magic", Map.of("token", token, "csrf", SiteClient.csrfOf(second)))))
                .as("the second tab's confirm lands signed in, not on 'link expired'").isEqualTo("/account");
        assertThat(device().getAbsolute(link.toString()).statusCode()).as("later, from another browser").isEqualTo(410);
    }

    @Test
    public void aDoubleClickWhoseTabsOpenedTwoSessionsStillSignsInFromTheFirstTab() throws Exception {
        // Both tabs load the link before either has a cookie: each confirm page opens a session of its own and the
        // browser keeps the cookie that arrived last. The first tab's confirm must still work.
        start(SiteSettings.defaults());
        URI link = site.issueSignInLink("erin");
        SiteClient person = device();
        HttpResponse<String> first = person.getAbsolute(link.toString());
        person.forgetCookies();
        person.getAbsolute(link.toString());
        String token = link.getQuery().substring("token=".length());
        assertThat(location(person.post("/magic", Map.of("token", token, "csrf", SiteClient.csrfOf(first))))).isEqualTo("/account");
    }

    @Test
    public void aLinkConfirmPostedFromAnotherSiteIsRefused() throws Exception {
        start(SiteSettings.defaults());
        URI link = site.issueSignInLink("erin");
        SiteClient person = device();
        String csrf = SiteClient.csrfOf(person.getAbsolute(link.toString()));
        String token = link.getQuery().substring("token=".length());
        assertThat(person.postFrom("http://127.0.0.9:1", "/magic", Map.of("token", token, "csrf", csrf)).statusCode()).isEqualTo(410);
        assertThat(person.post("/magic", Map.of("token", token, "csrf", csrf)).statusCode()).as("the link is still usable").isEqualTo(303);
    }

    @Test
    public void consumeOnOpenLinksAreBurntByAScannersPreOpen() throws Exception {
        start(SiteSettings.defaults().withOneTimeLinks(SessionPolicy.OneTimeLinks.CONSUME_ON_OPEN));
        URI link = site.issueSignInLink("erin");
        device().getAbsolute(link.toString());
        assertThat(device().getAbsolute(link.toString()).body()).contains("id=\"link-invalid\"");
    }

    @Test
    public void theSameFormSentTwiceIsSavedOnce() throws Exception {
        start(SiteSettings.defaults());
        SiteClient tab = signedInDevice();
        HttpResponse<String> page = tab.get("/notes");
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"form-token\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as("a one-time form token on the notes form").isTrue();
        Map<String, String> form = Map.of("csrf", SiteClient.csrfOf(page), "form-token", token.group(1), "note", "buy two boxes");
        assertThat(tab.post("/notes", form).statusCode()).isEqualTo(303);
        HttpResponse<String> again = tab.post("/notes", form);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("id=\"already-sent\"");
        assertThat(tab.get("/notes").body().split("buy two boxes", -1)).as("the note saved once").hasSize(2);
    }
}
