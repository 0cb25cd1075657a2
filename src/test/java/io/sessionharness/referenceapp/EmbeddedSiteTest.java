package io.sessionharness.referenceapp;

import java.time.Instant;

import org.testng.annotations.AfterMethod;

import io.sessionharness.testsupport.MutableClock;

/** An HTTP-level test of the embedded site on a clock the test moves: one site per test method, always stopped. */
abstract class EmbeddedSiteTest {

    protected final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    protected ReferenceSite site;

    @AfterMethod(alwaysRun = true)
    public void stopSite() {
        if (site != null) {
            site.close();
        }
    }

    /** Starts the site as {@code settings} say, with an account "alice"; returns her password. */
    protected String startWithAlice(SiteSettings settings) {
        site = new ReferenceSite(settings, clock).start(0);
        return site.createAccount("alice").reveal();
    }
}
