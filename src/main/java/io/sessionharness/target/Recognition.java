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
    private static final String NET_ERROR_PAGE = "body.neterror #main-frame-error";
    /**
     * The browser's error codes for a site it could not reach at all — refused, reset or timed-out connections, names
     * that do not resolve, TLS that fails, a proxy that is down: the target or the network is down (infrastructure),
     * not an answer of the site. Anything else on the browser's error page (a redirect loop, a malformed answer) is
     * the site's doing.
     */
    private static final java.util.regex.Pattern UNREACHABLE = java.util.regex.Pattern.compile("\\bERR_(CONNECTION_(REFUSED|RESET|CLOSED"
            + "|TIMED_OUT|FAILED|ABORTED)|TIMED_OUT|NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|ADDRESS_(UNREACHABLE|INVALID)|INTERNET_DISCONNECTED"
            + "|NETWORK_(CHANGED|ACCESS_DENIED)|PROXY_CONNECTION_FAILED|TUNNEL_CONNECTION_FAILED|EMPTY_RESPONSE|CERT_[A-Z_]+|SSL_[A-Z_]+"
            + "|BAD_SSL_CLIENT_AUTH_CERT)\\b");

    /** The browser's code for a site it could not reach, from the text of its own error page. */
    public static java.util.Optional<String> unreachableCode(String errorPageText) {
        java.util.regex.Matcher code = UNREACHABLE.matcher(errorPageText);
        return code.find() ? java.util.Optional.of(code.group()) : java.util.Optional.empty();
    }

    /**
     * The text of the browser's own error page, if that is what the browser shows: Chromium's chrome-error:// page,
     * or the same page under the site's address (so it shows a failure through a proxy: body.neterror).
     */
    public static java.util.Optional<String> browserErrorPageText(WebDriver driver) {
        return String.valueOf(driver.getCurrentUrl()).startsWith(BROWSER_ERROR_PAGE) ? Optional.of(bodyText(driver)) : netErrorPageText(driver);
    }

    /** The neterror page under the site's own address (the address was read already). */
    private static Optional<String> netErrorPageText(WebDriver driver) {
        return driver.findElements(org.openqa.selenium.By.cssSelector(NET_ERROR_PAGE)).isEmpty() ? Optional.empty() : Optional.of(bodyText(driver));
    }

    private static String bodyText(WebDriver driver) {
        java.util.List<org.openqa.selenium.WebElement> body = driver.findElements(org.openqa.selenium.By.tagName("body"));
        return body.isEmpty() ? "" : body.get(0).getText();
    }

    private static PageState browserError(String text) {
        return unreachableCode(text).isPresent() ? PageState.UNREACHABLE : PageState.ERROR;
    }

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
            return Optional.of(browserError(bodyText(driver)));
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
        return netErrorPageText(driver).map(Recognition::browserError);
    }

    private static boolean matches(Optional<Marker> marker, WebDriver driver) {
        return marker.isPresent() && marker.get().matches(driver);
    }
}
