package io.sessionharness.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.testng.annotations.Test;

import io.sessionharness.site.Site;
import io.sessionharness.site.TargetProfiles;
import io.sessionharness.testsupport.OneAccountProfile;
import io.sessionharness.testsupport.TempHome;

/**
 * A scenario that needs more accounts than the profile lists is told so at once, as a profile matter: before, it
 * waited two minutes for an account that could never come and ended broken under Infrastructure.
 */
public class AccountLeasesTest {


    @Test
    public void aSecondPersonOnAOneAccountProfileIsAProfileMatterAtOnce() {
        try (TempHome home = new TempHome()) {
            home.write("targets/one.yaml", OneAccountProfile.yaml(""));
            Site site = Site.open(new TargetProfiles(home.path(), Map.of("PW", "x")).load("one"));
            AccountLeases leases = new AccountLeases(site, new ActionSlots(1));
            assertThat(leases.lease("alice").username()).isEqualTo("qa1");
            Instant asked = Instant.now();
            assertThatThrownBy(() -> leases.lease("bob")).isInstanceOf(ProfileMismatchException.class)
                    .hasMessage("Profile or site? this scenario needs 2 accounts at once (bob is person 2); targets/one.yaml lists 1: list more accounts under accounts.list");
            assertThat(Duration.between(asked, Instant.now())).as("no wait for an account that cannot come").isLessThan(Duration.ofSeconds(5));
            leases.releaseAll();
            assertThat(new AccountLeases(site, new ActionSlots(1)).lease("carol").username()).as("given back when the scenario ends").isEqualTo("qa1");
        }
    }

    @Test
    public void suitesOfOneTargetOnSeveralBrowsersShareItsAccountsAndGiveThemBack() {
        try (TempHome home = new TempHome()) {
            home.write("targets/one.yaml", OneAccountProfile.yaml(""));
            // Each suite loads the profile itself: its Account objects are its own, the pool is the target's.
            TargetProfiles profiles = new TargetProfiles(home.path(), Map.of("PW", "x"));
            Site.FreeAccounts pool = new Site.FreeAccounts(profiles.load("one"));
            Site chromium = Site.open(profiles.load("one"), java.util.Set.of(), java.util.Optional.empty(), pool);
            Site webkit = Site.open(profiles.load("one"), java.util.Set.of(), java.util.Optional.empty(), pool);
            io.sessionharness.site.Account leased = chromium.lease("alice");
            webkit.release(leased);
            assertThat(webkit.lease("bob").username()).as("an account leased through one suite, given back through the other").isEqualTo("qa1");
        }
    }
}
