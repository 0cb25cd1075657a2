package io.sessionharness.referenceapp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers for a while why a session ended, so that a browser presenting its old cookie can be told
 * "your session expired" rather than a bare sign-in page.
 */
final class EndedSessions {

    private static final Duration REMEMBER = Duration.ofHours(2);
    private static final int MAX_ENTRIES = 100_000;

    private final Clock clock;
    private final Map<String, Ended> ended = new ConcurrentHashMap<>();

    EndedSessions(Clock clock) {
        this.clock = clock;
    }

    void record(String sessionId, SessionEnd reason) {
        if (ended.size() >= MAX_ENTRIES) {
            forgetOld();
        }
        ended.put(sessionId, new Ended(reason, clock.instant()));
    }

    Optional<SessionEnd> reasonFor(String sessionId) {
        Ended entry = ended.get(sessionId);
        return entry == null ? Optional.empty() : Optional.of(entry.reason());
    }

    private void forgetOld() {
        Instant cutoff = clock.instant().minus(REMEMBER);
        for (Iterator<Ended> it = ended.values().iterator(); it.hasNext(); ) {
            if (it.next().at().isBefore(cutoff)) {
                it.remove();
            }
        }
        if (ended.size() >= MAX_ENTRIES) {
            ended.clear();
        }
    }

    private record Ended(SessionEnd reason, Instant at) {
    }
}
