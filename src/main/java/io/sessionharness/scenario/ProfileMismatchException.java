package io.sessionharness.scenario;

/**
 * The site did something the target profile did not describe — a signed-in browser holding none of the session
 * cookies the profile names. The scenario is <em>broken</em> ("Profile or site?"): the profile needs a look before any
 * verdict about the site can be made.
 */
public final class ProfileMismatchException extends RuntimeException {

    ProfileMismatchException(String what) {
        super("Profile or site? " + what);
    }
}
