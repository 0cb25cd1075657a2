package io.sessionharness.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.testng.annotations.Test;

import io.sessionharness.testsupport.OneAccountProfile;
import io.sessionharness.testsupport.TempHome;

/** An account whose last session nobody can end waits out that session on a site refusing a second login. */
public class AccountCoolDownTest {


    @Test
    public void onARejectNewSiteTheAccountComesBackOnlyOnceTheOrphanSessionHasIdledOut() {
        try (TempHome home = new TempHome()) {
            home.write("targets/strict.yaml", OneAccountProfile.yaml(", concurrentSessions: reject-new"));
            Site site = Site.open(new TargetProfiles(home.path(), Map.of("PW", "x")).load("strict"));
            Account account = site.lease("carol");
            site.releaseAfterOrphanSession(account);
            assertThat(site.freeAccountCount()).as("right after a cookie-less sign-in's scenario").isZero();
            assertThat(site.lease("alice")).as("once the orphan session has idled out").isEqualTo(account);
        }
    }

    @Test
    public void whereASecondLoginIsAllowedTheAccountIsFreeAtOnce() {
        try (TempHome home = new TempHome()) {
            home.write("targets/lenient.yaml", OneAccountProfile.yaml(", concurrentSessions: allow"));
            Site site = Site.open(new TargetProfiles(home.path(), Map.of("PW", "x")).load("lenient"));
            site.releaseAfterOrphanSession(site.lease("carol"));
            assertThat(site.freeAccountCount()).isEqualTo(1);
        }
    }
}
