package io.sessionharness.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.testng.annotations.Test;

import io.sessionharness.testsupport.TempHome;

/** An account whose last session nobody can end waits out that session on a site refusing a second login. */
public class AccountCoolDownTest {

    private static final String PROFILE = """
            site: {baseUrl: "http://127.0.0.1:9/"}
            signIn: {page: /login, username: "#u", password: "#p", submit: "#s"}
            signOut: {page: /account, control: "#out"}
            protectedPages: [/account]
            recognise: {signedIn: {element: "#a"}, expired: {element: "#e"}, signedOut: {element: "#login"}}
            accounts: {list: [{username: qa1, password: {env: PW}}]}
            policy: {idleTimeout: 2s, tolerance: 200ms, concurrentSessions: RULE}
            """;

    @Test
    public void onARejectNewSiteTheAccountComesBackOnlyOnceTheOrphanSessionHasIdledOut() {
        try (TempHome home = new TempHome()) {
            home.write("targets/strict.yaml", PROFILE.replace("RULE", "reject-new"));
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
            home.write("targets/lenient.yaml", PROFILE.replace("RULE", "allow"));
            Site site = Site.open(new TargetProfiles(home.path(), Map.of("PW", "x")).load("lenient"));
            site.releaseAfterOrphanSession(site.lease("carol"));
            assertThat(site.freeAccountCount()).isEqualTo(1);
        }
    }
}
