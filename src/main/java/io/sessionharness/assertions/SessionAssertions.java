package io.sessionharness.assertions;

import java.util.List;

import io.sessionharness.scenario.PageVisit;
import io.sessionharness.scenario.HeldSession;

/** Entry point: {@code import static io.sessionharness.assertions.SessionAssertions.assertThat;}. */
public final class SessionAssertions {

    private SessionAssertions() {
    }

    public static PageVisitAssert assertThat(PageVisit visit) {
        return new PageVisitAssert(visit);
    }

    public static HeldSessionAssert assertThat(HeldSession cookie) {
        return new HeldSessionAssert(cookie);
    }

    public static SessionLifetimeAssert assertThatSession(List<PageVisit> probes) {
        return new SessionLifetimeAssert(probes);
    }
}
