package io.sessionharness.referenceapp;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Session defects the reference site can be switched into, each modelled on a real failure. With none switched on
 * the site is correct; the detection matrix proves that the scenario suites catch every one of them.
 */
public enum Defect {
    IDLE_NOT_ENFORCED("idle-not-enforced", "idle timeout not enforced", "a session store whose idle eviction was switched off"),
    IDLE_CLIENT_ONLY("idle-client-only", "idle timeout enforced only in the browser (JavaScript)",
            "a single-page app that shows 'session expired' from a timer while the server keeps the session"),
    NO_ABSOLUTE_LIFETIME("no-absolute-lifetime", "absolute lifetime missing", "sessions kept alive forever by activity"),
    ACTIVITY_NOT_EXTENDING("activity-not-extending", "activity does not extend the session",
            "an idle timer counted from sign-in instead of from the last request"),
    ACTIVITY_STAMP_THROTTLED("activity-stamp-throttled", "the activity stamp is refreshed at most every half idle timeout",
            "a session store that writes the last-activity time at most once a minute under a two-minute idle timeout (to save"
            + " writes): a person who idles after a click that did not refresh the stamp is signed out before the timeout"),
    SIGN_OUT_DELETES_COOKIE_ONLY("sign-out-deletes-cookie-only", "sign-out only deletes the cookie",
            "a logout that clears the browser's cookie but never invalidates the server session"),
    NO_ID_ROTATION("no-id-rotation", "session ID not rotated at sign-in", "session fixation (OWASP ASVS 3.2.1)"),
    CACHEABLE_PAGES("cacheable-pages", "authenticated pages cacheable",
            "pages without no-store, shown again by Back after sign-out (Safari's back-forward cache among others)"),
    ACCOUNT_DATA_CACHEABLE("account-data-cacheable", "account data answers cacheable (single-page)",
            "the shell is rightly the same document for everyone, but the API answers carrying the account data are sent without no-store"),
    LINK_BURNT_BY_PREOPEN("link-burnt-by-preopen", "one-time link used up by opening it",
            "magic links consumed on GET: a mail scanner or a double click burns them"),
    LINK_USED_ON_SECOND_CLICK("link-used-on-second-click", "a double-clicked link shows 'link expired'",
            "a one-time link that does not recognise the browser it just signed in: the second tab of a double click says the link was used"),
    CONCURRENT_RULE_IGNORED("concurrent-rule-ignored", "concurrent-login rule not applied",
            "a declared 'one session per account' rule that the code never checks"),
    EXPIRED_500("expired-500", "expired session answered with a 500", "a null session dereferenced after expiry"),
    EXPIRED_REDIRECT_LOOP("expired-redirect-loop", "expired session sent into a redirect loop",
            "a protected page and the expiry page redirecting to each other"),
    COOKIES_DISABLED_LOOP("cookies-disabled-loop", "cookie-less browser sent round a sign-in loop",
            "a sign-in that 'succeeds' and redirects back to the sign-in page for ever when cookies are blocked"),
    SESSION_ID_IN_URL("session-id-in-url", "session ID in URLs",
            "URL rewriting (;jsessionid=) for cookie-less browsers: the ID leaks into logs and Referer (OWASP ASVS 3.1.1)"),
    SESSION_ID_UNDER_ANOTHER_NAME("session-id-under-another-name", "session ID in URLs under another name",
            "a sign-in form that, for a browser which sent no cookie, posts to an address carrying the session ID as an ordinary query value (?ref=<ID>): no parameter is named like the cookie"),
    DRAFT_LOST("draft-lost", "unsaved form text lost at session end", "a form whose text is thrown away when the session ended"),
    TAMPERED_COOKIE_500("tampered-cookie-500", "tampered session cookie answered with a 500",
            "a session lookup that throws on an unknown or malformed ID"),
    TAMPERED_COOKIE_ACCEPTED("tampered-cookie-accepted", "tampered session cookie accepted",
            "a session lookup by prefix (LIKE 'id%'): a cut-short cookie still opens the real session"),
    COOKIE_EXPIRES_BY_SERVER_CLOCK("cookie-expires-by-server-clock", "session cookie dropped by a client whose clock is ahead",
            "a session cookie with an absolute Expires (server time) and no Date header: a browser whose clock is hours ahead"
                    + " deletes it at once"),
    IP_BINDING_MISSING("ip-binding-missing", "IP binding missing where declared",
            "a declared 'session bound to the client address' rule that is never checked"),
    PAGE_KEEPS_ALIVE("page-keeps-alive", "the signed-in page keeps an idle session alive",
            "a single-page app polling a keep-alive URL in the background: a person who walked away never times out"),
    IDENTITY_COOKIE_OUTLIVES_SIGN_OUT("identity-cookie-outlives-sign-out", "a second session cookie still signs in after sign-out",
            "an SSO identity cookie that sign-out deletes from the browser but never revokes: replayed, it opens a new session"),
    STORED_TOKEN_OUTLIVES_SIGN_OUT("stored-token-outlives-sign-out", "a token kept in local storage still signs in after sign-out",
            "a single-page app's bearer token, kept in localStorage and sent by its scripts, that sign-out never revokes: replayed"
                    + " with the session cookie, it opens a new session (only a replay of the stored token shows it)"),
    PRE_LOGIN_COOKIE_ADOPTED("pre-login-cookie-adopted", "a pre-login cookie of another name becomes the session",
            "an authentication session ID set on the sign-in page (AUTH_SESSION_ID-style) that the signed-in session goes on accepting:"
                    + " planted beforehand, it fixes the session (OWASP ASVS 3.2.1)"),
    WARNING_TOO_LATE("warning-too-late", "pre-expiry warning shown too late",
            "a warning 5 s before the idle timeout, too late to react (WCAG 2.2.1 asks for 20 s)"),
    WARNING_DEADLINE_LOCAL_TIME("warning-deadline-local-time", "the warning's deadline is a clock time without a zone",
            "the page is told when the session ends as the server's wall-clock time without an offset (2026-12-04T05:10:30), which"
                    + " a browser reads in its own time zone: in a zone behind the server's the warning comes hours late"),
    IDLE_TOO_SHORT("idle-too-short", "idle timeout shorter than declared",
            "a session store configured with a fraction (here 40 %) of the documented idle timeout: people are signed out while they read"),
    IDLE_GRACE_PERIOD("idle-grace-period", "a grace period on top of the idle timeout",
            "a session store that grants half an idle timeout of grace beyond the documented one (a lazy eviction sweep, a rounded-up expiry)"),
    STAY_SIGNED_IN_IGNORED("stay-signed-in-ignored", "'Stay signed in' does not extend the server session",
            "a warning dialog whose button only restarts its own countdown: the keep-alive call answers 204 and changes nothing"),
    SESSIONS_LOST_ON_RESTART("sessions-lost-on-restart", "sessions declared persistent are lost on a restart",
            "a persistent session store (files, a database) configured but never wired in: every deploy signs everybody out"),
    FORM_SAVED_TWICE("form-saved-twice", "a form sent again is saved again",
            "a form without a one-time token: Back and send again (or a double click) saves the order twice"),
    SIGN_OUT_IGNORED("sign-out-ignored", "sign-out changes nothing",
            "a sign-out link that only shows the sign-in page: the browser keeps its cookie and the server its session"),
    SIGN_OUT_EVERYWHERE_LOCAL("sign-out-everywhere-local", "'sign out everywhere' ends only this device",
            "a 'sign out of all devices' control wired to the plain sign-out"),
    PASSWORD_CHANGE_KEEPS_SESSIONS("password-change-keeps-sessions", "a password change leaves other devices signed in",
            "a password change that does not end the account's other sessions (OWASP ASVS 3.3.3)"),
    REFRESH_OUTLIVES_SSO("refresh-outlives-sso", "the refresh token outlives the SSO session",
            "an app that renews its access token without asking whether the identity provider's session still lasts"),
    PROXY_ADDRESS_MISMATCH("proxy-address-mismatch", "people behind a proxy are signed out on their next click",
            "a session bound to the address a proxy reports (X-Forwarded-For) at sign-in but checked against the connection's"
                    + " address afterwards: everybody behind a corporate forward proxy loses the session at once"),
    SESSION_SERVED_TO_OTHERS("session-served-to-others", "a signed-in page and its session cookie served to another visitor",
            "a response cache in front of the site that stored a signed-in page with its Set-Cookie header and hands it to the next"
                    + " visitor without a cookie (Steam's store, December 2015)");

    private final String key;
    private final String title;
    private final String modelledOn;

    Defect(String key, String title, String modelledOn) {
        this.key = key;
        this.title = title;
        this.modelledOn = modelledOn;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public String modelledOn() {
        return modelledOn;
    }

    public static Optional<Defect> byKey(String key) {
        return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Defect::key).toList();
    }
}
