package io.sessionharness.referenceapp;

import java.time.Instant;

import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;

import io.sessionharness.testsupport.MutableClock;

/** An HTTP-level test of the embedded site on a clock the test moves: one site per test method, always stopped. */
abstract class EmbeddedSiteTest {

    protected MutableClock clock;
    protected ReferenceSite site;

    /** Each test method starts on the same instant, whatever the one before did to its clock. */
    @BeforeMethod(alwaysRun = true)
    public void newClock() {
        clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @AfterMethod(alwaysRun = true)
    public void stopSite() {
        if (site != null) {
            site.close();
        }
    }

    /** Starts the site as {@code settings} say, with an account "alice"; returns her password. */
    protected String startWithAlice(SiteSettings settings) {
        return startWith(settings, "alice");
    }

    /** Starts the site as {@code settings} say, with one account of that name; returns its password. */
    protected String startWith(SiteSettings settings, String account) {
        site = new ReferenceSite(settings, clock).start(0);
        return site.createAccount(account).reveal();
    }

    /** Alice signed in, then idle past the site's 4 s idle timeout (the default settings'). */
    protected SiteClient idledOut(String password) throws Exception {
        SiteClient alice = new SiteClient(site.baseUrl());
        alice.signIn("alice", password);
        clock.advance(java.time.Duration.ofSeconds(5));
        return alice;
    }

    /** The JSON body of an answer, as a map. */
    @SuppressWarnings("unchecked")
    protected static java.util.Map<String, Object> json(java.net.http.HttpResponse<String> answer) {
        return (java.util.Map<String, Object>) new org.openqa.selenium.json.Json().toType(answer.body(), java.util.Map.class);
    }
}
