package io.sessionharness.scenario;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.sessionharness.config.Durations;
import io.sessionharness.report.SessionChart;

/**
 * What happened in one scenario, who did it in which browser, and when (seconds since the scenario began): as text
 * lines, and — for sign-ins, page visits and idle periods — as the {@link SessionChart} drawn from them.
 */
public final class Timeline {

    private final Clock clock;
    private final Instant start;
    private final List<Event> events = new ArrayList<>();
    private final List<java.util.function.Consumer<SessionChart>> charted = new ArrayList<>();

    public Timeline(Clock clock) {
        this.clock = clock;
        this.start = clock.instant();
    }

    public synchronized void record(String who, String where, String what) {
        events.add(new Event(Duration.between(start, clock.instant()), who, where, what));
    }

    /** A sign-in that got through, in {@code where} (a person's browser, or one of its tabs). */
    public synchronized void signedIn(String where) {
        Duration at = sinceStart(clock.instant());
        charted.add(chart -> chart.signedIn(where, at));
    }

    /** A page the site showed in {@code where}: the state's key and a short label, and whether the session was alive there. */
    public synchronized void visit(String where, String state, String label, boolean alive) {
        Duration at = sinceStart(clock.instant());
        charted.add(chart -> chart.visit(where, at, state, label, alive));
    }

    /** A deliberate idle period in {@code where}, from its start until now. */
    public synchronized void idle(String where, Instant from) {
        Duration since = sinceStart(from);
        Duration until = sinceStart(clock.instant());
        charted.add(chart -> chart.idle(where, since, until));
    }

    /** The chart of this scenario's sessions against the declared limits (SVG). */
    public synchronized String chart(String title, Optional<Duration> idle, Optional<Duration> absolute, Duration tolerance) {
        SessionChart chart = new SessionChart(title, idle, absolute, tolerance);
        charted.forEach(step -> step.accept(chart));
        return chart.render(elapsed());
    }

    private Duration sinceStart(Instant at) {
        return at.isBefore(start) ? Duration.ZERO : Duration.between(start, at);
    }

    public Duration elapsed() {
        return Duration.between(start, clock.instant());
    }

    public synchronized String render() {
        StringBuilder out = new StringBuilder("   time  who        where                what\n");
        for (Event event : events) {
            out.append(String.format(Locale.ROOT, "%7s  %-10s %-20s %s%n",
                    "+" + Durations.format(event.at()).replace(" s", "s"), event.who(), event.where(), event.what()));
        }
        return out.toString();
    }

    /** One line of the timeline. */
    public record Event(Duration at, String who, String where, String what) {
    }
}
