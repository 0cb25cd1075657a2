package io.sessionharness.report;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Element;

import io.sessionharness.report.SessionEvent.Kind;

/**
 * Draws one lane of a {@link SessionChart}: its name, the signed-in bars, the hatched idle periods, and a marker per
 * page visit coloured and labelled by what the site showed — the first page that found the session over marked "ended".
 */
final class SessionLane {

    private SessionLane() {
    }

    static void draw(Svg svg, TimeScale scale, String name, List<SessionEvent> unordered, double y, Duration elapsed) {
        List<SessionEvent> events = unordered.stream().sorted(java.util.Comparator.comparing(SessionEvent::at)).toList();
        Element group = svg.group(svg.root(), "lane");
        group.setAttribute("data-lane", name);
        svg.text(group, 10, y + 4, name, "class", "lane-label");
        svg.add(group, "line", "x1", scale.frame().left(), "x2", ChartFrame.WIDTH - scale.frame().right(), "y1", Svg.format(y), "y2", Svg.format(y),
                "stroke", "#dddddd");
        // Signed-in bars: from a sign-in (or a signed-in page) to the first page that was not signed in.
        Optional<Duration> open = Optional.empty();
        for (SessionEvent event : events) {
            if (event.kind() == Kind.IDLE) {
                continue;
            }
            if (event.alive() && open.isEmpty()) {
                open = Optional.of(event.at());
            } else if (!event.alive() && open.isPresent()) {
                bar(svg, scale, group, open.get(), event.at(), y, "signed-in", "#cde8cf");
                open = Optional.empty();
            }
        }
        open.ifPresent(from -> bar(svg, scale, group, from, elapsed, y, "signed-in", "#cde8cf"));
        for (SessionEvent event : events) {
            if (event.kind() == Kind.IDLE) {
                Element idle = bar(svg, scale, group, event.at(), event.until(), y, "idle", "url(#idle-hatch)");
                idle.setAttribute("stroke", "#9e9e9e");
                svg.text(group, (scale.x(event.at()) + scale.x(event.until())) / 2, y + 24, event.label(), "text-anchor", "middle", "fill", "#616161",
                        "class", "idle-label");
            }
        }
        visits(svg, scale, group, events, y);
    }

    private static void visits(Svg svg, TimeScale scale, Element group, List<SessionEvent> events, double y) {
        boolean ended = false;
        int n = 0;
        for (SessionEvent event : events) {
            if (event.kind() != Kind.VISIT) {
                continue;
            }
            boolean first = !event.alive() && !ended && events.stream().anyMatch(e -> e.kind() != Kind.IDLE && e.alive() && e.at().compareTo(event.at()) < 0);
            ended |= first;
            double x = scale.x(event.at());
            Element marker = svg.group(group, "visit state-" + event.state() + (first ? " session-ended" : ""));
            svg.add(marker, "circle", "cx", Svg.format(x), "cy", Svg.format(y), "r", first ? 6 : 4.5, "fill", colour(event), "stroke", "#ffffff");
            svg.text(marker, x, y - 10 - (n++ % 2) * 11, (first ? "ended: " : "") + event.label(), "text-anchor", "middle", "class", "visit-label");
        }
    }

    private static Element bar(Svg svg, TimeScale scale, Element group, Duration from, Duration to, double y, String cssClass, String fill) {
        double x1 = scale.x(from);
        double x2 = Math.max(x1 + 1, scale.x(to));
        return svg.add(group, "rect", "class", cssClass, "x", Svg.format(x1), "y", Svg.format(y - 7), "width", Svg.format(x2 - x1), "height", 14,
                "fill", fill);
    }

    private static String colour(SessionEvent event) {
        return switch (event.state()) {
            case "signedIn" -> "#2e7d32";
            case "expired", "signedOut", "leftSite" -> "#1565c0";
            case "error", "unrecognised", "ambiguous", "unreachable" -> "#c62828";
            default -> "#6a1b9a";
        };
    }
}
