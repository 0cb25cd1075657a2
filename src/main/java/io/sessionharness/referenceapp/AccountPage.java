package io.sessionharness.referenceapp;

import static io.sessionharness.referenceapp.Pages.escape;
import static io.sessionharness.referenceapp.Pages.hidden;
import static io.sessionharness.referenceapp.Pages.page;

import java.time.Duration;
import java.util.Optional;

import io.sessionharness.config.Durations;

/**
 * The signed-in account page of the classic and single-page flavours, with the scripts it carries: the pre-expiry
 * warning and, where the site has it, the background keep-alive.
 */
final class AccountPage {

    private AccountPage() {
    }

    static String render(String user, String page, String csrf, SiteSettings settings) {
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

    private static String describe(Optional<Duration> duration) {
        return duration.map(Durations::format).orElse("no limit");
    }
}
