package io.sessionharness.explore;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import io.sessionharness.browser.PageScripts;

/**
 * What the profile drafter reads off the page shown now (js/draft-page.js): the sign-in form's parts, links that lead
 * to a sign-in, sign-out controls shown or hidden in a menu, controls that open a menu, the headings — each as a
 * selector that finds it alone on the page (CSS, or the role and text forms of {@code site.Selector}; never a positional
 * chain, and never a generated id: see {@link GeneratedIds}).
 */
record DraftPage(String url, Optional<String> password, Optional<String> identifier, Optional<String> submit, List<String> signInLinks,
        List<String> signOutShown, List<String> signOutHidden, List<String> toggles, List<String> confirm, List<String> headings,
        List<String> messages, String text) {

    private static final String SCRIPT = PageScripts.load("draft-page.js");

    @SuppressWarnings("unchecked")
    static DraftPage of(WebDriver driver) {
        Map<String, Object> read = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(SCRIPT, GeneratedIds.SOURCE,
                String.join(",", io.sessionharness.site.Selector.ROLES));
        return new DraftPage(String.valueOf(read.get("url")), text(read, "password"), text(read, "identifier"), text(read, "submit"),
                list(read, "signInLinks"), list(read, "signOutShown"), list(read, "signOutHidden"), list(read, "toggles"), list(read, "confirm"),
                list(read, "headings"), list(read, "messages"), String.valueOf(read.getOrDefault("text", "")));
    }

    /** True when {@code line} stands in this page's text (space aside): a marker made of it would match this page too. */
    boolean shows(String line) {
        return text.contains(line.replaceAll("\\s+", " ").strip());
    }

    /** The field a person fills first here: the identifier, else the password. */
    Optional<String> firstField() {
        return identifier.or(() -> password);
    }

    /** True when the page asks for credentials (a sign-in form, or an identity provider's first step). */
    boolean asksForSignIn() {
        return password.isPresent() || identifier.isPresent();
    }

    /**
     * True when this page asks for credentials where {@code signedIn} (the signed-in page) does not: a password field,
     * or an account field the signed-in page has no match for — a console's own profile form, with the sign-in field's
     * id, is no sign-in form.
     */
    boolean asksForSignInUnlike(DraftPage signedIn) {
        return password.isPresent() || identifier.filter(field -> !signedIn.identifier().equals(Optional.of(field))).isPresent();
    }

    private static Optional<String> text(Map<String, Object> read, String key) {
        return Optional.ofNullable(read.get(key)).map(String::valueOf);
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> read, String key) {
        Object value = read.get(key);
        return value instanceof List<?> items ? ((List<Object>) items).stream().map(String::valueOf).toList() : List.of();
    }
}
