package io.sessionharness.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.testng.annotations.Test;

public class SessionCookieNamesTest {

    @Test
    public void namesMatchExactlyAndPatternsByTheirWildcard() {
        SessionCookieNames names = SessionCookieNames.of("JSESSIONID", "KEYCLOAK_*");
        assertThat(names.matches("JSESSIONID")).isTrue();
        assertThat(names.matches("jsessionid")).as("cookie names are case-sensitive").isFalse();
        assertThat(names.matches("KEYCLOAK_SESSION")).isTrue();
        assertThat(names.matches("KEYCLOAK_")).isTrue();
        assertThat(names.matches("XKEYCLOAK_SESSION")).isFalse();
        assertThat(SessionCookieNames.of("a.b").matches("aXb")).as("a dot is a dot, not a regex").isFalse();
    }

    @Test
    public void aSessionIdInTheUrlIsFoundUnderAnyOfTheNames() {
        SessionCookieNames names = SessionCookieNames.of("SID", "APP_*");
        assertThat(names.appearIn("https://x.test/a;jsessionid=ABC")).isTrue();
        assertThat(names.appearIn("https://x.test/a?sid=ABC")).as("servers read the name without case").isTrue();
        assertThat(names.appearIn("https://x.test/a?x=1&app_token=ABC")).isTrue();
        assertThat(names.appearIn("https://x.test/a?consider=1")).as("'sid=' inside another name").isFalse();
        assertThat(names.appearIn("https://x.test/sid/page")).isFalse();
        assertThat(SessionCookieNames.of("*SESS*").appearIn("https://x.test/a?from=/sessions&tab=1"))
                .as("a wildcard does not run past '=' or '/'").isFalse();
        assertThat(SessionCookieNames.of("*SESS*").appearIn("https://x.test/a?PHPSESSID=1")).isTrue();
    }

    @Test
    public void malformedEntriesAreNamed() {
        assertThat(SessionCookieNames.malformed(List.of("ok", "with space", "*", "semi;colon", "A_*"))).containsExactly("with space", "*", "semi;colon");
    }

    @Test
    public void thePrimaryNameIsTheFirstPlainOneOrAPatternFilledIn() {
        assertThat(SessionCookieNames.of("APP_*", "SID", "KEY").primary()).isEqualTo("SID");
        assertThat(SessionCookieNames.of("APP_*", "SID", "KEY").others()).containsExactly("KEY");
        assertThat(SessionCookieNames.of("KEYCLOAK_*").primary()).isEqualTo("KEYCLOAK_SESSION");
    }
}
