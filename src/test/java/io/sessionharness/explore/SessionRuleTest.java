package io.sessionharness.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.testng.annotations.Test;

/** The one rule for which cookies carry the session, as the drafter and the explorer apply it. */
public class SessionRuleTest {

    private static SessionRule.Probe signedInWithout(String... notNeeded) {
        java.util.Set<String> fine = java.util.Set.of(notNeeded);
        return cookie -> Optional.of(fine.contains(cookie));
    }

    @Test
    public void aSessionIdReissuedAtSignInAloneIsTheSession() {
        SessionRule.Found found = SessionRule.decide(Map.of("JSESSIONID", "a"), Map.of("JSESSIONID", "b"), signedInWithout());
        assertThat(found.session()).containsExactly("JSESSIONID");
        assertThat(found.preLogin()).isEmpty();
    }

    @Test
    public void aReissuedCookieThePageNeedsStaysTheSessionBesideANewOneAndTheOneItDoesNotNeedIsThePreLoginCookie() {
        // reference-two-cookies: JSESSIONID rotates, APP_AUTH_SESSION is reissued, APP_IDENTITY is new.
        SessionRule.Found found = SessionRule.decide(Map.of("JSESSIONID", "a", "APP_AUTH_SESSION", "p"),
                Map.of("JSESSIONID", "b", "APP_AUTH_SESSION", "q", "APP_IDENTITY", "i"), signedInWithout("APP_AUTH_SESSION"));
        assertThat(found.session()).containsExactly("APP_IDENTITY", "JSESSIONID");
        assertThat(found.needed()).containsExactlyInAnyOrder("APP_IDENTITY", "JSESSIONID");
        assertThat(found.preLogin()).hasValue("APP_AUTH_SESSION");
        assertThat(found.notSession()).isEmpty();
    }

    @Test
    public void untriedAReissuedCookieBesideANewOneIsThePreLoginCookie() {
        SessionRule.Found found = SessionRule.decide(Map.of("AUTH_SESSION_ID", "a"), Map.of("AUTH_SESSION_ID", "b", "KC_IDENTITY", "i"),
                SessionRule.Probe.UNTRIED);
        assertThat(found.session()).containsExactly("KC_IDENTITY");
        assertThat(found.needed()).isEmpty();
        assertThat(found.preLogin()).hasValue("AUTH_SESSION_ID");
    }

    @Test
    public void aNewCookieThePageDoesNotNeedIsNoSessionAndAReissuedCsrfCookieBesideANewSessionIsThePreLoginOne() {
        // Django's admin: csrftoken is rotated at sign-in, sessionid is new; an analytics cookie appears too.
        SessionRule.Found found = SessionRule.decide(Map.of("csrftoken", "a"), Map.of("csrftoken", "b", "sessionid", "s", "seen_banner", "1"),
                signedInWithout("csrftoken", "seen_banner"));
        assertThat(found.session()).containsExactly("sessionid");
        assertThat(found.preLogin()).hasValue("csrftoken");
        assertThat(found.notSession()).containsExactly("seen_banner");
    }

    @Test
    public void whenThePageWorksWithoutEachCookieThePlainRuleDecides() {
        // A remember-me cookie signs the person in again whichever cookie is taken away.
        SessionRule.Found found = SessionRule.decide(Map.of(), Map.of("sid", "s", "remember", "r"), signedInWithout("sid", "remember"));
        assertThat(found.session()).containsExactly("remember", "sid");
        assertThat(found.needed()).isEmpty();
    }

    @Test
    public void unchangedCookiesAndStoredItemsAreNotJudgedHere() {
        SessionRule.Found found = SessionRule.decide(Map.of("lang", "en", "localStorage:token", "x"),
                Map.of("lang", "en", "localStorage:token", "y", "sid", "s"), signedInWithout());
        assertThat(found.session()).containsExactly("sid");
        assertThat(found.how()).hasSize(1).allMatch(line -> line.startsWith("sid: new at sign-in"));
    }

    @Test
    public void aReissuedCookieNotNamedLikeASessionIsNoPreLoginCookie() {
        // An analytics cookie rewritten on every page beside a new session cookie: neither the session nor a pre-login cookie.
        SessionRule.Found found = SessionRule.decide(Map.of("_ga", "1"), Map.of("_ga", "2", "sid", "s"), signedInWithout("_ga"));
        assertThat(found.session()).containsExactly("sid");
        assertThat(found.preLogin()).isEmpty();
        assertThat(found.notSession()).containsExactly("_ga");
    }
}
