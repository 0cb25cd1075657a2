package io.sessionharness.explore;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openqa.selenium.WebDriverException;

import io.sessionharness.site.SignInFlow;

/**
 * The drafter's sign-out: finds the control (shown, or behind a menu), follows a confirmation page after it, and notes
 * what marks the page it ends on — or what a human must fill in where the pages cannot tell.
 */
final class DraftSignOut {

    private DraftSignOut() {
    }

    /**
     * The sign-out control shown, or behind a menu; a confirmation page after it; what marks the signed-out page (never
     * one of {@code signInFields} that the signed-in page has too: a console drawing a profile form with the sign-in
     * field's id). Returns the pages it read: the signed-in page, and the page sign-out showed when it got that far.
     */
    static List<DraftPage> signOut(DraftBrowser browser, ProfileDraft draft, java.util.Collection<String> signInFields, List<DraftPage> elsewhere) {
        DraftPage firstRead = browser.settled();
        java.util.Set<String> alsoSignedIn = signInFields.stream().filter(browser::has).collect(java.util.stream.Collectors.toSet());
        // Read again after a reload: what a page draws late, or shows once (a welcome message), is seen either way.
        browser.driver().navigate().refresh();
        DraftPage signedIn = browser.settled();
        signInFields.stream().filter(browser::has).forEach(alsoSignedIn::add);
        List<DraftPage> notSignedOut = java.util.stream.Stream.concat(java.util.stream.Stream.of(firstRead, signedIn), elsewhere.stream()).toList();
        List<String> steps = signedIn.signOutShown().isEmpty() ? throughAMenu(browser, signedIn) : List.of(signedIn.signOutShown().get(0));
        if (steps.isEmpty()) {
            draft.needsAHuman("signOut", "no sign-out control at " + browser.where() + ", shown or behind a menu (menus tried: "
                    + (signedIn.toggles().isEmpty() ? "none found" : String.join(", ", signedIn.toggles())) + ")");
            draft.needsAHuman("recognise.signedIn", "without a sign-out control nothing marked the signed-in page for sure");
            return List.of(firstRead, signedIn);
        }
        // The sign-out control (or its menu) marks the signed-in page unless a page the site does not have shows it too.
        Markers.signedIn(steps, elsewhere).ifPresentOrElse(draft::signedIn,
                () -> draft.needsAHuman("recognise.signedIn", "the sign-out control, which would mark the signed-in page, has no stable selector of its own (or a page the site does not have shows it too)"));
        if (steps.size() > 1) {
            // The menu was left open while looking: start the sign-out as a person would, from the page as it loads.
            browser.driver().navigate().refresh();
            browser.settled();
        }
        for (String control : steps) {
            SignInFlow.Step step = new SignInFlow.Step(Optional.of(control), Map.of(), Optional.of(control));
            draft.signOutStep(step);
            if (!DraftBrowser.unstable(step).isEmpty()) {
                draft.needsAHuman("signOut", "the sign-out control has no stable selector: " + control);
                return List.of(firstRead, signedIn);
            }
            browser.perform(step, "signs out");
        }
        DraftPage after = browser.settled();
        if (!after.asksForSignIn() && !after.confirm().isEmpty()) {
            SignInFlow.Step confirm = new SignInFlow.Step(Optional.of(after.confirm().get(0)), Map.of(), Optional.of(after.confirm().get(0)));
            draft.signOutStep(confirm);
            if (!DraftBrowser.unstable(confirm).isEmpty()) {
                draft.needsAHuman("signOut", "the confirmation page's control has no stable selector: " + after.confirm().get(0));
                return List.of(firstRead, signedIn, after);
            }
            browser.perform(confirm, "confirms the sign-out");
            after = browser.settled();
        }
        signedOutMarker(browser, draft, signedIn, notSignedOut, after, alsoSignedIn);
        return List.of(firstRead, signedIn, after);
    }

    /**
     * What marks the page sign-out showed must not be on the signed-in page too: its sign-in field (unless the signed-in
     * page has one by the same selector), a heading no other page shows ({@code others}: the signed-in page as first read
     * and after a reload, a page the site does not have), else its address.
     */
    private static void signedOutMarker(DraftBrowser browser, ProfileDraft draft, DraftPage signedIn, List<DraftPage> others, DraftPage after,
            java.util.Set<String> alsoSignedIn) {
        Markers.signedOut(after, alsoSignedIn, others, signedIn.url(), draft::pathOf).ifPresentOrElse(marker -> draft.signedOut(marker.kind(), marker.value()),
                () -> draft.needsAHuman("recognise.signedOut", "the page sign-out showed at " + browser.where() + " has nothing of its own to recognise"
                        + " it by: " + browser.summary()));
    }

    /** Opens each menu the signed-in page has until one shows a sign-out control: [the menu, the control], or none. */
    private static List<String> throughAMenu(DraftBrowser browser, DraftPage signedIn) {
        for (String toggle : signedIn.toggles()) {
            try {
                browser.driver().findElement(io.sessionharness.browser.Locators.by(toggle)).click();
                DraftPage opened = browser.until(page -> !page.signOutShown().isEmpty(), Duration.ofSeconds(3));
                return List.of(toggle, opened.signOutShown().get(0));
            } catch (WebDriverException e) {
                // not this menu (no sign-out control appeared, or it could not be opened): try the next
            }
        }
        return List.of();
    }
}
