package io.sessionharness.target;

/** What a page showed the person, as recognised by the target's markers. */
public enum PageState {
    SIGNED_IN("signedIn", "the signed-in page"),
    EXPIRED("expired", "the session-expired page"),
    SIGNED_OUT("signedOut", "the sign-in page"),
    SIGN_IN_REFUSED("signInRefused", "a refused sign-in (account in use elsewhere)"),
    LINK_CONFIRM("linkConfirm", "the sign-in link's confirm step"),
    LINK_USED("linkUsed", "the 'link expired or already used' page"),
    COOKIES_REQUIRED("cookiesRequired", "the 'cookies are required' page"),
    ERROR("error", "an error page"),
    UNREACHABLE("", "the browser's own error page: the site could not be reached"),
    LEFT_SITE("", "no page of the site: Back left it for the browser's blank start page"),
    AMBIGUOUS("", "a page that matches the markers of two states"),
    UNRECOGNISED("", "a page that matches none of the target's markers");

    private final String key;
    private final String description;

    PageState(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** The profile's key under {@code recognise:} for this state ("" for the states no marker describes). */
    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    /** The site says cleanly that the session is over: its session-expired page or its sign-in page. */
    public boolean endsTheSession() {
        return this == EXPIRED || this == SIGNED_OUT;
    }
}
