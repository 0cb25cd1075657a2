package io.sessionharness.target;

/** What a page showed the person, as recognised by the target's markers. */
public enum PageState {
    SIGNED_IN("the signed-in page"),
    EXPIRED("the session-expired page"),
    SIGNED_OUT("the sign-in page"),
    SIGN_IN_REFUSED("a refused sign-in (account in use elsewhere)"),
    LINK_CONFIRM("the sign-in link's confirm step"),
    LINK_USED("the 'link expired or already used' page"),
    COOKIES_REQUIRED("the 'cookies are required' page"),
    ERROR("an error page"),
    UNREACHABLE("the browser's own error page: the site could not be reached"),
    UNRECOGNISED("a page that matches none of the target's markers");

    private final String description;

    PageState(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The site says cleanly that the session is over: its session-expired page or its sign-in page. */
    public boolean endsTheSession() {
        return this == EXPIRED || this == SIGNED_OUT;
    }
}
