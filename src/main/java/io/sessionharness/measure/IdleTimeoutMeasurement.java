package io.sessionharness.measure;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.sessionharness.config.Durations;
import io.sessionharness.report.Report;
import io.sessionharness.scenario.Cast;
import io.sessionharness.scenario.Person;

/**
 * Finds a site's real idle timeout: first with a {@link LadderSearch} around the declared figure (sessions signed in a
 * step apart, about one timeout in all), and where that cannot settle it — nothing declared, the real figure far from
 * it, pages that keep the session alive — with {@link TimeoutSearch} rounds of parallel probes inside what it found.
 */
public final class IdleTimeoutMeasurement {

    private final Cast cast;
    private final AtomicInteger round = new AtomicInteger();
    private final io.sessionharness.report.ProbePlot plot = new io.sessionharness.report.ProbePlot("Idle timeout: every probe at its idle age");

    public IdleTimeoutMeasurement(Cast cast) {
        this.cast = cast;
    }

    /** Every answer so far — the ladder's and each round's — as a plot; the caller adds the declared figure and the result. */
    public io.sessionharness.report.ProbePlot plot() {
        return plot;
    }

    public TimeoutSearch.Result run(Duration upper, int parallel, Duration resolution, int maxRounds) {
        return TimeoutSearch.search(Duration.ZERO, upper, parallel, resolution, maxRounds, this::probeRound);
    }

    /**
     * With a declared idle timeout: the ladder first ({@code rungs} sessions, half the resolution apart), then, if the
     * real timeout lies outside it, rounds inside the bracket the ladder found (or up to {@code upper}).
     */
    public TimeoutSearch.Result run(Duration declared, Duration upper, int parallel, Duration resolution, int maxRounds, int rungs) {
        // Half the resolution apart: the last questions fall between neighbours, which idle on while they are asked.
        Duration step = resolution.dividedBy(2).compareTo(MIN_STEP) < 0 ? MIN_STEP : resolution.dividedBy(2);
        if (cast.site().policy().pageKeepsAlive() || rungs < 2 || declared.compareTo(step.multipliedBy(rungs)) <= 0) {
            return run(upper, parallel, resolution, maxRounds);
        }
        List<Person> ladder = new java.util.ArrayList<>();
        LadderSearch.Result found;
        try {
            found = Report.step("a ladder of " + rungs + " sessions signed in " + Durations.format(step) + " apart around the declared "
                    + Durations.format(declared), rename -> {
                        // Every browser first: the sign-ins then follow each other a step apart, not a browser start apart.
                        for (int i = 0; i < rungs; i++) {
                            ladder.add(cast.person("ladder" + (i + 1)));
                        }
                        LadderSearch.Result result = LadderSearch.search(declared, step, rungs, resolution, cast.clock(), new PeopleOnALadder(ladder));
                        rename.accept("ladder of " + rungs + " sessions: " + result.bracket().describe() + (result.covered() ? "" : " — a wider search follows"));
                        Report.text("ladder", String.join("\n", result.steps()));
                        return result;
                    });
        } finally {
            ladder.forEach(cast::dismiss);
        }
        if (found.covered()) {
            return new TimeoutSearch.Result(found.bracket(), List.of(), List.of());
        }
        Duration lower = found.bracket().lower();
        Duration wider = found.bracket().upper().orElse(upper.compareTo(lower) > 0 ? upper : lower.multipliedBy(2));
        List<String> contradictions = found.steps().stream().filter(line -> line.contains("not consistent")).toList();
        if (!contradictions.isEmpty() || wider.compareTo(lower) <= 0) {
            // The ladder's answers contradict each other: no wider search can settle that; the scenario says inconclusive.
            return new TimeoutSearch.Result(found.bracket(), List.of(), contradictions.isEmpty()
                    ? List.of("the ladder ended with no room between its alive and its ended answers — the site's timeout is not consistent")
                    : contradictions);
        }
        // A ladder that contradicted itself returned above: the wider search's notes are all there is.
        return TimeoutSearch.search(lower, wider, parallel, resolution, maxRounds, this::probeRound);
    }

    /** A ladder's rungs closer than this would be closer than a sign-in takes. */
    private static final Duration MIN_STEP = Duration.ofSeconds(1);

    /** The ladder's sessions: people of the cast, each with a browser (started already) and an account of their own. */
    private final class PeopleOnALadder implements LadderSearch.Sessions<Person> {
        private final List<Person> people;

        PeopleOnALadder(List<Person> people) {
            this.people = people;
        }

        @Override
        public Person signIn(int rung) {
            Person person = people.get(rung);
            if (!person.signIn().signedIn()) {
                throw new AssertionError(person.name() + " could not sign in, so the idle timeout cannot be measured");
            }
            return person;
        }

        @Override
        public ProbeAnswer ask(Person person) {
            io.sessionharness.scenario.PageVisit visit = person.openProtectedPage();
            if (!visit.signedIn() && !visit.state().endsTheSession()) {
                // Neither alive nor ended: an error page or one the profile does not describe is no answer.
                throw new IllegalStateException("Profile or site? a ladder session got " + visit.describe()
                        + ": neither signed in nor a clean end, so no answer about the idle timeout (the measurement is not made)");
            }
            plot.probe("ladder", visit.idleBefore().orElseThrow(), visit.signedIn());
            return new ProbeAnswer(visit.signedIn(), visit.idleBefore().orElseThrow());
        }

        @Override
        public void waitUntil(java.time.Instant when) {
            cast.waitUntil(when, "the ladder");
        }
    }

    private List<ProbeAnswer> probeRound(List<Duration> idles) {
        int number = round.incrementAndGet();
        return Report.step("round " + number + ": " + idles.size() + " sessions idle " + idles.stream().map(Durations::format).toList(),
                rename -> {
                    List<ProbeAnswer> answers = cast.inParallel(idles.size(), idles.stream().max(Duration::compareTo).orElse(Duration.ZERO),
                            i -> probe(number, i, idles.get(i)));
                    rename.accept("round " + number + ": " + describe(idles, answers));
                    return answers;
                });
    }

    /**
     * One probe: signs in, idles, looks. Its answer counts at the idle it really had (a slow machine may stretch the
     * plan); a page that is neither signed in nor a clean end (an error, a page the profile does not describe) is no
     * answer at all, and the measurement is not made (broken), never "ended".
     */
    private ProbeAnswer probe(int number, int index, Duration idle) {
        Person probe = cast.person("r" + number + "-probe" + (index + 1));
        try {
            if (!probe.signIn().signedIn()) {
                throw new AssertionError(probe.name() + " could not sign in, so the idle timeout cannot be measured");
            }
            probe.stayIdle(idle);
            io.sessionharness.scenario.PageVisit visit = probe.openProtectedPage();
            if (!visit.signedIn() && !visit.state().endsTheSession()) {
                throw new IllegalStateException("Profile or site? " + probe.name() + " got " + visit.describe()
                        + ": neither signed in nor a clean end, so no answer about the idle timeout (the measurement is not made)");
            }
            Duration idled = visit.idleBefore().orElse(idle);
            plot.probe("round " + number, idled, visit.signedIn());
            return new ProbeAnswer(visit.signedIn(), idled.compareTo(idle) > 0 ? idled : idle);
        } finally {
            cast.dismiss(probe);
        }
    }

    private static String describe(List<Duration> idles, List<ProbeAnswer> answers) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < idles.size(); i++) {
            ProbeAnswer answer = answers.get(i);
            text.append(i == 0 ? "" : ", ").append(Durations.format(idles.get(i)));
            if (answer.idled().minus(idles.get(i)).compareTo(Duration.ofMillis(100)) > 0) {
                text.append(" (really ").append(Durations.format(answer.idled())).append(')');
            }
            text.append(answer.alive() ? " alive" : " ended");
        }
        return text.toString();
    }
}
