package io.sessionharness.assertions;

/**
 * The site answered (2xx or 3xx) with a page no marker of the profile describes: no verdict on the site's sessions — a
 * profile that does not describe that page yet, or a site that changed. The scenario is <em>broken</em> under
 * "Unrecognised page — profile or site?" with what the page was; a nightly does not go red as a target defect over a
 * missing marker. (An unrecognised page answered 4xx/5xx is the site's error page: failed.)
 */
public final class UnrecognisedPageException extends RuntimeException {

    UnrecognisedPageException(String what) {
        super(what);
    }
}
