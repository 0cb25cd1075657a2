package io.sessionharness.target;

import java.util.Optional;

import org.openqa.selenium.WebDriver;

import io.sessionharness.config.ProfileNode;

/**
 * The target's markers for each page state, tried in a fixed order: error, expired, signed in, signed out. A site
 * without an expiry page of its own (policy.expiryShows: sign-in-page) has no {@code expired} marker.
 */
public record Recognition(Marker signedIn, Optional<Marker> expired, Marker signedOut, Optional<Marker> error,
        Optional<Marker> signInRefused, Optional<Marker> linkConfirm, Optional<Marker> linkUsed, Optional<Marker> cookiesRequired) {

    private static final String BROWSER_ERROR_PAGE = "chrome-error://";

    public static Recognition read(ProfileNode node) {
        node.known("signedIn", "expired", "signedOut", "error", "signInRefused", "linkConfirm", "linkUsed", "cookiesRequired");
        return new Recognition(
                Marker.required(node, "signedIn"),
                Marker.read(node, "expired"),
                Marker.required(node, "signedOut"),
                Marker.read(node, "error"),
                Marker.read(node, "signInRefused"),
                Marker.read(node, "linkConfirm"),
                Marker.read(node, "linkUsed"),
                Marker.read(node, "cookiesRequired"));
    }

    /** The state the page shows now, or empty while it shows none (still loading, or unrecognisable). */
    public Optional<PageState> stateOf(WebDriver driver) {
        if (String.valueOf(driver.getCurrentUrl()).startsWith(BROWSER_ERROR_PAGE)) {
            return Optional.of(PageState.ERROR);
        }
        if (matches(error, driver)) {
            return Optional.of(PageState.ERROR);
        }
        if (matches(expired, driver)) {
            return Optional.of(PageState.EXPIRED);
        }
        if (matches(signInRefused, driver)) {
            return Optional.of(PageState.SIGN_IN_REFUSED);
        }
        if (matches(cookiesRequired, driver)) {
            return Optional.of(PageState.COOKIES_REQUIRED);
        }
        if (matches(linkUsed, driver)) {
            return Optional.of(PageState.LINK_USED);
        }
        if (matches(linkConfirm, driver)) {
            return Optional.of(PageState.LINK_CONFIRM);
        }
        if (signedIn.matches(driver)) {
            return Optional.of(PageState.SIGNED_IN);
        }
        if (signedOut.matches(driver)) {
            return Optional.of(PageState.SIGNED_OUT);
        }
        return Optional.empty();
    }

    private static boolean matches(Optional<Marker> marker, WebDriver driver) {
        return marker.isPresent() && marker.get().matches(driver);
    }
}
