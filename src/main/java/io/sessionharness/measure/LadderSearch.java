package io.sessionharness.measure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.sessionharness.config.Durations;

/**
 * An idle timeout found in about one timeout: sessions signed in a {@code step} apart form a ladder whose idle times,
 * once the middle one has idled the declared timeout, straddle it a step apart. The questions "still alive after
 * idling a?" then go to the youngest and the oldest session and, by halves, to the one nearest the middle of the
 * bracket so far — at once, since all of them have idled about that long —, so each later question costs a page visit,
 * not another timeout. A visit that finds a session alive is activity (that session leaves the ladder); one that finds
 * it ended uses it up.
 *
 * <p>The answer is {@link Result#covered()} when the bracket is down to the resolution; when the real timeout lies
 * outside the ladder (the declared figure is far off), the bracket found so far is returned for a wider search.
 */
public final class LadderSearch {

    /** The sessions of a ladder: sign one in (when it is its turn), ask one whether it is still alive. */
    public interface Sessions<S> {
        /** Signs a fresh session in; idling starts when this returns. */
        S signIn(int rung);

        /** Opens a protected page in {@code session}: alive or not, and how long it had idled when the request left. */
        ProbeAnswer ask(S session);

        /** Lets time pass until {@code when} (the harness's idle period). */
        void waitUntil(Instant when);
    }

    public record Result(Bracket bracket, boolean covered, List<String> steps) {
    }

    private LadderSearch() {
    }

    /**
     * Signs in {@code rungs} sessions {@code step} apart and searches around {@code declared} until the bracket is no
     * wider than {@code resolution}.
     */
    public static <S> Result search(Duration declared, Duration step, int rungs, Duration resolution, Clock clock, Sessions<S> sessions) {
        if (rungs < 2 || step.isNegative() || step.isZero() || declared.compareTo(step.multipliedBy(rungs)) <= 0) {
            throw new IllegalArgumentException("a ladder needs two or more rungs a positive step apart, shorter than the declared timeout");
        }
        List<String> steps = new ArrayList<>();
        List<Rung<S>> ladder = new ArrayList<>();
        Instant first = clock.instant();
        for (int i = 0; i < rungs; i++) {
            sessions.waitUntil(first.plus(step.multipliedBy(i)));
            S session = sessions.signIn(i);
            ladder.add(new Rung<>(session, clock.instant()));
        }
        Duration lo = Duration.ZERO;
        Optional<Duration> hi = Optional.empty();
        sessions.waitUntil(ladder.get(rungs / 2).signedIn.plus(declared));
        steps.add(String.format("%d sessions signed in %s apart; the middle one is asked once it has idled %s", rungs,
                Durations.format(step), Durations.format(declared)));
        while (hi.isEmpty() || hi.get().minus(lo).compareTo(resolution) > 0) {
            Optional<Question<S>> next = next(ladder, clock.instant(), lo, hi, step);
            if (next.isEmpty()) {
                steps.add("no session of the ladder is left with an idle time inside the bracket: a wider search takes over");
                return new Result(new Bracket(lo, hi), false, steps);
            }
            Question<S> question = next.get();
            sessions.waitUntil(question.askAt());
            question.rung().used = true;
            ProbeAnswer answer = sessions.ask(question.rung().session);
            steps.add(String.format("after %s idle: %s", Durations.format(answer.idled()), answer.alive() ? "alive" : "ended"));
            if (answer.alive() && hi.map(h -> answer.idled().compareTo(h) >= 0).orElse(false)
                    || !answer.alive() && answer.idled().compareTo(lo) <= 0) {
                steps.add("the answers contradict each other: the site's timeout is not consistent");
                return new Result(answer.alive() ? new Bracket(lo, hi) : new Bracket(lo, Optional.of(answer.idled())), false, steps);
            }
            if (answer.alive()) {
                lo = answer.idled().compareTo(lo) > 0 ? answer.idled() : lo;
            } else {
                hi = Optional.of(answer.idled());
            }
        }
        return new Result(new Bracket(lo, hi), true, steps);
    }

    private record Question<S>(Rung<S> rung, Instant askAt) {
    }

    /**
     * The next question. Time only ever makes a session's idle time longer, so younger sessions are kept for the
     * questions below and older ones answer those above: first the middle session (it has idled the declared timeout
     * by now); while no session has been found ended, the oldest one left, at once; then, by halves of the bracket
     * (its lower end no lower than the youngest session left can still reach), the oldest session younger than the
     * middle, once it has idled that long — or, if none is, the one inside the bracket nearest the middle, at once.
     * Nothing when no unused session can still say anything new.
     */
    private static <S> Optional<Question<S>> next(List<Rung<S>> ladder, Instant now, Duration lo, Optional<Duration> hi, Duration step) {
        List<Rung<S>> unused = ladder.stream().filter(rung -> !rung.used).toList();
        if (unused.isEmpty()) {
            return Optional.empty();
        }
        java.util.function.Function<Rung<S>, Duration> age = rung -> Duration.between(rung.signedIn, now);
        if (unused.size() == ladder.size()) {
            return Optional.of(new Question<>(ladder.get(ladder.size() / 2), now));
        }
        if (hi.isEmpty()) {
            Rung<S> oldest = unused.get(0);
            return Optional.of(new Question<>(oldest, age.apply(oldest).compareTo(lo) > 0 ? now : oldest.signedIn.plus(lo).plus(step)));
        }
        Duration youngest = age.apply(unused.get(unused.size() - 1));
        Duration reach = youngest.minus(step).compareTo(lo) > 0 ? youngest.minus(step) : lo;
        Duration middle = reach.plus(hi.get()).dividedBy(2);
        Optional<Question<S>> waiting = unused.stream().filter(rung -> age.apply(rung).compareTo(middle) <= 0)
                .min(java.util.Comparator.comparing(rung -> rung.signedIn))
                .map(rung -> new Question<>(rung, rung.signedIn.plus(middle)));
        if (waiting.isPresent()) {
            return waiting;
        }
        return unused.stream()
                .filter(rung -> age.apply(rung).compareTo(lo) > 0 && age.apply(rung).compareTo(hi.get()) < 0)
                .min(java.util.Comparator.comparing(rung -> age.apply(rung).minus(middle).abs()))
                .map(rung -> new Question<>(rung, now));
    }

    private static final class Rung<S> {
        private final S session;
        private final Instant signedIn;
        private boolean used;

        Rung(S session, Instant signedIn) {
            this.session = session;
            this.signedIn = signedIn;
        }
    }
}
