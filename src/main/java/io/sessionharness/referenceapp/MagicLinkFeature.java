package io.sessionharness.referenceapp;

import java.util.Optional;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Session;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

import io.sessionharness.site.SessionPolicy;

/**
 * E-mailed one-time sign-in links, in the site's declared mode. confirm-then-consume (safe): opening the link only
 * shows a confirm step, the POST uses it up — so mail scanners and double clicks do no harm. consume-on-open
 * (vulnerable): opening the link uses it up — a scanner's pre-open or a second tab burns it.
 */
final class MagicLinkFeature {

    private final SiteSettings settings;
    private final SessionGuard guard;
    private final CsrfTokens csrf;
    private final OneTimeTokens links;

    MagicLinkFeature(SiteSettings settings, SessionGuard guard, CsrfTokens csrf, OneTimeTokens links) {
        this.settings = settings;
        this.guard = guard;
        this.csrf = csrf;
        this.links = links;
    }

    boolean handle(Request request, Response response, Callback callback, String path, String method) throws Exception {
        if (!path.equals("/magic")) {
            return false;
        }
        if (method.equals("GET") || method.equals("HEAD")) {
            open(request, response, callback, Request.extractQueryParameters(request).getValue("token"));
        } else if (method.equals("POST")) {
            Fields form = Request.getParameters(request);
            confirm(request, response, callback, form.getValue("token"), form.getValue("csrf"));
        } else {
            return false;
        }
        return true;
    }

    private void open(Request request, Response response, Callback callback, String token) {
        if (alreadySignedInWith(request, token)) {
            Http.redirect(request, response, callback, "/account");
            return;
        }
        Optional<String> user = links.usable(token);
        if (user.isEmpty()) {
            invalid(response, callback);
        } else if (settings.oneTimeLinks() == SessionPolicy.OneTimeLinks.CONSUME_ON_OPEN || settings.has(Defect.LINK_BURNT_BY_PREOPEN)) {
            signInWith(request, response, callback, token, user.get());
        } else {
            request.getSession(true);
            Http.html(response, callback, HttpStatus.OK_200, Pages.confirmLink(token, links.confirmProof(token).orElseThrow(), user.get()));
        }
    }

    private void confirm(Request request, Response response, Callback callback, String token, String presentedCsrf) {
        if (alreadySignedInWith(request, token)) {
            Http.redirect(request, response, callback, "/account");
            return;
        }
        Optional<String> user = links.usable(token);
        boolean genuine = presentedCsrf != null && links.confirmProof(token).filter(presentedCsrf::equals).isPresent()
                && Http.sameOrigin(request);
        if (!genuine || user.isEmpty()) {
            invalid(response, callback);
            return;
        }
        signInWith(request, response, callback, token, user.get());
    }

    private void signInWith(Request request, Response response, Callback callback, String token, String user) {
        Session session = request.getSession(true);
        if (!links.consume(token, session.getId())) {
            invalid(response, callback);
            return;
        }
        if (!guard.signIn(request, response, session, user)) {
            Http.html(response, callback, HttpStatus.CONFLICT_409, Pages.signIn(csrf.tokenFor(session), "/account", Optional.empty(),
                    Optional.of(SignInForm.ALREADY_SIGNED_IN)));
            return;
        }
        links.rebind(token, session.getId());
        csrf.renew(session);
        Http.redirect(request, response, callback, "/account");
    }

    /** The same person opening the link again, in a browser the link already signed in. */
    private boolean alreadySignedInWith(Request request, String token) {
        if (settings.has(Defect.LINK_USED_ON_SECOND_CLICK)) {
            return false;
        }
        Visitor visitor = guard.inspect(request);
        return visitor.isSignedIn() && links.usedBy(token, visitor.session().orElseThrow().getId());
    }

    private static void invalid(Response response, Callback callback) {
        Http.html(response, callback, HttpStatus.GONE_410, Pages.linkInvalid());
    }
}
