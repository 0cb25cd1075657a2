package io.sessionharness.scenario;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.sessionharness.config.Durations;

/** What happened in one scenario, who did it in which browser, and when (seconds since the scenario began). */
public final class Timeline {

    private final Clock clock;
    private final Instant start;
    private final List<Event> events = new ArrayList<>();

    public Timeline(Clock clock) {
        this.clock = clock;
        this.start = clock.instant();
    }

    public synchronized void record(String who, String where, String what) {
        events.add(new Event(Duration.between(start, clock.instant()), who, where, what));
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
