package io.sessionharness.explore;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Pattern;

import io.sessionharness.report.Report;

/**
 * Which cookies and stored tokens carry the session: of the cookies new or changed at sign-in, those the signed-in page
 * does not work without ({@link SessionRule}, tried with a {@link SessionRule.Probe}); a reissued cookie beside a new
 * session cookie is the pre-login cookie; stored items holding token-shaped values are the stored tokens. Noted in the
 * draft by name only.
 */
final class SessionAtSignIn {

    private static final Pattern TOKEN_LIKE = Pattern.compile("[A-Za-z0-9+/=_.\\-]{16,}|(?i)\"[a-z_]*token\"\\s*:");

    private SessionAtSignIn() {
    }

    /** {@code before}/{@code after}: digests by name before and after sign-in; {@code probe} tries the page without a cookie. */
    static void note(DraftBrowser browser, SortedMap<String, String> before, SortedMap<String, String> after, Map<String, String> storedBefore,
            SessionRule.Probe probe, ProfileDraft draft) {
        java.util.Set<String> changed = SessionRule.changed(before, after);
        SessionRule.Found found = SessionRule.decide(before, after, probe);
        Map<String, String> stored = browser.storedValues();
        List<String> tokens = stored.keySet().stream().filter(changed::contains)
                .filter(key -> !stored.get(key).equals(storedBefore.get(key)) && TOKEN_LIKE.matcher(stored.get(key)).find()).sorted().toList();
        draft.session(found.session(), found.preLogin(), tokens);
        Report.step("new or changed at sign-in (names only): " + (changed.isEmpty() ? "nothing" : String.join(", ", changed))
                + " → the session: " + (found.session().isEmpty() && tokens.isEmpty() ? "none found" : String.join(", ", found.session())
                        + (tokens.isEmpty() ? "" : (found.session().isEmpty() ? "" : ", ") + String.join(", ", tokens)))
                + found.preLogin().map(name -> "; the pre-login cookie: " + name).orElse("")
                + (found.how().isEmpty() ? "" : "\n" + String.join("\n", found.how())));
        if (found.session().isEmpty() && tokens.isEmpty()) {
            draft.needsAHuman("site.sessionCookies / site.sessionTokens", "no cookie or stored item appeared or changed at sign-in");
        }
    }
}
