package io.sessionharness.referenceapp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The console flavour: the single-page site dressed the way account consoles and issue trackers nobody here wrote
 * are built (the traits that broke the profile drafter on real products), every page rewritten on its way out:
 * <ul>
 * <li>the product's name heads every page (a masthead {@code <h1>}), and stands in every title;</li>
 * <li>the signed-in page draws, a moment after it loaded, a profile form whose field has the sign-in field's id
 * ({@code #username});</li>
 * <li>the sign-out sits in a user menu whose toggle and items carry generated ids ({@code pf-dropdown-toggle-4821},
 * {@code pf-random-id-17}, new on every page), and no sign-out button stands on the page itself;</li>
 * <li>error pages share one generic title ("We are sorry...") over the specific message;</li>
 * <li>an ended session is sent to the sign-in page with a word why ("Your session has expired") above the form.</li>
 * </ul>
 * Its session is the single-page flavour's (two cookies, a stored token, a pre-login cookie reissued at sign-in).
 */
final class ConsoleSkin extends Handler.Wrapper {

    static final String SITE_NAME = "Acme Console";
    static final String GENERIC_ERROR = "We are sorry...";
    /** The sign-in page's query parameter that says the session had expired. */
    static final String EXPIRED_PARAMETER = "expired";
    static final String EXPIRED_NOTICE = "Your session has expired. Please sign in again.";

    private static final Pattern USER = Pattern.compile("<p id=\"signed-in-as\">Signed in as <strong>([^<]*)</strong></p>");
    private static final Pattern SIGN_OUT_FORM = Pattern.compile("<form id=\"sign-out-form\".*?</form>");
    private static final String SIGN_OUT_LINK = "<a id=\"sign-out-link\" href=\"/logout\">Sign out…</a>";

    private final SecureRandom random = new SecureRandom();

    ConsoleSkin(Handler pages) {
        super(pages);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        return super.handle(request, new Skinned(request, response), callback);
    }

    /** The page as the console shows it. */
    String skin(String html, boolean expiredNotice) {
        String out = html.replace(" — Reference site</title>", " — " + SITE_NAME + "</title>")
                .replace("<body>", "<body><header id=\"masthead\"><h1>" + SITE_NAME + "</h1></header>");
        out = out.replace("<h1>Page not found</h1><p>", "<h1>" + GENERIC_ERROR + "</h1><p id=\"error-detail\">Page not found: ")
                .replace("<h1 id=\"cookies-required\">Cookies are required to sign in</h1>", "<h1>" + GENERIC_ERROR + "</h1>"
                        + "<p id=\"kc-error-message\" role=\"alert\">Cookies are disabled in your browser: enable them to sign in.</p>");
        if (expiredNotice) {
            out = out.replace("<h1>Please sign in</h1>", "<h1>Please sign in</h1><div class=\"alert-warning\" role=\"alert\">" + EXPIRED_NOTICE + "</div>");
        }
        Matcher user = USER.matcher(out);
        if (user.find() && out.contains(SIGN_OUT_LINK)) {
            out = SIGN_OUT_FORM.matcher(out.replace(SIGN_OUT_LINK, userMenu(user.group(1)))).replaceFirst("");
            out = out.replace("</main>", "</main>" + profileFormDrawnLater(user.group(1)));
        }
        return out;
    }

    /** A menu as component libraries write it: ids from a counter, the sign-out an item hidden until the toggle opens it. */
    private String userMenu(String user) {
        String list = "pf-random-id-" + random.nextInt(10_000);
        return "<span class=\"pf-c-dropdown\"><button id=\"pf-dropdown-toggle-" + random.nextInt(10_000) + "\" type=\"button\" aria-label=\"Account menu\""
                + " aria-haspopup=\"menu\" aria-expanded=\"false\" onclick=\"var m=document.getElementById('" + list + "');m.hidden=!m.hidden;"
                + "this.setAttribute('aria-expanded',String(!m.hidden));\">" + user + " ▾</button>"
                + "<ul id=\"" + list + "\" role=\"menu\" hidden><li role=\"none\"><a id=\"pf-random-id-" + random.nextInt(10_000)
                + "\" role=\"menuitem\" href=\"/logout\">Sign out</a></li></ul></span>";
    }

    /** The account console's personal-info form, drawn by script after the page loaded, its field named as the sign-in's. */
    private static String profileFormDrawnLater(String user) {
        return "<script>setTimeout(function(){var f=document.createElement('form');f.id='personal-info';f.innerHTML="
                + "'<h2>Personal info</h2><label for=\"username\">Username</label> <input id=\"username\" name=\"username\" readonly> "
                + "<label for=\"email\">Email</label> <input id=\"email\" name=\"email\" type=\"email\" readonly>';"
                + "document.getElementById('account-page').appendChild(f);f.elements.username.value=" + SpaPages.jsString(user) + ";},300);</script>";
    }

    /** A response whose one write (the harness's pages are written whole) is skinned on its way out: HTML, and /api/page's JSON. */
    private final class Skinned extends Response.Wrapper {

        private final boolean expiredNotice;

        Skinned(Request request, Response response) {
            super(request, response);
            this.expiredNotice = Request.getPathInContext(request).equals("/login")
                    && Request.extractQueryParameters(request).getValue(EXPIRED_PARAMETER) != null;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void write(boolean last, ByteBuffer content, Callback callback) {
            String type = String.valueOf(getHeaders().get(HttpHeader.CONTENT_TYPE));
            if (content == null || !last || !(type.startsWith("text/html") || type.startsWith("application/json"))) {
                super.write(last, content, callback);
                return;
            }
            String body = StandardCharsets.UTF_8.decode(content.slice()).toString();
            String skinned;
            if (type.startsWith("text/html")) {
                skinned = skin(body, expiredNotice);
            } else {
                Map<String, Object> json;
                try {
                    json = new org.openqa.selenium.json.Json().toType(body, Map.class);
                } catch (org.openqa.selenium.json.JsonException e) {
                    json = Map.of();   // not an object: sent as it came
                }
                if (!(json.get("html") instanceof String html)) {
                    super.write(last, content, callback);
                    return;
                }
                Map<String, Object> copy = new java.util.LinkedHashMap<>(json);
                copy.put("html", skin(html, false));
                skinned = new org.openqa.selenium.json.Json().toJson(copy);
            }
            super.write(true, ByteBuffer.wrap(skinned.getBytes(StandardCharsets.UTF_8)), callback);
        }
    }
}
