package io.sessionharness.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.testng.annotations.Test;

/** One stated rule settles what the markers say; overlapping markers are ambiguous, never settled by the order tried. */
public class RecognitionRuleTest {

    @Test
    public void aSpecificStateWinsOverTheSignedInOrSignedOutMarksItsPageAlsoCarries() {
        assertThat(Recognition.decide(EnumSet.of(PageState.EXPIRED, PageState.SIGNED_OUT))).hasValue(PageState.EXPIRED);
        assertThat(Recognition.decide(EnumSet.of(PageState.ERROR, PageState.SIGNED_IN))).hasValue(PageState.ERROR);
        assertThat(Recognition.decide(EnumSet.of(PageState.COOKIES_REQUIRED, PageState.SIGNED_OUT))).hasValue(PageState.COOKIES_REQUIRED);
        assertThat(Recognition.decide(EnumSet.of(PageState.SIGNED_OUT))).hasValue(PageState.SIGNED_OUT);
        assertThat(Recognition.decide(EnumSet.noneOf(PageState.class))).isEmpty();
    }

    @Test
    public void twoSpecificStatesOrSignedInBesideSignedOutAreAmbiguous() {
        // The Keycloak trial: its cookie-not-found page carried the error marker too; the order hid the specific one.
        assertThat(Recognition.decide(EnumSet.of(PageState.ERROR, PageState.COOKIES_REQUIRED))).hasValue(PageState.AMBIGUOUS);
        assertThat(Recognition.decide(EnumSet.of(PageState.EXPIRED, PageState.LINK_USED, PageState.SIGNED_OUT))).hasValue(PageState.AMBIGUOUS);
        assertThat(Recognition.decide(EnumSet.of(PageState.SIGNED_IN, PageState.SIGNED_OUT))).hasValue(PageState.AMBIGUOUS);
    }

    @Test
    public void aConditionHoldsWhenEveryPartItGivesHoldsOnTheSameReadingOfThePage() {
        Marker expired = new Marker(List.of(new Marker.Condition(Optional.of(Pattern.compile("/signin\\?timeout=1")), Optional.of(".banner"),
                Optional.of("timed out")), new Marker.Condition(Optional.empty(), Optional.of("#expired"), Optional.empty())));
        assertThat(expired.selectors()).containsExactly(".banner", "#expired");
        assertThat(expired.matches(new PageSnapshot("https://s/signin?timeout=1", "You timed out", java.util.Set.of(".banner"), Optional.empty()))).isTrue();
        assertThat(expired.matches(new PageSnapshot("https://s/signin", "You timed out", java.util.Set.of(".banner"), Optional.empty()))).as("url differs").isFalse();
        assertThat(expired.matches(new PageSnapshot("https://s/signin?timeout=1", "Welcome", java.util.Set.of(".banner"), Optional.empty()))).as("text differs").isFalse();
        assertThat(expired.matches(new PageSnapshot("https://s/x", "", java.util.Set.of("#expired"), Optional.empty()))).as("the other condition").isTrue();
    }

    @Test
    public void anAmbiguousPageIsDescribedByTheMarkersItMatched() {
        Marker expiredMarker = new Marker(List.of(new Marker.Condition(Optional.empty(), Optional.of("#session-expired"), Optional.empty())));
        Marker errorMarker = new Marker(List.of(new Marker.Condition(Optional.of(Pattern.compile("/error")), Optional.empty(), Optional.of("Oops"))));
        Marker any = new Marker(List.of(new Marker.Condition(Optional.empty(), Optional.of("body"), Optional.empty())));
        Recognition recognition = new Recognition(any, Optional.of(expiredMarker), any, Optional.of(errorMarker),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(recognition.describe(EnumSet.of(PageState.ERROR, PageState.EXPIRED)))
                .isEqualTo("expired (element #session-expired) and error (url ~ /error + text \"Oops\")");
        assertThat(recognition.markers()).containsOnlyKeys(PageState.SIGNED_IN, PageState.EXPIRED, PageState.SIGNED_OUT, PageState.ERROR);
    }

    @Test
    public void theBrowsersOwnErrorPageIsUnreachableOrTheSitesErrorByItsCodeNowJudgedWithoutABrowser() {
        Marker signedIn = new Marker(List.of(new Marker.Condition(Optional.empty(), Optional.of("#account"), Optional.empty())));
        Marker signedOut = new Marker(List.of(new Marker.Condition(Optional.empty(), Optional.of("#sign-in"), Optional.empty())));
        Recognition recognition = new Recognition(signedIn, Optional.empty(), signedOut, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(recognition.stateOf(new PageSnapshot("chrome-error://chromewebdata/", "This site can't be reached ERR_CONNECTION_REFUSED",
                java.util.Set.of(), Optional.of("This site can't be reached ERR_CONNECTION_REFUSED")))).hasValue(PageState.UNREACHABLE);
        assertThat(recognition.stateOf(new PageSnapshot("http://s/account", "redirected you too many times ERR_TOO_MANY_REDIRECTS",
                java.util.Set.of(Recognition.NET_ERROR_PAGE), Optional.of("redirected you too many times ERR_TOO_MANY_REDIRECTS"))))
                .as("the browser's error page under the site's address, a code of the site's making").hasValue(PageState.ERROR);
        assertThat(recognition.stateOf(new PageSnapshot("http://s/account", "Your account", java.util.Set.of("#account"), Optional.empty())))
                .hasValue(PageState.SIGNED_IN);
        assertThat(recognition.stateOf(new PageSnapshot("http://s/loading", "", java.util.Set.of(), Optional.empty()))).as("nothing yet").isEmpty();
        assertThat(recognition.selectors()).containsExactly("#account", "#sign-in");
    }
}
