package io.sessionharness.assertions;

import org.assertj.core.api.AbstractAssert;

import io.sessionharness.report.Report;
import io.sessionharness.scenario.HeldSession;

/** Checks on a held session (cookies and stored tokens); messages show names and fingerprints, never values. */
public final class HeldSessionAssert extends AbstractAssert<HeldSessionAssert, HeldSession> {

    HeldSessionAssert(HeldSession actual) {
        super(actual, HeldSessionAssert.class);
    }

    /**
     * Session fixation guard: the session after sign-in is not the one the browser held before — at least one of its
     * cookies is new. A cookie that kept its pre-login value beside a new one is reported, not failed: whether the kept
     * one alone opens the session is what the attacker's own visit shows.
     */
    public HeldSessionAssert isRotatedFrom(HeldSession before) {
        isNotNull();
        if (!actual.renewedSince(before)) {
            failWithMessage("The session ID was not rotated at sign-in: before %s, after %s (same value) — a planted ID "
                    + "would let an attacker share the signed-in session (session fixation)", before.fingerprint(), actual.fingerprint());
        }
        if (!actual.keptFrom(before).isEmpty()) {
            Report.step("kept its pre-login value at sign-in: " + String.join(", ", actual.keptFrom(before))
                    + " (beside new " + actual.names().stream().filter(n -> !actual.keptFrom(before).contains(n)).toList() + ")");
        }
        return this;
    }
}
