package io.sessionharness.explore;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The drafter's rules for a marker only its page has, decided on pages already read (plain data): each marker is
 * checked against the other pages the drafter saw, and one that any of them shows is not used.
 */
final class Markers {

    /** A drafted marker: {@code kind} element, text or url, and its value. */
    record Drafted(String kind, String value) {
    }

    private Markers() {
    }

    /**
     * The signed-in page's marker among the controls sign-out takes ({@code controls}: the menu, the sign-out): one with
     * a stable selector that no page of another state ({@code elsewhere}: a page the site does not have) shows as a
     * sign-out control or menu — an id first.
     */
    static Optional<String> signedIn(List<String> controls, Collection<DraftPage> elsewhere) {
        List<String> stable = controls.stream().filter(selector -> !selector.startsWith(DraftBrowser.NEEDS_A_HUMAN))
                .filter(selector -> elsewhere.stream().noneMatch(page -> page.signOutShown().contains(selector) || page.toggles().contains(selector)))
                .toList();
        return stable.stream().filter(selector -> selector.startsWith("#")).findFirst().or(() -> stable.stream().findFirst());
    }

    /**
     * The signed-out page's marker ({@code after}: the page sign-out showed): its sign-in field, unless the signed-in page
     * has an element by that selector too ({@code alsoSignedIn}); else a heading no other page shows ({@code others}: the
     * signed-in page as first read and after a reload, a page the site does not have); else its address, where it is
     * not the signed-in page's ({@code pathOf} gives a URL's path and query). Empty: nothing of its own.
     */
    static Optional<Drafted> signedOut(DraftPage after, Collection<String> alsoSignedIn, List<DraftPage> others, String signedInUrl,
            UnaryOperator<String> pathOf) {
        if (after.asksForSignIn() && !alsoSignedIn.contains(after.firstField().orElseThrow())) {
            return Optional.of(new Drafted("element", after.firstField().orElseThrow()));
        }
        Optional<String> ownHeading = after.headings().stream().filter(heading -> others.stream().noneMatch(other -> other.shows(heading))).findFirst();
        if (ownHeading.isPresent()) {
            return Optional.of(new Drafted("text", ownHeading.get()));
        }
        String signedOutPath = pathOf.apply(after.url());
        if (!signedOutPath.equals(pathOf.apply(signedInUrl))) {
            // A url marker is a regular expression: the path with its special characters escaped, the query left out.
            return Optional.of(new Drafted("url", signedOutPath.replaceFirst("\\?.*$", "").replaceAll("([.?*+^$|()\\[\\]{}\\\\])", "\\\\$1")));
        }
        return Optional.empty();
    }
}
