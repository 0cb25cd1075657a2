package io.sessionharness.referenceapp;

import java.util.Optional;

/**
 * The reference site's HTML: the frame every page shares, and the sign-in, expiry and error pages. Stable ids are the
 * markers the bundled target profile recognises. The account page ({@link AccountPage}), the account features'
 * pages ({@link AccountFeaturePages}) and the single-page flavour's ({@link SpaPages}) are built on this frame.
 */
final class Pages {

    private Pages() {
    }

    static String signIn(String csrf, String next, Optional<String> notice, Optional<String> error) {
        return signIn(csrf, next, notice, error, "/login");
    }

    /** The sign-in page whose form posts to {@code action} (with a session ID in it under the session-id-in-url defect). */
    static String signIn(String csrf, String next, Optional<String> notice, Optional<String> error, String action) {
        return page("Sign in", "<main id=\"login-page\">"
                + "<h1>Please sign in</h1>"
                + notice.map(n -> "<p id=\"notice\" role=\"status\">" + escape(n) + "</p>").orElse("")
                + error.map(e -> "<p id=\"login-error\" role=\"alert\">" + escape(e) + "</p>").orElse("")
                + form(csrf, next, action)
                + "</main>");
    }

    /** A browser that blocks cookies cannot keep a session: say so instead of sending it round the sign-in page again. */
    static String cookiesRequired() {
        return page("Cookies required", "<main id=\"cookies-required-page\">"
                + "<h1 id=\"cookies-required\">Cookies are required to sign in</h1>"
                + "<p>Your browser did not send back the cookie this site needs to keep you signed in. Allow cookies for this"
                + " site, then <a href=\"/login\">sign in again</a>.</p></main>");
    }

    /** What a crashing server shows (the expired-500 and tampered-cookie-500 defects). */
    static String serverError() {
        return "<!doctype html><html><head><title>Error 500</title></head><body><h2>HTTP ERROR 500 java.lang.NullPointerException</h2>"
                + "<p>Cannot invoke \"Session.getAttribute(String)\" because \"session\" is null</p></body></html>";
    }

    static String expired(SessionEnd reason, String csrf, String next) {
        return page("Session expired", "<main id=\"session-expired-page\">"
                + "<h1 id=\"session-expired\">Your session has expired — please sign in again</h1>"
                + "<p id=\"expiry-reason\" data-reason=\"" + reason.code() + "\">You were signed out because "
                + escape(reason.explanation()) + ". Nothing you had saved is lost.</p>"
                + form(csrf, next, "/login")
                + "</main>");
    }

    /**
     * For the reporting self-test only: one page carrying both the session-expired and the cookies-required marks, as
     * on a site whose profile markers overlap. The harness must call it ambiguous, naming both, never pick one.
     */
    static String overlappingMarkers() {
        return page("Overlapping markers", "<main id=\"overlapping-markers\"><h1 id=\"session-expired\">Your session has expired</h1>"
                + "<p id=\"cookies-required\">Cookies are required to sign in</p></main>");
    }

    /** A page no marker of the bundled profiles describes, answered with the status the self-test asks for. */
    static String unmarked(int status) {
        return page("Status " + status, "<main id=\"unmarked\"><p>The self-test asked for HTTP " + status + ".</p></main>");
    }

    static String cacheProbe(long number) {
        return page("Cache probe", "<main id=\"cache-probe\"><p>Answer number <span id=\"probe-number\">" + number + "</span></p></main>");
    }

    /** The sign-out confirmation page (GET /logout), as identity providers show one: nothing ends until it is confirmed. */
    static String signOutConfirmation(String user, String csrf) {
        return page("Sign out", "<main id=\"logout-confirm\"><h1>Sign out</h1><p>Do you want to sign out, " + escape(user) + "?</p>"
                + "<form method=\"post\" action=\"/logout\">" + hidden("csrf", csrf)
                + "<button id=\"confirm-sign-out\" type=\"submit\">Yes, sign out</button></form>"
                + "<p><a id=\"stay\" href=\"/account\">No, back to my account</a></p></main>");
    }


    static String confirmLink(String token, String csrf, String user) {
        return page("Sign in", "<main id=\"link-confirm\"><h1>Sign in as " + escape(user) + "?</h1>"
                + "<form method=\"post\" action=\"/magic\">" + hidden("token", token) + hidden("csrf", csrf)
                + "<button id=\"continue\" type=\"submit\">Continue</button></form></main>");
    }

    static String linkInvalid() {
        return page("Link expired", "<main id=\"link-invalid\"><h1>This sign-in link has expired or was already used</h1>"
                + "<p>Ask for a new link, or <a href=\"/login\">sign in with your password</a>.</p></main>");
    }

    static String notFound(String path) {
        return page("Not found", "<main id=\"not-found\"><h1>Page not found</h1><p>" + escape(path) + "</p>"
                + "<a href=\"/\">Home</a></main>");
    }

    /** The sign-in form (username, password, CSRF token, where to go next) posting to {@code action}. */
    static String form(String csrf, String next, String action) {
        return "<form id=\"login-form\" method=\"post\" action=\"" + escape(action) + "\">"
                + hidden("csrf", csrf) + hidden("next", next)
                + "<label for=\"username\">Username</label> <input id=\"username\" name=\"username\" autocomplete=\"username\"> "
                + "<label for=\"password\">Password</label> <input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\"> "
                + "<button id=\"sign-in\" type=\"submit\">Sign in</button></form>";
    }

    static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + escape(value) + "\">";
    }

    /** A whole page: {@code body} in the site's frame, reloaded when a browser restores it from its back-forward cache. */
    static String page(String title, String body) {
        return page(title, body, true);
    }

    static String page(String title, String body, boolean reloadFromBackForwardCache) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " — Reference site</title><style>body{font-family:sans-serif;margin:2em;max-width:40em}"
                + "#session-expired{color:#a40}#notice{color:#060}#login-error{color:#a00}label{margin-left:.5em}</style>"
                + "</head><body>" + body
                // Safari/WebKit restores pages from its back-forward cache despite no-store: reload such a page so
                // that Back after sign-out or expiry asks the server instead of showing signed-in content.
                + (reloadFromBackForwardCache ? "<script>addEventListener('pageshow',function(e){if(e.persisted){location.reload();}});</script>" : "")
                + "</body></html>";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
