package io.sessionharness.target;

import java.util.Optional;

import org.openqa.selenium.WebDriver;

import io.sessionharness.config.ProfileNode;

/** The target's markers for each page state, tried in a fixed order: error, expired, signed in, signed out. */
public record Recognition(Marker signedIn, Marker expired, Marker signedOut, Optional<Marker> error) {

    private static final String BROWSER_ERROR_PAGE = "chrome-error://";

    public static Recognition read(ProfileNode node) {
        node.known("signedIn", "expired", "signedOut", "error");
        return new Recognition(
                Marker.read(node.requiredChild("signedIn")),
                Marker.read(node.requiredChild("expired")),
                Marker.read(node.requiredChild("signedOut")),
                node.child("error").map(Marker::read));
    }

    /** The state the page shows now, or empty while it shows none (still loading, or unrecognisable). */
    public Optional<PageState> stateOf(WebDriver driver) {
        if (String.valueOf(driver.getCurrentUrl()).startsWith(BROWSER_ERROR_PAGE)) {
            return Optional.of(PageState.ERROR);
        }
        if (error.isPresent() && error.get().matches(driver)) {
            return Optional.of(PageState.ERROR);
        }
        if (expired.matches(driver)) {
            return Optional.of(PageState.EXPIRED);
        }
        if (signedIn.matches(driver)) {
            return Optional.of(PageState.SIGNED_IN);
        }
        if (signedOut.matches(driver)) {
            return Optional.of(PageState.SIGNED_OUT);
        }
        return Optional.empty();
    }
}
