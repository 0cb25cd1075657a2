package io.sessionharness.target;

import java.util.Optional;

import org.openqa.selenium.WebDriver;

import io.sessionharness.config.ProfileNode;

/** The target's markers for each page state, tried in a fixed order: error, expired, signed in, signed out. */
public record Recognition(Marker signedIn, Marker expired, Marker signedOut, Optional<Marker> error,
        Optional<Marker> signInRefused, Optional<Marker> linkConfirm, Optional<Marker> linkUsed, Optional<Marker> cookiesRequired) {

    private static final String BROWSER_ERROR_PAGE = "chrome-error://";

    public static Recognition read(ProfileNode node) {
        node.known("signedIn", "expired", "signedOut", "error", "signInRefused", "linkConfirm", "linkUsed", "cookiesRequired");
        return new Recognition(
                Marker.read(node.requiredChild("signedIn")),
                Marker.read(node.requiredChild("expired")),
                Marker.read(node.requiredChild("signedOut")),
                node.child("error").map(Marker::read),
                node.child("signInRefused").map(Marker::read),
                node.child("linkConfirm").map(Marker::read),
                node.child("linkUsed").map(Marker::read),
                node.child("cookiesRequired").map(Marker::read));
    }

    /** The state the page shows now, or empty while it shows none (still loading, or unrecognisable). */
    public Optional<PageState> stateOf(WebDriver driver) {
        if (String.valueOf(driver.getCurrentUrl()).startsWith(BROWSER_ERROR_PAGE)) {
            return Optional.of(PageState.ERROR);
        }
        if (matches(error, driver)) {
            return Optional.of(PageState.ERROR);
        }
        if (expired.matches(driver)) {
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
