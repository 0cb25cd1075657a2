package io.sessionharness.explore;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Pattern;

import org.openqa.selenium.Cookie;

import io.sessionharness.report.Report;

/**
 * Which cookies and stored tokens carry the session: those new or changed at sign-in, picked the way a site that knows
 * its trade marks them (HttpOnly, else named like a session), noted in the draft by name only.
 */
final class SessionAtSignIn {

    private static final Pattern SESSION_LIKE = Pattern.compile("(?i)sess|sid|auth|token|ident|login|remember");
    private static final Pattern TOKEN_LIKE = Pattern.compile("[A-Za-z0-9+/=_.\\-]{16,}|(?i)\"[a-z_]*token\"\\s*:");

    private SessionAtSignIn() {
    }

    /** Cookies new or changed at sign-in (those named like a session or HttpOnly, where any are), and stored tokens. */
    static void note(DraftBrowser browser, SortedMap<String, String> before, SortedMap<String, String> after, Map<String, String> storedBefore,
            ProfileDraft draft) {
        List<String> changed = after.keySet().stream().filter(name -> !after.get(name).equals(before.get(name))).toList();
        List<Cookie> cookies = browser.driver().manage().getCookies().stream().filter(c -> changed.contains(c.getName())).toList();
        // Session cookies are kept from scripts (HttpOnly) where the site knows its trade: those first; else the names that
        // say session; else every cookie that appeared (a CSRF token changes at sign-in too, and is no session).
        List<String> httpOnly = cookies.stream().filter(Cookie::isHttpOnly).map(Cookie::getName).sorted().toList();
        List<String> named = cookies.stream().filter(c -> SESSION_LIKE.matcher(c.getName()).find()).map(Cookie::getName).sorted().toList();
        List<String> sessionCookies = !httpOnly.isEmpty() ? httpOnly : !named.isEmpty() ? named : cookies.stream().map(Cookie::getName).sorted().toList();
        Map<String, String> stored = browser.storedValues();
        List<String> tokens = stored.keySet().stream().filter(changed::contains)
                .filter(key -> !stored.get(key).equals(storedBefore.get(key)) && TOKEN_LIKE.matcher(stored.get(key)).find()).sorted().toList();
        draft.session(sessionCookies, tokens);
        Report.step("new or changed at sign-in (names only): " + (changed.isEmpty() ? "nothing" : String.join(", ", changed))
                + " → the session: " + (sessionCookies.isEmpty() && tokens.isEmpty() ? "none found" : String.join(", ", sessionCookies)
                        + (tokens.isEmpty() ? "" : (sessionCookies.isEmpty() ? "" : ", ") + String.join(", ", tokens))));
        if (sessionCookies.isEmpty() && tokens.isEmpty()) {
            draft.needsAHuman("site.sessionCookies / site.sessionTokens", "no cookie or stored item appeared or changed at sign-in");
        }
    }
}
