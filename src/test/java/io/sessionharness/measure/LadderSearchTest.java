package io.sessionharness.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.testng.annotations.Test;

import io.sessionharness.testsupport.MutableClock;

public class LadderSearchTest {

    /** A site with a fixed idle timeout on a fake clock: a sign-in takes 0.4 s, a page visit 0.6 s. */
    private static final class FakeSite implements LadderSearch.Sessions<FakeSite.Session> {
        private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        private final Duration timeout;
        private int asked;

        FakeSite(Duration timeout) {
            this.timeout = timeout;
        }

        final class Session {
            private Instant lastContact;
            private boolean ended;
        }

        @Override
        public Session signIn(int rung) {
            clock.advance(Duration.ofMillis(400));
            Session session = new Session();
            session.lastContact = clock.instant();
            return session;
        }

        @Override
        public ProbeAnswer ask(Session session) {
            asked++;
            Duration idled = Duration.between(session.lastContact, clock.instant());
            session.ended = session.ended || idled.compareTo(timeout) >= 0;
            clock.advance(Duration.ofMillis(600));
            if (!session.ended) {
                session.lastContact = clock.instant();
            }
            return new ProbeAnswer(!session.ended, idled);
        }

        @Override
        public void waitUntil(Instant when) {
            if (when.isAfter(clock.instant())) {
                clock.advance(Duration.between(clock.instant(), when));
            }
        }

        Duration elapsed(Instant since) {
            return Duration.between(since, clock.instant());
        }
    }

    private static LadderSearch.Result search(FakeSite site, Duration declared) {
        return LadderSearch.search(declared, Duration.ofSeconds(1), 9, Duration.ofSeconds(2), site.clock, site);
    }

    @Test
    public void aTimeoutAsDeclaredIsFoundToTheResolutionInLittleMoreThanTheTimeout() {
        FakeSite site = new FakeSite(Duration.ofSeconds(60));
        Instant start = site.clock.instant();
        LadderSearch.Result result = search(site, Duration.ofSeconds(60));
        assertThat(result.covered()).as(String.join("\n", result.steps())).isTrue();
        assertThat(result.bracket().agreesWith(Duration.ofSeconds(60), Duration.ZERO)).isTrue();
        assertThat(result.bracket().halfWidth()).isLessThanOrEqualTo(Duration.ofSeconds(1));
        // The middle of nine rungs, a second apart, signs in 4 s after the first, then idles 60 s; a few visits settle it.
        assertThat(site.elapsed(start)).as("wall time of the search").isLessThan(Duration.ofSeconds(72));
        assertThat(site.asked).isLessThanOrEqualTo(5);
    }

    @Test
    public void aTimeoutSomewhatShorterOrLongerThanDeclaredIsStillFoundOnTheLadder() {
        for (int seconds : new int[] {58, 59, 61, 62, 63, 64}) {
            FakeSite site = new FakeSite(Duration.ofSeconds(seconds));
            LadderSearch.Result result = search(site, Duration.ofSeconds(60));
            assertThat(result.covered()).as(seconds + " s: " + String.join("; ", result.steps())).isTrue();
            assertThat(result.bracket().agreesWith(Duration.ofSeconds(seconds), Duration.ZERO)).as(seconds + " s: " + result.bracket().describe()).isTrue();
            assertThat(result.bracket().halfWidth()).isLessThanOrEqualTo(Duration.ofSeconds(1));
        }
    }

    @Test
    public void aTimeoutFarFromTheDeclaredOneLeavesABracketForAWiderSearch() {
        FakeSite longer = new FakeSite(Duration.ofSeconds(120));
        LadderSearch.Result above = search(longer, Duration.ofSeconds(60));
        assertThat(above.covered()).isFalse();
        assertThat(above.bracket().upper()).isEmpty();
        assertThat(above.bracket().lower()).isGreaterThan(Duration.ofSeconds(60));

        FakeSite shorter = new FakeSite(Duration.ofSeconds(20));
        LadderSearch.Result below = search(shorter, Duration.ofSeconds(60));
        assertThat(below.covered()).isFalse();
        assertThat(below.bracket().upper()).hasValueSatisfying(hi -> assertThat(hi).isLessThan(Duration.ofSeconds(60)));
        assertThat(below.bracket().lower()).isZero();
    }
}
