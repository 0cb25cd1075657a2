package io.sessionharness.referenceapp;

import java.time.Duration;
import java.util.Optional;

import io.sessionharness.config.Durations;

/** The reference site's HTML. Stable ids are the markers the bundled target profile recognises. */
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
     * The single-page flavour's account pages: the same shell for every visitor, signed in or not (so neither the
     * status nor a redirect tells the session's state); its script asks /api/page for the content and renders it, or
     * goes where a 401 says (the sign-in page); any other answer is shown as it came.
     */
    /**
     * The single-page flavour's shell: asks /api/page for the content (sending the token kept in local storage under
     * {@code tokenKey}, where the session has one) and renders it, or follows a 401 to the sign-in page.
     */
    static String singlePageShell(Optional<String> tokenKey) {
        // A browser that blocks cookies blocks local storage too: reading it throws, and the page must still go on.
        String headers = tokenKey.map(key -> ",headers:{'" + Identities.HEADER + "':stored(" + jsString(key) + ")}").orElse("");
        return page("Loading", "<main id=\"app\" aria-busy=\"true\">Loading…</main><script>"
                + "function stored(k){try{return localStorage.getItem(k)||'';}catch(e){return '';}}"
                + "fetch('/api/page?path='+encodeURIComponent(location.pathname),{credentials:'same-origin',cache:'no-store'" + headers + "})"
                + ".then(function(r){return r.text().then(function(t){return {status:r.status,text:t};});})"
                + ".then(function(a){if(a.status===401){location.replace(JSON.parse(a.text).signIn);return;}"
                + "var html=a.status===200?JSON.parse(a.text).html:a.text;document.open();document.write(html);document.close();});"
                + "</script>");
    }

    /** The signed-in answer of a bearer-token single-page app: the page keeps its token in local storage, then goes to {@code next}. */
    static String storeTokenAndGo(String key, String token, String next) {
        return page("Signing in", "<main id=\"signing-in\" aria-busy=\"true\">Signing in…</main><script>"
                + "localStorage.setItem(" + jsString(key) + "," + jsString(token) + ");location.replace(" + jsString(next) + ");</script>", false);
    }

    /** A JavaScript string literal of {@code text}, safe inside a script element. */
    private static String jsString(String text) {
        StringBuilder out = new StringBuilder("'");
        for (char c : text.toCharArray()) {
            out.append(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '/' || c == '.' || c == '?' || c == '=' || c == '&'
                    ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return out.append('\'').toString();
    }

    /**
     * For the reporting self-test only: one page carrying both the session-expired and the cookies-required marks, as
     * on a site whose profile markers overlap. The harness must call it ambiguous, naming both, never pick one.
     */
    static String overlappingMarkers() {
        return page("Overlapping markers", "<main id=\"overlapping-markers\"><h1 id=\"session-expired\">Your session has expired</h1>"
                + "<p id=\"cookies-required\">Cookies are required to sign in</p></main>");
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

    static String account(String user, String page, String csrf, SiteSettings settings) {
        return page("Your account", "<main id=\"account-page\" data-page=\"" + escape(page) + "\">"
                + "<h1>Your account</h1>"
                + "<p id=\"signed-in-as\">Signed in as <strong>" + escape(user) + "</strong></p>"
                + "<p id=\"policy\">Sessions end after " + describe(settings.idleTimeout()) + " without activity and at the latest "
                + describe(settings.absoluteTimeout()) + " after signing in.</p>"
                + "<nav><a id=\"refresh\" href=\"" + escape(page) + "\">Refresh</a> · <a id=\"orders\" href=\"/orders\">Orders</a>"
                + " · <a id=\"notes\" href=\"/notes\">Notes</a> · <a id=\"change-password\" href=\"/password\">Change password</a>"
                + " · <a id=\"sign-out-link\" href=\"/logout\">Sign out…</a></nav>"
                + "<form id=\"sign-out-form\" method=\"post\" action=\"/logout\">"
                + hidden("csrf", csrf)
                + "<button id=\"sign-out\" type=\"submit\">Sign out</button></form>"
                + "<form id=\"sign-out-everywhere-form\" method=\"post\" action=\"/logout-everywhere\">" + hidden("csrf", csrf)
                + "<button id=\"sign-out-everywhere\" type=\"submit\">Sign out everywhere</button></form>"
                + "</main>"
                + expiryWarning(settings, csrf)
                + backgroundKeepAlive(settings, csrf)
                + (settings.has(Defect.IDLE_CLIENT_ONLY) && settings.idleTimeout().isPresent()
                        // The idle-client-only defect: the page "expires" itself; the server never does.
                        ? "<script>setTimeout(function(){location.href='/session-expired?reason=idle&next=" + escape(page) + "';},"
                                + settings.idleTimeout().get().toMillis() + ");</script>" : ""),
                !settings.has(Defect.CACHEABLE_PAGES));
    }

    /**
     * The pre-expiry warning (WCAG 2.2.1): some time before the idle timeout a banner says how many seconds the session
     * has left and offers "Stay signed in", which tells the server (POST /keepalive) and starts again. Built as many
     * sites build it: a deadline in the page's clock and a once-a-second check of {@code new Date()} against it, so
     * that timers alone (sped up or not) do not move it — only a page clock that fakes {@code Date} too does.
     */
    private static String expiryWarning(SiteSettings settings, String csrf) {
        if (settings.idleTimeout().isEmpty() || settings.effectiveWarningLead().isEmpty()) {
            return "";
        }
        long idle = settings.idleTimeout().get().toMillis();
        long lead = Math.min(idle, settings.effectiveWarningLead().get().toMillis());
        return "<div id=\"expiry-warning\" role=\"alertdialog\" hidden><p>Your session ends in <span id=\"expiry-seconds\">"
                + lead / 1000 + "</span> s because of inactivity.</p><button id=\"stay-signed-in\" type=\"button\">Stay signed in</button></div>"
                + "<script>(function(){var idle=" + idle + ",lead=" + lead + ";"
                + firstDeadline(settings, idle)
                + "var box=document.getElementById('expiry-warning'),seconds=document.getElementById('expiry-seconds');"
                + "function check(){var left=deadline-new Date().getTime();if(left<=lead){seconds.textContent=Math.max(0,Math.ceil(left/1000));"
                + "box.hidden=false;}}"
                + "document.getElementById('stay-signed-in').addEventListener('click',function(){"
                + "fetch('/keepalive',{method:'POST',headers:{'Content-Type':'application/x-www-form-urlencoded'},body:'csrf="
                + escape(csrf) + "'}).then(function(r){if(r.ok){deadline=new Date().getTime()+idle;box.hidden=true;}else{location.reload();}});});"
                + "check();setInterval(check,1000);})();</script>";
    }

    /**
     * The script variable {@code deadline}: when the session ends, in the page's clock. The correct page counts from
     * its own load; with {@link Defect#WARNING_DEADLINE_LOCAL_TIME} it is the server's wall-clock deadline written
     * without a zone, which the browser reads as its own local time (after "Stay signed in" it counts from the click).
     */
    private static String firstDeadline(SiteSettings settings, long idle) {
        if (!settings.has(Defect.WARNING_DEADLINE_LOCAL_TIME)) {
            return "var deadline=new Date().getTime()+idle;";
        }
        String deadline = java.time.LocalDateTime.now().plus(java.time.Duration.ofMillis(idle))
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS"));
        return "var deadline=new Date('" + deadline + "').getTime();";
    }

    /**
     * A page that tells the server "still here" every quarter of the idle timeout, unasked — by design where the site
     * declares it (policy.pageKeepsAlive), a defect (page-keeps-alive) where it does not.
     */
    private static String backgroundKeepAlive(SiteSettings settings, String csrf) {
        if (!settings.pagePollsKeepAlive() || settings.idleTimeout().isEmpty()) {
            return "";
        }
        long every = Math.max(500, settings.idleTimeout().get().toMillis() / 4);
        return "<script>setInterval(function(){fetch('/keepalive',{method:'POST',headers:{'Content-Type':'application/x-www-form-urlencoded'},"
                + "body:'csrf=" + escape(csrf) + "'});}," + every + ");</script>";
    }

    /** The notes page: a form whose text must never be lost silently. */
    static String notes(String user, String csrf, java.util.List<String> saved, String draft, boolean justSaved) {
        return notes(user, csrf, "", saved, draft, justSaved, false);
    }

    /** The notes page with a one-time form token; {@code alreadySent}: the same form came in twice, saved once. */
    static String notes(String user, String csrf, String formToken, java.util.List<String> saved, String draft, boolean justSaved,
            boolean alreadySent) {
        StringBuilder list = new StringBuilder("<ul id=\"saved-notes\">");
        saved.forEach(note -> list.append("<li>").append(escape(note)).append("</li>"));
        return page("Notes", "<main id=\"account-page\" data-page=\"/notes\"><h1>Notes of " + escape(user) + "</h1>"
                + (justSaved ? "<p id=\"saved\" role=\"status\">Saved.</p>" : "")
                + (alreadySent ? "<p id=\"already-sent\" role=\"alert\">This form was already sent: it was saved once, not twice.</p>" : "")
                + (draft.isEmpty() ? "" : "<p id=\"draft-restored\" role=\"status\">Your unsaved text was restored.</p>")
                + "<form id=\"note-form\" method=\"post\" action=\"/notes\">" + hidden("csrf", csrf)
                + (formToken.isEmpty() ? "" : hidden("form-token", formToken))
                + "<textarea id=\"note\" name=\"note\" rows=\"4\" cols=\"50\">" + escape(draft) + "</textarea>"
                + "<button id=\"save\" type=\"submit\">Save</button></form>" + list + "</ul></main>");
    }

    /** A form posted without a live session: the text is shown back, not thrown away, and kept for after sign-in. */
    static String unsaved(String csrf, String text, SessionEnd reason) {
        return page("Not saved", "<main id=\"login-page\"><h1>" + (reason == null ? "Please sign in"
                        : "<span id=\"session-expired\">Your session has expired — please sign in again</span>") + "</h1>"
                + "<p id=\"unsaved-notice\" role=\"alert\">You were signed out, so your text was <strong>not saved</strong>. "
                + "It is kept below and will be restored after you sign in.</p>"
                + "<textarea id=\"unsaved-draft\" readonly rows=\"4\" cols=\"50\">" + escape(text) + "</textarea>"
                + form(csrf, "/notes", "/login") + "</main>");
    }

    static String password(String csrf, Optional<String> error) {
        return page("Change password", "<main id=\"account-page\" data-page=\"/password\"><h1>Change password</h1>"
                + error.map(e -> "<p id=\"password-error\" role=\"alert\">" + escape(e) + "</p>").orElse("")
                + "<form id=\"password-form\" method=\"post\" action=\"/password\">" + hidden("csrf", csrf)
                + "<input id=\"current-password\" name=\"current\" type=\"password\"> <input id=\"new-password\" name=\"new\" type=\"password\">"
                + " <button id=\"change-password\" type=\"submit\">Change password</button></form></main>");
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

    private static String form(String csrf, String next, String action) {
        return "<form id=\"login-form\" method=\"post\" action=\"" + escape(action) + "\">"
                + hidden("csrf", csrf) + hidden("next", next)
                + "<label for=\"username\">Username</label> <input id=\"username\" name=\"username\" autocomplete=\"username\"> "
                + "<label for=\"password\">Password</label> <input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\"> "
                + "<button id=\"sign-in\" type=\"submit\">Sign in</button></form>";
    }

    private static String describe(Optional<Duration> duration) {
        return duration.map(Durations::format).orElse("no limit");
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + escape(value) + "\">";
    }

    private static String page(String title, String body) {
        return page(title, body, true);
    }

    private static String page(String title, String body, boolean reloadFromBackForwardCache) {
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
