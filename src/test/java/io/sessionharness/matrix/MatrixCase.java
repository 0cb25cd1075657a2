package io.sessionharness.matrix;

import java.util.List;

import io.sessionharness.referenceapp.Defect;
import io.sessionharness.report.Categories;

/**
 * A seeded defect, the bundled target it is switched on in, the scenarios ("family.Class#method") expected to catch
 * it, and the report category the failure must fall into — what the defect is, decided from the defect itself: a
 * scenario failing for another reason has not caught it. A new defect needs a row here; a defect no scenario catches
 * is a gap in the suites.
 */
record MatrixCase(Defect defect, String target, List<String> catchers, String category) {

    private static final String IDLE = "timeouts.IdleTimeoutScenarios#idleSessionExpiresAndItsCookieIsRejected";
    private static final String ACTIVITY = "timeouts.IdleTimeoutScenarios#activityKeepsTheSessionAlivePastOneIdleTimeout";
    private static final String ABSOLUTE = "timeouts.AbsoluteTimeoutScenarios#activeSessionStillEndsAtItsAbsoluteLifetime";
    private static final String SIGN_OUT = "signout.SignOutScenarios#signOutEndsTheSessionOnTheServer";
    private static final String COOKIES = "conditions.CookiesScenarios#cookiesOffGetAClearMessageAndNoIdInTheUrl";

    /**
     * A fragment every catcher's failure message must hold, beside the category: the failure says what the defect does,
     * not only which category a regex files it under.
     */
    private static final java.util.Map<Defect, String> FRAGMENTS = java.util.Map.ofEntries(
            java.util.Map.entry(Defect.IDLE_NOT_ENFORCED, "outlived its declared limit"),
            java.util.Map.entry(Defect.IDLE_CLIENT_ONLY, "outlived its declared limit while its page kept it alive"),
            java.util.Map.entry(Defect.NO_ABSOLUTE_LIFETIME, "outlived its absolute timeout"),
            java.util.Map.entry(Defect.ACTIVITY_NOT_EXTENDING, "ended too early — expected it still alive"),
            java.util.Map.entry(Defect.ACTIVITY_STAMP_THROTTLED, "after her last request] The session ended too early"),
            java.util.Map.entry(Defect.SIGN_OUT_DELETES_COOKIE_ONLY, "[the signed-out session replayed from another browser] The signed-in page is shown"),
            java.util.Map.entry(Defect.NO_ID_ROTATION, "The session ID was not rotated at sign-in"),
            java.util.Map.entry(Defect.CACHEABLE_PAGES, "came back from the browser's cache"),
            java.util.Map.entry(Defect.ACCOUNT_DATA_CACHEABLE, "(account data for the shell; Cache-Control: private, max-age=600)"),
            java.util.Map.entry(Defect.LINK_BURNT_BY_PREOPEN, "'link expired or already used' page instead"),
            java.util.Map.entry(Defect.LINK_USED_ON_SECOND_CLICK, "showed 'link expired or already used' in one tab"),
            java.util.Map.entry(Defect.CONCURRENT_RULE_IGNORED, "Still signed in although the declared rule ends this session (policy.concurrentSessions"),
            java.util.Map.entry(Defect.EXPIRED_500, "error page (GET /account → 500)"),
            java.util.Map.entry(Defect.EXPIRED_REDIRECT_LOOP, "a redirect loop"),
            java.util.Map.entry(Defect.COOKIES_DISABLED_LOOP, "A sign-in loop"),
            java.util.Map.entry(Defect.SESSION_ID_IN_URL, "The session ID is in the URL"),
            java.util.Map.entry(Defect.SESSION_ID_UNDER_ANOTHER_NAME, "The session ID is in the URL (it leaks into logs, history and Referer headers;"
                    + " OWASP ASVS 3.1.1): the value of JSESSIONID"),
            java.util.Map.entry(Defect.DRAFT_LOST, "Data lost unless the"),
            java.util.Map.entry(Defect.TAMPERED_COOKIE_500, "The site answered with an error page (GET /account → 500)"),
            java.util.Map.entry(Defect.TAMPERED_COOKIE_ACCEPTED, "[truncated session cookie] The signed-in page is shown"),
            java.util.Map.entry(Defect.COOKIE_EXPIRES_BY_SERVER_CLOCK, "ended too early — at once, with the browser's clock"),
            java.util.Map.entry(Defect.IP_BINDING_MISSING, "(policy.bindsToIp: true, and the client's address changed)"),
            java.util.Map.entry(Defect.PAGE_KEEPS_ALIVE, "while its page kept it alive"),
            java.util.Map.entry(Defect.IDENTITY_COOKIE_OUTLIVES_SIGN_OUT, "[the signed-out session replayed from another browser] The signed-in page is shown"),
            java.util.Map.entry(Defect.STORED_TOKEN_OUTLIVES_SIGN_OUT, "[the signed-out session replayed from another browser] The signed-in page is shown"),
            java.util.Map.entry(Defect.PRE_LOGIN_COOKIE_ADOPTED, "[mallory's browser with the ID he planted] The signed-in page is shown"),
            java.util.Map.entry(Defect.WARNING_TOO_LATE, "The expiry warning came"),
            java.util.Map.entry(Defect.WARNING_DEADLINE_LOCAL_TIME, "No expiry warning in a browser in the time zone"),
            java.util.Map.entry(Defect.IDLE_TOO_SHORT, "The session ended too early — expected it still alive"),
            java.util.Map.entry(Defect.IDLE_GRACE_PERIOD, "The session outlived its declared limit —"),
            java.util.Map.entry(Defect.STAY_SIGNED_IN_IGNORED, "after 'Stay signed in'"),
            java.util.Map.entry(Defect.SESSIONS_LOST_ON_RESTART, "[after the restart (sessions in files)] The session ended too early"),
            java.util.Map.entry(Defect.FORM_SAVED_TWICE, "the form was already sent"),
            java.util.Map.entry(Defect.SIGN_OUT_IGNORED, "The signed-in page is shown: the session is still alive on the server"),
            java.util.Map.entry(Defect.SIGN_OUT_EVERYWHERE_LOCAL, "The signed-in page is shown: the session is still alive on the server"),
            java.util.Map.entry(Defect.PASSWORD_CHANGE_KEEPS_SESSIONS, "The signed-in page is shown: the session is still alive on the server"),
            java.util.Map.entry(Defect.REFRESH_OUTLIVES_SSO, "outlived its refresh token (SSO session) lifetime"),
            java.util.Map.entry(Defect.PROXY_ADDRESS_MISMATCH, "The session ended too early"),
            java.util.Map.entry(Defect.SESSION_SERVED_TO_OTHERS, "[bob, who never signed in] The signed-in page is shown"));

    /** The fragment this defect's catchers' messages must hold (see {@link #FRAGMENTS}); empty only for a case made up in a test. */
    String fragment() {
        return FRAGMENTS.getOrDefault(defect, "");
    }

    static List<MatrixCase> all() {
        return List.of(
                new MatrixCase(Defect.IDLE_NOT_ENFORCED, "reference", List.of(IDLE, "people.SharedComputerScenarios#withoutSignOutTheNextPersonSeesTheSession",
                        "people.TabsScenarios#idleInBothTabsExpiresBoth"),
                        Categories.OUTLIVED),
                new MatrixCase(Defect.IDLE_CLIENT_ONLY, "reference-warning", List.of(IDLE, "timeouts.ExpiryWarningScenarios#ignoringTheWarningEndsTheSession"),
                        Categories.OUTLIVED),
                new MatrixCase(Defect.NO_ABSOLUTE_LIFETIME, "reference", List.of(ABSOLUTE), Categories.OUTLIVED),
                new MatrixCase(Defect.ACTIVITY_NOT_EXTENDING, "reference", List.of(ACTIVITY, "people.TabsScenarios#activityInOneTabKeepsTheOtherAlive"),
                        Categories.EXPIRED_TOO_EARLY),
                new MatrixCase(Defect.SIGN_OUT_DELETES_COOKIE_ONLY, "reference", List.of(SIGN_OUT), Categories.SECURITY),
                new MatrixCase(Defect.NO_ID_ROTATION, "reference", List.of("signin.SessionFixationScenarios#signInRotatesAPlantedSessionId"), Categories.SECURITY),
                new MatrixCase(Defect.CACHEABLE_PAGES, "reference", List.of("conditions.CacheScenarios#afterSignOutNoCachedAccountPage"), Categories.SECURITY),
                new MatrixCase(Defect.ACCOUNT_DATA_CACHEABLE, "reference-spa", List.of("conditions.CacheScenarios#afterSignOutNoCachedAccountPage"),
                        Categories.SECURITY),
                new MatrixCase(Defect.LINK_BURNT_BY_PREOPEN, "reference", List.of("people.EmailLinkScenarios#mailScannerPreOpen"), Categories.OTHER),
                new MatrixCase(Defect.LINK_USED_ON_SECOND_CLICK, "reference", List.of("people.EmailLinkScenarios#doubleClickedLinkSignsInOnce"), Categories.OTHER),
                new MatrixCase(Defect.CONCURRENT_RULE_IGNORED, "reference-sso", List.of("people.MultipleDevicesScenarios#secondLoginFollowsTheDeclaredRule"), Categories.SECURITY),
                new MatrixCase(Defect.EXPIRED_500, "reference", List.of(IDLE), Categories.ERROR_PAGE),
                new MatrixCase(Defect.EXPIRED_REDIRECT_LOOP, "reference", List.of(IDLE), Categories.ERROR_PAGE),
                new MatrixCase(Defect.COOKIES_DISABLED_LOOP, "reference", List.of(COOKIES), Categories.ERROR_PAGE),
                new MatrixCase(Defect.SESSION_ID_IN_URL, "reference", List.of(COOKIES), Categories.SECURITY),
                new MatrixCase(Defect.SESSION_ID_UNDER_ANOTHER_NAME, "reference", List.of(COOKIES), Categories.SECURITY),
                new MatrixCase(Defect.DRAFT_LOST, "reference", List.of("people.TabsScenarios#formSubmittedAfterSignOutElsewhereKeepsItsText",
                        "timeouts.DraftScenarios#formFilledAcrossExpiryKeepsItsDraft", "conditions.ResubmitScenarios#staleFormAfterExpiryKeepsItsText"), Categories.DATA_LOST),
                new MatrixCase(Defect.TAMPERED_COOKIE_500, "reference", List.of("conditions.TamperedCookieScenarios#tamperedSessionCookiesAreRejectedCleanly",
                        "conditions.RestartScenarios#inMemorySessionsEndCleanlyOnRestart"), Categories.ERROR_PAGE),
                new MatrixCase(Defect.TAMPERED_COOKIE_ACCEPTED, "reference", List.of("conditions.TamperedCookieScenarios#tamperedSessionCookiesAreRejectedCleanly"), Categories.SECURITY),
                new MatrixCase(Defect.COOKIE_EXPIRES_BY_SERVER_CLOCK, "reference", List.of("conditions.ClockScenarios#aWrongClientClockChangesNothing"), Categories.EXPIRED_TOO_EARLY),
                new MatrixCase(Defect.IP_BINDING_MISSING, "reference-sso", List.of("conditions.NetworkScenarios#addressChangeFollowsTheDeclaredBinding"), Categories.SECURITY),
                new MatrixCase(Defect.PAGE_KEEPS_ALIVE, "reference", List.of(IDLE), Categories.OUTLIVED),
                new MatrixCase(Defect.IDENTITY_COOKIE_OUTLIVES_SIGN_OUT, "reference-two-cookies", List.of(SIGN_OUT), Categories.SECURITY),
                new MatrixCase(Defect.STORED_TOKEN_OUTLIVES_SIGN_OUT, "reference-spa", List.of(SIGN_OUT), Categories.SECURITY),
                new MatrixCase(Defect.PRE_LOGIN_COOKIE_ADOPTED, "reference-two-cookies", List.of("signin.SessionFixationScenarios#signInRotatesAPlantedSessionId"), Categories.SECURITY),
                new MatrixCase(Defect.WARNING_TOO_LATE, "reference-warning", List.of("timeouts.ExpiryWarningScenarios#warningComesEarlyEnough"), Categories.OTHER),
                new MatrixCase(Defect.WARNING_DEADLINE_LOCAL_TIME, "reference-warning",
                        List.of("timeouts.ExpiryWarningScenarios#warningComesEarlyEnoughInAnotherTimeZone"), Categories.OTHER),
                new MatrixCase(Defect.IDLE_TOO_SHORT, "reference", List.of("timeouts.IdleTimeoutScenarios#shortIdleKeepsTheSession",
                        "people.ComingBackScenarios#closingTheTabAndComingBackSoonResumes"), Categories.EXPIRED_TOO_EARLY),
                new MatrixCase(Defect.ACTIVITY_STAMP_THROTTLED, "reference", List.of("timeouts.IdleTimeoutScenarios#idleTimeoutCountsFromTheLastRequest"),
                        Categories.EXPIRED_TOO_EARLY),
                new MatrixCase(Defect.IDLE_GRACE_PERIOD, "reference", List.of(IDLE), Categories.OUTLIVED),
                new MatrixCase(Defect.STAY_SIGNED_IN_IGNORED, "reference-warning", List.of("timeouts.ExpiryWarningScenarios#staySignedInExtendsTheServerSession"),
                        Categories.EXPIRED_TOO_EARLY),
                new MatrixCase(Defect.SESSIONS_LOST_ON_RESTART, "reference", List.of("conditions.RestartScenarios#persistedSessionsSurviveRestart"),
                        Categories.EXPIRED_TOO_EARLY),
                new MatrixCase(Defect.FORM_SAVED_TWICE, "reference", List.of("conditions.ResubmitScenarios#sameFormSentTwiceIsSavedOnce"), Categories.OTHER),
                new MatrixCase(Defect.SIGN_OUT_IGNORED, "reference", List.of("people.SharedComputerScenarios#signOutEndsTheSessionForTheNextPerson",
                        "people.TabsScenarios#signOutInOneTabEndsTheOther", "conditions.CacheScenarios#emptyingTheCachesRecovers"), Categories.SECURITY),
                new MatrixCase(Defect.SIGN_OUT_EVERYWHERE_LOCAL, "reference", List.of("people.EverywhereScenarios#signOutEverywhereEndsOtherDevices"), Categories.SECURITY),
                new MatrixCase(Defect.PASSWORD_CHANGE_KEEPS_SESSIONS, "reference", List.of("people.EverywhereScenarios#passwordChangeEndsOtherDevices"), Categories.SECURITY),
                new MatrixCase(Defect.REFRESH_OUTLIVES_SSO, "reference-sso-tokens", List.of("signin.SsoTokenScenarios#refreshKeepsTheSessionUntilTheSsoSessionEnds"),
                        Categories.OUTLIVED),
                new MatrixCase(Defect.PROXY_ADDRESS_MISMATCH, "reference", List.of("conditions.NetworkScenarios#throughAProxyTheSessionBehavesAsWithout"),
                        Categories.EXPIRED_TOO_EARLY),
                new MatrixCase(Defect.SESSION_SERVED_TO_OTHERS, "reference", List.of("people.IsolationScenarios#peopleShareNoCookiesOrStorage"),
                        Categories.SECURITY));
    }
}
