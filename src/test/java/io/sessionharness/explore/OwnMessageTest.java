package io.sessionharness.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.testng.annotations.Test;

/**
 * The drafter's cookie marker on sites built unlike ours: the site's name heads every page, an error page's generic
 * title stands over the specific message. Before, the first heading became the marker — the site's name, or the
 * generic title — and every page matched it.
 */
public class OwnMessageTest {

    private static DraftPage page(List<String> messages, boolean signInForm) {
        return new DraftPage("http://127.0.0.1/x", signInForm ? Optional.of("#password") : Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), messages, String.join(" ", messages));
    }

    @Test
    public void theSiteNameOnEveryPageIsNoMarkerAndTextAboutCookiesWins() {
        DraftPage signIn = page(List.of("Acme Tracker", "Sign in", "Forgot your password?"), true);
        DraftPage signedIn = page(List.of("Acme Tracker", "My page", "We are sorry..."), false);
        DraftPage cookieless = page(List.of("Acme Tracker", "We are sorry...", "Invalid form token", "Cookies are disabled in your browser"), false);
        assertThat(OwnMessage.of(cookieless, List.of(signIn, signedIn))).contains("Cookies are disabled in your browser");
    }

    @Test
    public void withoutTextAboutCookiesTheMostSpecificOwnMessageIsTaken() {
        DraftPage signIn = page(List.of("Acme Tracker", "Sign in"), true);
        DraftPage error = page(List.of("Acme Tracker", "Your session could not be started"), false);
        assertThat(OwnMessage.of(error, List.of(signIn))).contains("Your session could not be started");
    }

    @Test
    public void aPageWithNothingOfItsOwnIsLeftToAHumanSayingWhy() {
        DraftPage signIn = page(List.of("Acme Tracker", "Sign in"), true);
        DraftPage same = page(List.of("Acme Tracker", "Sign in"), true);
        assertThat(OwnMessage.of(same, List.of(signIn))).isEmpty();
        assertThat(OwnMessage.whyNone(same, List.of(signIn), "with cookies blocked the site showed"))
                .isEqualTo("with cookies blocked the site showed its sign-in form again (shown on other pages too: \"Acme Tracker\", \"Sign in\") — no message to recognise");
    }

    @Test
    public void anExpiryMessageOnTheSignInPageIsFoundAndTheSignInPagesOwnWordsAreNot() {
        // The tracker's sign-in page after an idle timeout: the same form under "Your session has expired".
        DraftPage plain = page(List.of("Acme Tracker", "Sign in", "Lost password"), true);
        DraftPage idledOut = page(List.of("Acme Tracker", "Your session has expired, please log in again.", "Sign in", "Lost password"), true);
        assertThat(OwnMessage.sessionEnded(idledOut, List.of(plain))).contains("Your session has expired, please log in again.");
        assertThat(OwnMessage.sessionEnded(plain, List.of(plain))).as("the plain sign-in page says nothing of its own").isEmpty();
    }

    @Test
    public void aMessageOfItsOwnThatDoesNotSayWhyTheSessionEndedIsNoExpiryMarker() {
        DraftPage plain = page(List.of("Acme Tracker", "Sign in"), true);
        DraftPage other = page(List.of("Acme Tracker", "Sign in", "Welcome to the spring release"), true);
        assertThat(OwnMessage.sessionEnded(other, List.of(plain))).isEmpty();
        // Shared with the plain page: the sign-in page's own "Signed out? Sign in again" link text is no marker either.
        DraftPage withHint = page(List.of("Acme Tracker", "Sign in again to continue"), true);
        assertThat(OwnMessage.sessionEnded(withHint, List.of(withHint))).isEmpty();
    }
}
