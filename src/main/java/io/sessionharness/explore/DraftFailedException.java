package io.sessionharness.explore;

/**
 * The draft suite could not read what a profile needs off the site — no sign-in form, link or identifier field; a
 * sign-in the site did not let through: <em>broken</em> under "Profile or site?", saying what the page was. No draft
 * is written then.
 */
public final class DraftFailedException extends RuntimeException {

    DraftFailedException(String what) {
        super("Profile or site? The draft suite could not draft a profile: " + what);
    }
}
