package io.sessionharness.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.testng.annotations.Test;

/** The drafter's marker rules, one test each: a marker any page of another state shows is not used. */
public class MarkersTest {

    private static final ProfileDraft DRAFT = new ProfileDraft("t", URI.create("http://127.0.0.1:1/login"), List.of("qa1"));

    private static DraftPage page(String url, Optional<String> identifier, List<String> signOut, List<String> toggles, List<String> headings) {
        return new DraftPage(url, Optional.empty(), identifier, Optional.empty(), List.of(), signOut, List.of(), toggles, List.of(), headings,
                headings, String.join(" ", headings));
    }

    private static DraftPage missing(List<String> signOut, List<String> headings) {
        return page("http://127.0.0.1:1/seh-draft-1/no-such-page", Optional.empty(), signOut, List.of(), headings);
    }

    @Test
    public void theSignOutControlsIdMarksTheSignedInPageBeforeAnyOtherSelector() {
        assertThat(Markers.signedIn(List.of("[aria-label=\"Account menu\"]", "#logout"), List.of(missing(List.of(), List.of("Not found")))))
                .hasValue("#logout");
        assertThat(Markers.signedIn(List.of("[aria-label=\"Account menu\"]", "a[href=\"/logout\"]"), List.of()))
                .hasValue("[aria-label=\"Account menu\"]");
    }

    @Test
    public void aSignOutControlThePageTheSiteDoesNotHaveShowsTooIsNoSignedInMarker() {
        // A tracker whose every page, its 404 included, carries "Sign out" in the top menu.
        assertThat(Markers.signedIn(List.of("#logout"), List.of(missing(List.of("#logout"), List.of("Acme Tracker"))))).isEmpty();
    }

    @Test
    public void aSelectorTheDrafterCouldNotMakeStableIsNoMarker() {
        assertThat(Markers.signedIn(List.of(DraftBrowser.NEEDS_A_HUMAN + ": no stable selector (rejected: #pf-random-id-7)"), List.of())).isEmpty();
    }

    @Test
    public void theSignInFieldMarksTheSignedOutPageOnlyWhereTheSignedInPageHasNoneByThatSelector() {
        DraftPage signedOut = page("http://127.0.0.1:1/login", Optional.of("#username"), List.of(), List.of(), List.of("Acme Console", "Please sign in"));
        DraftPage signedIn = page("http://127.0.0.1:1/account", Optional.empty(), List.of(), List.of("#menu"), List.of("Acme Console", "Your account"));
        assertThat(Markers.signedOut(signedOut, Set.of(), List.of(signedIn), signedIn.url(), DRAFT::pathOf))
                .hasValue(new Markers.Drafted("element", "#username"));
        // The console draws a profile form with #username on the signed-in page: its own heading instead, never the site's name.
        assertThat(Markers.signedOut(signedOut, Set.of("#username"), List.of(signedIn), signedIn.url(), DRAFT::pathOf))
                .hasValue(new Markers.Drafted("text", "Please sign in"));
    }

    @Test
    public void aHeadingAPageTheSiteDoesNotHaveShowsTooIsNoSignedOutMarkerAndTheAddressIsTheLastResort() {
        DraftPage signedOut = page("http://127.0.0.1:1/logged-out?x=1", Optional.empty(), List.of(), List.of(), List.of("Acme Tracker"));
        DraftPage signedIn = page("http://127.0.0.1:1/my/page", Optional.empty(), List.of("#logout"), List.of(), List.of("Acme Tracker", "My page"));
        assertThat(Markers.signedOut(signedOut, Set.of(), List.of(signedIn, missing(List.of(), List.of("Acme Tracker", "404"))), signedIn.url(), DRAFT::pathOf))
                .hasValue(new Markers.Drafted("url", "/logged-out"));
        DraftPage samePlace = page("http://127.0.0.1:1/my/page", Optional.empty(), List.of(), List.of(), List.of("Acme Tracker"));
        assertThat(Markers.signedOut(samePlace, Set.of(), List.of(signedIn), signedIn.url(), DRAFT::pathOf)).as("nothing of its own").isEmpty();
    }
}
