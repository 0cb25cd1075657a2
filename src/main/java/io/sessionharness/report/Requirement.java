package io.sessionharness.report;

/**
 * The published requirements the scenarios check, each with a name a reader recognises and a page to read it on:
 * a scenario names what it checks with {@link Checks}, and its Allure result links there.
 */
public enum Requirement {
    ASVS_3_1_1("OWASP ASVS 4.0.3 V3.1.1: the session token is never revealed in URL parameters", Pages.ASVS_V3),
    ASVS_3_2_1("OWASP ASVS 4.0.3 V3.2.1: a new session token on user authentication", Pages.ASVS_V3),
    ASVS_3_3_1("OWASP ASVS 4.0.3 V3.3.1: logout and expiration invalidate the session token", Pages.ASVS_V3),
    ASVS_3_3_2("OWASP ASVS 4.0.3 V3.3.2: re-authentication after an idle period and at an absolute maximum", Pages.ASVS_V3),
    ASVS_3_3_3("OWASP ASVS 4.0.3 V3.3.3: the other active sessions can be ended after a password change", Pages.ASVS_V3),
    ASVS_3_3_4("OWASP ASVS 4.0.3 V3.3.4: users can log out of any or all of their active sessions and devices", Pages.ASVS_V3),
    ASVS_8_2_1("OWASP ASVS 4.0.3 V8.2.1: anti-caching headers so that sensitive data is not cached in browsers",
            "https://github.com/OWASP/ASVS/blob/v4.0.3/4.0/en/0x16-V8-Data-Protection.md"),
    WSTG_SESS_01("OWASP WSTG-SESS-01: testing for the session management schema", Pages.WSTG_SESSION + "01-Testing_for_Session_Management_Schema"),
    WSTG_SESS_03("OWASP WSTG-SESS-03: testing for session fixation", Pages.WSTG_SESSION + "03-Testing_for_Session_Fixation"),
    WSTG_SESS_06("OWASP WSTG-SESS-06: testing for logout functionality", Pages.WSTG_SESSION + "06-Testing_for_Logout_Functionality"),
    WSTG_SESS_07("OWASP WSTG-SESS-07: testing session timeout", Pages.WSTG_SESSION + "07-Testing_Session_Timeout"),
    WSTG_ATHN_06("OWASP WSTG-ATHN-06: testing for browser cache weaknesses",
            Pages.WSTG + "04-Authentication_Testing/06-Testing_for_Browser_Cache_Weaknesses"),
    NIST_800_63B_REAUTHENTICATION("NIST SP 800-63B §7.2: reauthentication after inactivity and at a fixed lifetime",
            "https://pages.nist.gov/800-63-3/sp800-63b.html#sec7"),
    WCAG_2_2_1("WCAG 2.2 SC 2.2.1 Timing Adjustable: warned at least 20 s before, and able to extend", Pages.WCAG + "timing-adjustable"),
    WCAG_2_2_5("WCAG 2.2 SC 2.2.5 Re-authenticating: the activity goes on without loss of data after signing in again",
            Pages.WCAG + "re-authenticating"),
    WCAG_3_3_4("WCAG 2.2 SC 3.3.4 Error Prevention: a submission with consequences is not made twice by mistake",
            Pages.WCAG + "error-prevention-legal-financial-data"),
    RFC_6265_MAX_AGE("RFC 6265 §5.2.2: Max-Age counts from the client's own clock (Expires is the server's date)",
            "https://www.rfc-editor.org/rfc/rfc6265#section-5.2.2"),
    RFC_9700_REFRESH_TOKENS("RFC 9700 §4.14: refresh tokens bound to the lifetime of the authorisation",
            "https://www.rfc-editor.org/rfc/rfc9700#section-4.14"),
    OWASP_SESSION_EXPIRATION("OWASP Session Management Cheat Sheet: session expiration", Pages.SESSION_CHEAT_SHEET + "#session-expiration"),
    OWASP_SESSION_BINDING("OWASP Session Management Cheat Sheet: binding the session ID to other user properties",
            Pages.SESSION_CHEAT_SHEET + "#binding-the-session-id-to-other-user-properties"),
    OWASP_SIMULTANEOUS_LOGONS("OWASP Session Management Cheat Sheet: simultaneous session logons",
            Pages.SESSION_CHEAT_SHEET + "#simultaneous-session-logons"),
    OWASP_URL_TOKENS("OWASP Forgot Password Cheat Sheet: URL tokens are single-use and expire",
            "https://cheatsheetseries.owasp.org/cheatsheets/Forgot_Password_Cheat_Sheet.html#url-tokens");

    private final String title;
    private final String url;

    Requirement(String title, String url) {
        this.title = title;
        this.url = url;
    }

    public String title() {
        return title;
    }

    public String url() {
        return url;
    }

    private static final class Pages {
        static final String ASVS_V3 = "https://github.com/OWASP/ASVS/blob/v4.0.3/4.0/en/0x12-V3-Session-management.md";
        static final String WSTG = "https://owasp.org/www-project-web-security-testing-guide/stable/4-Web_Application_Security_Testing/";
        static final String WSTG_SESSION = WSTG + "06-Session_Management_Testing/";
        static final String WCAG = "https://www.w3.org/WAI/WCAG22/Understanding/";
        static final String SESSION_CHEAT_SHEET = "https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html";
    }
}
