package io.sessionharness.referenceapp;

import static io.sessionharness.referenceapp.Pages.escape;

/**
 * Pages of the reference site's second flavour: a single-sign-on app whose sign-in page is rendered by JavaScript
 * and whose identity provider lives on another host — built differently from the classic flavour on purpose.
 */
final class SsoPages {

    private SsoPages() {
    }

    /** The app's sign-in page: an empty shell that JavaScript fills in (as single-page apps do). */
    static String signIn(String authorizeUrl, java.util.Optional<SessionEnd> ended, boolean signedOut) {
        String banner = ended.isPresent() ? "<p class=\\\"banner-timeout\\\">" + (ended.get() == SessionEnd.IDLE || ended.get() == SessionEnd.ABSOLUTE
                ? "Your session timed out. Please sign in again." : "You were signed out: " + escape(ended.get().explanation()) + ".") + "</p>"
                : signedOut ? "<p class=\\\"banner-out\\\">You are signed out.</p>" : "";
        return page("Sign in", "<div id=\"app\">Loading…</div><script>"
                + "setTimeout(function () { document.getElementById('app').innerHTML = \""
                + "<h1>Welcome to Reference App</h1>" + banner
                + "<a id=\\\"continue-sso\\\" href=\\\"" + escape(authorizeUrl) + "\\\">Continue with Reference ID</a>\"; }, 300);"
                + "</script>");
    }

    /** The dashboard; {@code tokenAnswer} is the token endpoint's JSON answer, kept in the page as such apps keep it for their scripts. */
    static String home(String user, String path, String csrf, String tokenAnswer) {
        return page("Home", "<script type=\"application/json\" id=\"token-answer\">" + tokenAnswer.replace("</", "<\\/") + "</script>"
                + "<main id=\"dashboard\" data-page=\"" + escape(path) + "\"><h1>Dashboard</h1>"
                + "<p class=\"who\">Welcome, " + escape(user) + "</p>"
                + "<nav><a href=\"/app/home\">Home</a> · <a href=\"/app/profile\">Profile</a></nav>"
                + "<form method=\"post\" action=\"/signout\"><input type=\"hidden\" name=\"csrf\" value=\"" + escape(csrf) + "\">"
                + "<button id=\"logout\" type=\"submit\">Log out</button></form></main>");
    }

    /**
     * The identity provider's first step; its form action carries a one-time session_code and a base64url
     * {@code client_data} blob holding the app's state, as login actions of real ones do.
     */
    static String identify(String returnTo, String state, String error, String sessionCode, String clientData) {
        return page("Reference ID", "<main id=\"idp\"><h1>Reference ID</h1>" + (error.isEmpty() ? "" : "<p class=\"error\">" + escape(error) + "</p>")
                + "<form method=\"post\" action=\"/idp/identify?session_code=" + escape(sessionCode) + "&amp;client_data=" + escape(clientData) + "\">" + hidden("return", returnTo) + hidden("state", state)
                + "<label for=\"identifier\">Email or username</label> <input id=\"identifier\" name=\"identifier\">"
                + " <button id=\"next\" type=\"submit\">Next</button></form></main>");
    }

    static String verify(String identifier, String returnTo, String state, String sessionCode) {
        return page("Reference ID", "<main id=\"idp\"><h1>Hello " + escape(identifier) + "</h1>"
                + "<form method=\"post\" action=\"/idp/verify?session_code=" + escape(sessionCode) + "\">" + hidden("identifier", identifier) + hidden("return", returnTo)
                + hidden("state", state) + "<label for=\"secret\">Password</label> <input id=\"secret\" name=\"secret\" type=\"password\">"
                + " <button id=\"verify\" type=\"submit\">Sign in</button></form></main>");
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + escape(value) + "\">";
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " — Reference App</title></head><body>" + body + "</body></html>";
    }
}
