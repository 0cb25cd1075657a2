package io.sessionharness.referenceapp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Session;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

import io.sessionharness.config.Secret;

/**
 * The classic site's account features that sessions must survive or end cleanly: a notes form whose text is never
 * lost silently, "sign out everywhere", and a password change that ends the account's other sessions.
 */
final class AccountFeatures {

    static final String DRAFT = "draft";

    private final SessionGuard guard;
    private final UserStore users;
    private final CsrfTokens csrf;
    private final Map<String, List<String>> notes = new ConcurrentHashMap<>();

    private final SiteSettings settings;
    private final ParkedTexts<Parked> parked = new ParkedTexts<>();

    AccountFeatures(SiteSettings settings, SessionGuard guard, UserStore users, CsrfTokens csrf) {
        this.settings = settings;
        this.guard = guard;
        this.users = users;
        this.csrf = csrf;
    }

    /** Handles the request if it is one of these features; false otherwise. */
    boolean handle(Request request, Response response, Callback callback, String path, String method) throws Exception {
        switch (method + " " + path) {
            case "GET /notes" -> notesPage(request, response, callback);
            case "POST /notes" -> saveNote(request, response, callback);
            case "GET /notes/unsaved" -> unsavedPage(request, response, callback);
            case "POST /logout-everywhere" -> signOutEverywhere(request, response, callback);
            case "GET /password" -> passwordPage(request, response, callback, Optional.empty());
            case "POST /password" -> changePassword(request, response, callback);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void notesPage(Request request, Response response, Callback callback) {
        Visitor visitor = guard.inspect(request);
        if (!visitor.isSignedIn()) {
            Http.redirect(request, response, callback, guard.signInLocation(visitor, "/notes"));
            return;
        }
        Session session = visitor.session().orElseThrow();
        guard.recordActivity(session);
        String draft = session.getAttribute(DRAFT) instanceof String text ? text : "";
        session.removeAttribute(DRAFT);
        String user = visitor.user().orElseThrow();
        boolean saved = Request.extractQueryParameters(request).getValue("saved") != null;
        Http.html(response, callback, HttpStatus.OK_200,
                AccountFeaturePages.notes(user, csrf.tokenFor(session), FormTokens.issue(session), notesOf(user), draft, saved, false));
    }

    private void saveNote(Request request, Response response, Callback callback) throws Exception {
        Fields form = Request.getParameters(request);
        String text = String.valueOf(form.getValue("note") == null ? "" : form.getValue("note"));
        Visitor visitor = guard.inspect(request);
        if (visitor.isSignedIn() && csrf.matches(visitor.session().orElseThrow(), form.getValue("csrf"))) {
            Session session = visitor.session().orElseThrow();
            guard.recordActivity(session);
            String user = visitor.user().orElseThrow();
            boolean fresh = FormTokens.consume(session, form.getValue("form-token")) || settings.has(Defect.FORM_SAVED_TWICE);
            if (!fresh) {
                // The same form again (Back and send, a double click, a page restored from a cache): no second note.
                Http.html(response, callback, HttpStatus.CONFLICT_409,
                        AccountFeaturePages.notes(user, csrf.tokenFor(session), FormTokens.issue(session), notesOf(user), "", false, true));
                return;
            }
            notesOf(user).add(text);
            Http.redirect(request, response, callback, "/notes?saved=1");
            return;
        }
        if (settings.has(Defect.DRAFT_LOST)) {
            // The defect: the text goes nowhere; the person is simply sent to sign in.
            Http.redirect(request, response, callback, guard.signInLocation(visitor, "/notes"));
            return;
        }
        // No live session: never drop the text. Park it and show it back on the next page (a new request, because a
        // session that ended during this one cannot be replaced within it), where it is kept for after sign-in.
        String key = parked.park(new Parked(text, visitor.isExpired() ? visitor.endReason().orElseThrow() : null));
        Http.redirect(request, response, callback, "/notes/unsaved?draft=" + key);
    }

    private void unsavedPage(Request request, Response response, Callback callback) {
        Optional<Parked> draft = parked.take(String.valueOf(Request.extractQueryParameters(request).getValue("draft")));
        if (draft.isEmpty()) {
            Http.redirect(request, response, callback, "/notes");
            return;
        }
        Session fresh = request.getSession(true);
        fresh.setAttribute(DRAFT, draft.get().text());
        Http.html(response, callback, HttpStatus.UNAUTHORIZED_401, AccountFeaturePages.unsaved(csrf.tokenFor(fresh), draft.get().text(), draft.get().reason()));
    }

    /** A text sent without a live session, waiting for the page that shows it back. */
    private record Parked(String text, SessionEnd reason) {
    }

    private void signOutEverywhere(Request request, Response response, Callback callback) throws Exception {
        Fields form = Request.getParameters(request);
        Visitor visitor = guard.inspect(request);
        if (visitor.isSignedIn() && csrf.matches(visitor.session().orElseThrow(), form.getValue("csrf"))) {
            Session session = visitor.session().orElseThrow();
            if (!settings.has(Defect.SIGN_OUT_EVERYWHERE_LOCAL)) {
                guard.endOthers(visitor.user().orElseThrow(), session, SessionEnd.SIGNED_OUT_EVERYWHERE);
            }
            guard.signOut(session, response);
        }
        Http.redirect(request, response, callback, "/login?signedOut=1");
    }

    private void passwordPage(Request request, Response response, Callback callback, Optional<String> error) {
        Visitor visitor = guard.inspect(request);
        if (!visitor.isSignedIn()) {
            Http.redirect(request, response, callback, guard.signInLocation(visitor, "/password"));
            return;
        }
        guard.recordActivity(visitor.session().orElseThrow());
        Http.html(response, callback, error.isPresent() ? HttpStatus.BAD_REQUEST_400 : HttpStatus.OK_200,
                AccountFeaturePages.password(csrf.tokenFor(visitor.session().orElseThrow()), error));
    }

    private void changePassword(Request request, Response response, Callback callback) throws Exception {
        Fields form = Request.getParameters(request);
        Visitor visitor = guard.inspect(request);
        if (!visitor.isSignedIn() || !csrf.matches(visitor.session().orElseThrow(), form.getValue("csrf"))) {
            Http.redirect(request, response, callback, "/login?next=/password");
            return;
        }
        String user = visitor.user().orElseThrow();
        String fresh = form.getValue("new");
        if (!users.verify(user, form.getValue("current")) || fresh == null || fresh.length() < 8) {
            passwordPage(request, response, callback, Optional.of("The current password is wrong, or the new one is shorter than 8 characters."));
            return;
        }
        users.add(user, Secret.of(fresh));
        Session session = visitor.session().orElseThrow();
        if (!settings.has(Defect.PASSWORD_CHANGE_KEEPS_SESSIONS)) {
            guard.endOthers(user, session, SessionEnd.PASSWORD_CHANGED);
        }
        session.renewId(request, response);
        Http.redirect(request, response, callback, "/account?passwordChanged=1");
    }

    private List<String> notesOf(String user) {
        return notes.computeIfAbsent(user, u -> new CopyOnWriteArrayList<>());
    }
}
