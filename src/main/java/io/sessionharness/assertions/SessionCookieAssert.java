package io.sessionharness.assertions;

import org.assertj.core.api.AbstractAssert;

import io.sessionharness.scenario.SessionCookie;

/** Checks on session cookies; messages show fingerprints, never values. */
public final class SessionCookieAssert extends AbstractAssert<SessionCookieAssert, SessionCookie> {

    SessionCookieAssert(SessionCookie actual) {
        super(actual, SessionCookieAssert.class);
    }

    /** Session fixation guard: the ID after sign-in is not the one the browser held before. */
    public SessionCookieAssert isRotatedFrom(SessionCookie before) {
        isNotNull();
        if (actual.sameValueAs(before)) {
            failWithMessage("The session ID was not rotated at sign-in: before %s, after %s (same value) — a planted ID "
                    + "would let an attacker share the signed-in session (session fixation)", before.fingerprint(), actual.fingerprint());
        }
        return this;
    }
}
