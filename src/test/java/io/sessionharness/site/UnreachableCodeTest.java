package io.sessionharness.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.testng.annotations.Test;

/** The browser's own error page: a site it could not reach (infrastructure) or an answer it could not use (the site's). */
public class UnreachableCodeTest {

    @Test
    public void connectionNameTlsAndProxyFailuresMeanTheSiteCouldNotBeReached() {
        for (String code : new String[] {"ERR_CONNECTION_REFUSED", "ERR_CONNECTION_RESET", "ERR_NAME_NOT_RESOLVED", "ERR_CONNECTION_TIMED_OUT",
                "ERR_CERT_AUTHORITY_INVALID", "ERR_SSL_PROTOCOL_ERROR", "ERR_PROXY_CONNECTION_FAILED", "ERR_EMPTY_RESPONSE", "ERR_ADDRESS_UNREACHABLE"}) {
            assertThat(Recognition.unreachableCode("This site can't be reached\n127.0.0.1 refused to connect.\n" + code)).as(code).hasValue(code);
        }
    }

    @Test
    public void aRedirectLoopOrABrokenAnswerIsTheSitesDoing() {
        assertThat(Recognition.unreachableCode("This page isn't working\n127.0.0.1 redirected you too many times.\nERR_TOO_MANY_REDIRECTS")).isEmpty();
        assertThat(Recognition.unreachableCode("ERR_INVALID_RESPONSE")).isEmpty();
        assertThat(Recognition.unreachableCode("ERR_RESPONSE_HEADERS_MULTIPLE_CONTENT_DISPOSITION")).isEmpty();
        assertThat(Recognition.unreachableCode("XERR_CONNECTION_REFUSEDX")).as("a whole code only").isEmpty();
    }
}
