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

    private OwnMessage() {
    }

    /** The page's own message, if it has one and is not a sign-in form again. */
    static Optional<String> of(DraftPage page, List<DraftPage> others) {
        List<String> own = own(page, others);
        return own.stream().filter(message -> COOKIES.matcher(message).find()).findFirst()
                .or(() -> page.asksForSignIn() ? Optional.empty() : own.stream().findFirst());
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
