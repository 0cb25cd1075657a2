package io.sessionharness.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.testng.annotations.Test;

import io.sessionharness.site.TargetProfile;
import io.sessionharness.site.TargetProfiles;
import io.sessionharness.testsupport.OneAccountProfile;
import io.sessionharness.testsupport.TempHome;

/**
 * The explorer judges a profile's session by the drafter's rule: a cookie the signed-in page does not work without
 * must be named, and must not be the pre-login cookie. Before, a profile naming one of two needed cookies passed.
 */
public class ExplorationSessionTest {

    /** An SSO product's console: the session ID rotated, an identity cookie new, an authentication session reissued. */
    private static final Map<String, String> BEFORE = Map.of("JSESSIONID", "a", "AUTH_SESSION_ID", "p");
    private static final Map<String, String> AFTER = Map.of("JSESSIONID", "b", "AUTH_SESSION_ID", "q", "IDENTITY", "i");
    private static final SessionRule.Probe ONLY_AUTH_SESSION_NOT_NEEDED = cookie -> Optional.of(cookie.equals("AUTH_SESSION_ID"));

    private static Exploration exploring(String site) {
        try (TempHome home = new TempHome()) {
            home.write("targets/console.yaml", OneAccountProfile.yaml("").replace("site: {baseUrl: \"http://127.0.0.1:9/\"}", site));
            TargetProfile profile = new TargetProfiles(home.path(), Map.of("PW", "pw-1")).load("console");
            return new Exploration(profile, "http://127.0.0.1:9/", Duration.ofSeconds(1));
        }
    }

    @Test
    public void aProfileNamingEveryNeededCookieHasNoFinding() {
        Exploration exploration = exploring("site: {baseUrl: \"http://127.0.0.1:9/\", sessionCookies: [JSESSIONID, IDENTITY], preLoginCookie: AUTH_SESSION_ID}");
        exploration.sessionAtSignIn(BEFORE, AFTER, ONLY_AUTH_SESSION_NOT_NEEDED);
        assertThat(exploration.findings()).isEmpty();
    }

    @Test
    public void aNeededCookieTheProfileLeavesOutIsAFindingSayingWhatToDeclare() {
        Exploration exploration = exploring("site: {baseUrl: \"http://127.0.0.1:9/\", sessionCookie: JSESSIONID}");
        exploration.sessionAtSignIn(BEFORE, AFTER, ONLY_AUTH_SESSION_NOT_NEEDED);
        assertThat(exploration.findings()).singleElement().asString()
                .contains("without the cookie IDENTITY the signed-in page asks to sign in again", "declare sessionCookies: [IDENTITY, JSESSIONID]");
    }

    @Test
    public void aPreLoginCookieThePageCannotDoWithoutIsAFinding() {
        Exploration exploration = exploring("site: {baseUrl: \"http://127.0.0.1:9/\", sessionCookies: [JSESSIONID, AUTH_SESSION_ID], preLoginCookie: IDENTITY}");
        exploration.sessionAtSignIn(BEFORE, AFTER, ONLY_AUTH_SESSION_NOT_NEEDED);
        assertThat(exploration.findings()).anySatisfy(finding -> assertThat(finding)
                .contains("site.preLoginCookie IDENTITY is part of the session"));
    }

    @Test
    public void untriedCookiesAreNoFindingOfTheirOwn() {
        Exploration exploration = exploring("site: {baseUrl: \"http://127.0.0.1:9/\", sessionCookie: JSESSIONID}");
        exploration.sessionAtSignIn(BEFORE, AFTER, SessionRule.Probe.UNTRIED);
        assertThat(exploration.findings()).as("nothing proven needed: the plain rule names no finding").isEmpty();
    }
}
