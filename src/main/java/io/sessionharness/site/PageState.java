package io.sessionharness.site;

/** What a page showed the person, as recognised by the target's markers. */
public enum PageState {
    SIGNED_IN("signedIn", "the signed-in page", "signed in"),
    EXPIRED("expired", "the session-expired page", "expired page"),
    SIGNED_OUT("signedOut", "the sign-in page", "sign-in page"),
    SIGN_IN_REFUSED("signInRefused", "a refused sign-in (account in use elsewhere)", "sign-in refused"),
    LINK_CONFIRM("linkConfirm", "the sign-in link's confirm step", "link confirm"),
    LINK_USED("linkUsed", "the 'link expired or already used' page", "link used"),
    COOKIES_REQUIRED("cookiesRequired", "the 'cookies are required' page", "cookies required"),
    ERROR("error", "an error page", "error page"),
    UNREACHABLE("", "the browser's own error page: the site could not be reached", "unreachable"),
    LEFT_SITE("", "no page of the site: Back left it for the browser's blank start page", "left the site"),
    AMBIGUOUS("", "a page that matches the markers of two states", "ambiguous"),
    UNRECOGNISED("", "a page that matches none of the target's markers", "unrecognised");

    private final String key;
    private final String description;
    private final String label;

    PageState(String key, String description, String label) {
        this.key = key;
        this.description = description;
        this.label = label;
    }

    /** A few words for a chart's marker ("expired page", "sign-in page"). */
    public String label() {
        return label;
    }

    /** The profile key, or a name of its own for the states no marker describes ("unrecognised", "leftSite"). */
    public String id() {
        return key.isEmpty() ? switch (this) {
            case UNREACHABLE -> "unreachable";
            case LEFT_SITE -> "leftSite";
            case AMBIGUOUS -> "ambiguous";
            default -> "unrecognised";
        } : key;
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
