package io.sessionharness.measure;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.sessionharness.config.Durations;
import io.sessionharness.report.Report;
import io.sessionharness.scenario.Cast;
import io.sessionharness.scenario.Person;

/** Finds a site's real idle timeout with {@link TimeoutSearch}, each probe a separate person signed in at once. */
public final class IdleTimeoutMeasurement {

    private final Cast cast;
    private final AtomicInteger round = new AtomicInteger();

    public IdleTimeoutMeasurement(Cast cast) {
        this.cast = cast;
    }

    public TimeoutSearch.Result run(Duration upper, int parallel, Duration resolution, int maxRounds) {
        return TimeoutSearch.search(Duration.ZERO, upper, parallel, resolution, maxRounds, this::probeRound);
    }

    private List<Boolean> probeRound(List<Duration> idles) {
        int number = round.incrementAndGet();
        return Report.step("round " + number + ": " + idles.size() + " sessions idle " + idles.stream().map(Durations::format).toList(),
                rename -> {
                    List<Boolean> alive = cast.inParallel(idles.size(), i -> probe(number, i, idles.get(i)));
                    rename.accept("round " + number + ": " + describe(idles, alive));
                    return alive;
                });
    }

    private boolean probe(int number, int index, Duration idle) {
        Person probe = cast.person("r" + number + "-probe" + (index + 1));
        try {
            if (!probe.signIn().signedIn()) {
                throw new AssertionError(probe.name() + " could not sign in, so the idle timeout cannot be measured");
            }
            probe.stayIdle(idle);
            return probe.openProtectedPage().signedIn();
        } finally {
            cast.dismiss(probe);
        }
    }

    private static String describe(List<Duration> idles, List<Boolean> alive) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < idles.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(Durations.format(idles.get(i))).append(alive.get(i) ? " alive" : " ended");
        }
        return text.toString();
    }
}
