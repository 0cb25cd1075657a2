package io.sessionharness.referenceapp;

import static io.sessionharness.referenceapp.Pages.escape;
import static io.sessionharness.referenceapp.Pages.form;
import static io.sessionharness.referenceapp.Pages.hidden;
import static io.sessionharness.referenceapp.Pages.page;

import java.util.Optional;

/** The HTML of {@link AccountFeatures}: the notes form, a text sent without a session shown back, the password change. */
final class AccountFeaturePages {

    private AccountFeaturePages() {
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
}
