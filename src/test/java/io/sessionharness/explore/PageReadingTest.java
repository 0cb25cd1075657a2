package io.sessionharness.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.testng.annotations.Test;

import io.sessionharness.site.PageState;

/** One finding line per thing the profile does not describe; none where it does. */
public class PageReadingTest {

    private static PageReading reading(Set<PageState> expected, Set<PageState> matched, Optional<PageState> state, Optional<String> note) {
        return new PageReading("3. signed out", expected, false, "/logout", matched, state, "signedOut (element #login-form)",
                "expired (element #gone) and error (text \"Oops\")", "title: Bye", List.of("#bye"), Set.of("SID"), note, Optional.empty());
    }

    @Test
    public void aPageShowingTheExpectedStateIsNoFinding() {
        assertThat(reading(EnumSet.of(PageState.SIGNED_OUT), EnumSet.of(PageState.SIGNED_OUT), Optional.of(PageState.SIGNED_OUT), Optional.empty())
                .findings()).isEmpty();
    }

    @Test
    public void anotherStateNoMarkerOrTwoMarkersAreEachOneLine() {
        assertThat(reading(EnumSet.of(PageState.SIGNED_OUT), EnumSet.of(PageState.SIGNED_IN), Optional.of(PageState.SIGNED_IN), Optional.empty())
                .findings()).containsExactly("3. signed out: expected signedOut, but the markers make it signedIn (signedOut (element #login-form)) at /logout");
        assertThat(reading(EnumSet.of(PageState.SIGNED_OUT), EnumSet.noneOf(PageState.class), Optional.empty(), Optional.empty()).findings())
                .containsExactly("3. signed out: the page at /logout matches no marker (expected signedOut); title: Bye; candidate selectors: #bye");
        assertThat(reading(EnumSet.of(PageState.SIGNED_OUT), EnumSet.of(PageState.EXPIRED, PageState.ERROR), Optional.of(PageState.AMBIGUOUS),
                Optional.of("Profile or site? the same, said by the person")).findings())
                .as("the ambiguous page once, not again as the note of the way there")
                .containsExactly("3. signed out: the page at /logout matches the markers of expired (element #gone) and error (text \"Oops\") — make one of them narrower");
    }

    @Test
    public void anotherStateWhereTheSitesBehaviourIsUnderTestIsAboutTheSiteNotTheProfile() {
        PageReading cookiesBlocked = new PageReading("7. signing in with cookies blocked", EnumSet.of(PageState.SIGNED_OUT), true, "/home;jsessionid=[redacted]",
                EnumSet.of(PageState.SIGNED_IN), Optional.of(PageState.SIGNED_IN), "signedIn (text \"Hello\")", "", "title: Home", List.of(), Set.of(), Optional.empty(), Optional.empty());
        assertThat(cookiesBlocked.findings()).isEmpty();
        assertThat(cookiesBlocked.siteObservation()).hasValue("7. signing in with cookies blocked: the site showed signedIn (signedIn (text \"Hello\"))"
                + " at /home;jsessionid=[redacted] where signedOut was expected — the profile recognised the page; whether the site is at fault is the"
                + " scenarios' verdict");
        assertThat(reading(EnumSet.of(PageState.SIGNED_OUT), EnumSet.of(PageState.SIGNED_IN), Optional.of(PageState.SIGNED_IN), Optional.empty())
                .siteObservation()).as("where the profile is under test").isEmpty();
    }

    @Test
    public void aPageTheSiteWasAlreadyJudgedOnIsAboutTheSiteEvenWithNoMarker() {
        PageReading blank = new PageReading("7. signing in with cookies blocked", EnumSet.of(PageState.SIGNED_OUT), true, "/",
                EnumSet.noneOf(PageState.class), Optional.empty(), "", "", "title: Node-RED", List.of(), Set.of(), Optional.empty(),
                Optional.of("No clear message — sign-in could not go on (all cookies blocked)"));
        assertThat(blank.findings()).isEmpty();
        assertThat(blank.siteObservation()).hasValue("7. signing in with cookies blocked: No clear message — sign-in could not go on (all cookies blocked)");
        assertThat(blank.render()).contains("about the site: No clear message");
    }

    @Test
    public void aWayThatDidNotGetThroughIsAFindingOfItsOwn() {
        assertThat(reading(EnumSet.of(PageState.SIGNED_IN), EnumSet.of(PageState.SIGNED_OUT), Optional.of(PageState.SIGNED_OUT),
                Optional.of("could not sign in as qa1: Wrong password")).findings())
                .startsWith("3. signed out: could not sign in as qa1: Wrong password").hasSize(2);
    }
}
