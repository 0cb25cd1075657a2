package io.sessionharness.explore;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.sessionharness.site.TargetProfiles;

/**
 * The message a page has of its own, to recognise it by: the most specific one (alerts and status lines before
 * headings before paragraphs) that no other page the drafter saw shows — a site's name in every heading, a footer, a
 * generic error title over a specific message are no markers — and one about cookies first where there is one.
 */
final class OwnMessage {

    private static final Pattern COOKIES = Pattern.compile("(?i)cookie");
    /** Words a site uses to say why a session ended: "expired", "timed out", "inactivity", "signed out", "log in again". */
    private static final Pattern SESSION_ENDED = Pattern.compile("(?i)expired|timed?[ -]?out|inactiv|session (has |was )?ended|no longer (signed|logged)"
            + "|(signed|logged) (you )?out|(sign|log) ?in again|re-?authenticate");

    private OwnMessage() {
    }

    /** The page's own message, if it has one and is not a sign-in form again. */
    static Optional<String> of(DraftPage page, List<DraftPage> others) {
        List<String> own = own(page, others);
        return own.stream().filter(message -> COOKIES.matcher(message).find()).findFirst()
                .or(() -> page.asksForSignIn() ? Optional.empty() : own.stream().findFirst());
    }

    /**
     * The message a page shown to an ended session has of its own that says why (expired, timed out, signed out): what
     * {@code recognise.expired} can be made of. {@code others}: the plain sign-in page and every page that is not an ended
     * session's — a message they show too is none.
     */
    static Optional<String> sessionEnded(DraftPage page, List<DraftPage> others) {
        return own(page, others).stream().filter(message -> SESSION_ENDED.matcher(message).find()).findFirst();
    }

    /** Why {@link #of} found none: what the page showed, and which of its messages other pages show too. */
    static String whyNone(DraftPage page, List<DraftPage> others, String what) {
        List<String> own = own(page, others);
        List<String> shared = page.messages().stream().filter(message -> !own.contains(message)).limit(4).toList();
        return what + " " + (page.asksForSignIn() ? "its sign-in form again" : "no message of its own")
                + (shared.isEmpty() ? "" : " (shown on other pages too: " + shared.stream().map(TargetProfiles::quoted).collect(Collectors.joining(", ")) + ")")
                + " — no message to recognise";
    }

    private static List<String> own(DraftPage page, List<DraftPage> others) {
        return page.messages().stream().filter(message -> others.stream().noneMatch(other -> other.shows(message))).toList();
    }
}
