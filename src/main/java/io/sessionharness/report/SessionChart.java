package io.sessionharness.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.w3c.dom.Element;

/**
 * One scenario's sessions at a glance, as an SVG chart: a lane per person's browser (and tab), bars where the session
 * was signed in and where the person sat idle, a marker per page visit labelled with what the site showed (readable
 * without colour), and the declared limits — the idle timeout counted from each idle period's start, the absolute
 * lifetime from sign-in, each with its tolerance band — so a session alive beyond a limit line, or ended before it,
 * is plain to see. Carries only lane names and page states: no address, cookie or account name.
 */
public final class SessionChart {

    private static final ChartFrame FRAME = new ChartFrame(210, 70, 50, 54, 64);

    private final String title;
    private final Optional<Duration> idleLimit;
    private final Optional<Duration> absoluteLimit;
    private final Duration tolerance;
    private final Map<String, List<SessionEvent>> lanes = new LinkedHashMap<>();

    /** A chart for a scenario whose target declares these limits (empty: none declared). */
    public SessionChart(String title, Optional<Duration> idleLimit, Optional<Duration> absoluteLimit, Duration tolerance) {
        this.title = title;
        this.idleLimit = idleLimit;
        this.absoluteLimit = absoluteLimit;
        this.tolerance = tolerance;
    }

    /** The person's sign-in completed in this lane at {@code at}. */
    public synchronized void signedIn(String lane, Duration at) {
        events(lane).add(new SessionEvent(SessionEvent.Kind.SIGNED_IN, at, at, "signed in", true, "signedIn"));
    }

    /** A page visit: {@code state} the recognised state's key (signedIn, expired, signedOut, error, …). */
    public synchronized void visit(String lane, Duration at, String state, String label, boolean alive) {
        events(lane).add(new SessionEvent(SessionEvent.Kind.VISIT, at, at, label, alive, state));
    }

    /** A deliberate idle period. */
    public synchronized void idle(String lane, Duration from, Duration to) {
        events(lane).add(new SessionEvent(SessionEvent.Kind.IDLE, from, to, "idle " + io.sessionharness.config.Durations.format(to.minus(from)), true,
                "idle"));
    }

    private List<SessionEvent> events(String lane) {
        return lanes.computeIfAbsent(lane, name -> new ArrayList<>());
    }

    /** The chart up to {@code elapsed} (the scenario's length); limit lines a little beyond it still show. */
    public synchronized String render(Duration elapsed) {
        mergeFirstTabs();
        // The left edge stands for the first thing that happened (a scenario may wait for its browsers first).
        Duration origin = lanes.values().stream().flatMap(List::stream).map(SessionEvent::at).min(Duration::compareTo)
                .map(first -> first.minusSeconds(1)).filter(start -> !start.isNegative()).orElse(Duration.ZERO);
        List<Limit> limits = new ArrayList<>();
        lanes.forEach((lane, events) -> limits.addAll(limitsOf(lane, events)));
        Duration axis = elapsed;
        for (Limit limit : limits) {
            Duration far = limit.at().plus(tolerance);
            if (far.compareTo(axis) > 0 && far.compareTo(elapsed.multipliedBy(3).dividedBy(2)) <= 0) {
                axis = far;
            }
        }
        axis = axis.compareTo(origin.plusSeconds(1)) < 0 ? origin.plusSeconds(1) : axis;
        int height = FRAME.height(lanes.size());
        Svg svg = FRAME.page(title, height);
        hatching(svg);
        FRAME.title(svg, title, "class", "chart-title");
        TimeScale scale = FRAME.scale(origin, axis);
        scale.axis(svg, height, 4, "#eeeeee");
        int index = 0;
        List<String> beyond = new ArrayList<>();
        for (Map.Entry<String, List<SessionEvent>> lane : lanes.entrySet()) {
            double y = FRAME.rowMiddle(index);
            SessionLane.draw(svg, scale, lane.getKey(), lane.getValue(), y, elapsed);
            for (Limit limit : limits) {
                if (limit.lane().equals(lane.getKey())) {
                    if (limit.at().minus(tolerance).compareTo(axis) > 0) {
                        beyond.add(limit.label() + " at " + io.sessionharness.config.Durations.format(limit.at()) + " (" + lane.getKey() + ")");
                    } else {
                        limitLine(svg, limit, y, scale);
                    }
                }
            }
            index++;
        }
        legend(svg, height, beyond);
        return svg.render();
    }

    /** Where each declared limit falls in a lane: the idle timeout after each idle start, the lifetime after each sign-in. */
    private List<Limit> limitsOf(String lane, List<SessionEvent> events) {
        List<Limit> limits = new ArrayList<>();
        for (SessionEvent event : events) {
            if (event.kind() == SessionEvent.Kind.IDLE) {
                idleLimit.ifPresent(idle -> limits.add(new Limit(lane, event.at().plus(idle), "idle-limit", "idle limit")));
            }
            if (event.kind() == SessionEvent.Kind.SIGNED_IN) {
                absoluteLimit.ifPresent(absolute -> limits.add(new Limit(lane, event.at().plus(absolute), "absolute-limit", "absolute limit")));
            }
        }
        return limits;
    }

    private record Limit(String lane, Duration at, String cssClass, String label) {
    }

    private void limitLine(Svg svg, Limit limit, double y, TimeScale scale) {
        Element group = svg.group(svg.root(), "limit " + limit.cssClass());
        String colour = limit.cssClass().equals("idle-limit") ? "#ef6c00" : "#6d4c41";
        double from = scale.x(limit.at().minus(tolerance).isNegative() ? Duration.ZERO : limit.at().minus(tolerance));
        double to = scale.x(limit.at().plus(tolerance));
        svg.add(group, "rect", "class", "tolerance", "x", Svg.format(from), "y", Svg.format(y - FRAME.row() / 2.0 + 4),
                "width", Svg.format(Math.max(1, to - from)), "height", FRAME.row() - 8, "fill", colour, "fill-opacity", "0.12");
        double x = scale.x(limit.at());
        svg.add(group, "line", "x1", Svg.format(x), "x2", Svg.format(x), "y1", Svg.format(y - FRAME.row() / 2.0 + 4),
                "y2", Svg.format(y + FRAME.row() / 2.0 - 4), "stroke", colour, "stroke-width", 2, "stroke-dasharray", "5,3");
        svg.text(group, x + 3, y + FRAME.row() / 2.0 - 6, limit.label(), "fill", colour, "font-size", "10");
    }

    private void legend(Svg svg, int height, List<String> beyond) {
        Element group = svg.group(svg.root(), "legend");
        double y = height - FRAME.bottom() + 24;
        svg.add(group, "rect", "x", 10, "y", Svg.format(y - 9), "width", 18, "height", 10, "fill", "#cde8cf");
        svg.text(group, 32, y, "signed in");
        svg.add(group, "rect", "x", 100, "y", Svg.format(y - 9), "width", 18, "height", 10, "fill", "url(#idle-hatch)", "stroke", "#9e9e9e");
        svg.text(group, 122, y, "idle (deliberate)");
        svg.add(group, "line", "x1", 230, "x2", 248, "y1", Svg.format(y - 4), "y2", Svg.format(y - 4), "stroke", "#ef6c00", "stroke-width", 2, "stroke-dasharray", "5,3");
        svg.text(group, 252, y, "idle limit ± tolerance");
        svg.add(group, "line", "x1", 390, "x2", 408, "y1", Svg.format(y - 4), "y2", Svg.format(y - 4), "stroke", "#6d4c41", "stroke-width", 2, "stroke-dasharray", "5,3");
        svg.text(group, 412, y, "absolute limit ± tolerance");
        svg.text(group, 570, y, "● a page the site showed (ended: the first that found it over)");
        if (!beyond.isEmpty()) {
            svg.text(group, 10, y + 18, "beyond this chart: " + String.join("; ", beyond), "fill", "#757575", "class", "beyond");
        }
    }

    private void hatching(Svg svg) {
        Element defs = svg.add(svg.root(), "defs");
        Element pattern = svg.add(defs, "pattern", "id", "idle-hatch", "width", 6, "height", 6, "patternUnits", "userSpaceOnUse",
                "patternTransform", "rotate(45)");
        svg.add(pattern, "rect", "width", 6, "height", 6, "fill", "#eeeeee");
        svg.add(pattern, "line", "x1", 0, "y1", 0, "x2", 0, "y2", 6, "stroke", "#9e9e9e", "stroke-width", 2);
    }

    /**
     * A person's browser before any tab was opened and "tab 1" of it afterwards are one tab: one lane, under the tab's
     * name (the text timeline names it as it was known at each moment).
     */
    private void mergeFirstTabs() {
        for (String lane : List.copyOf(lanes.keySet())) {
            List<SessionEvent> firstTab = lanes.get(lane + ", tab 1");
            if (firstTab != null) {
                firstTab.addAll(0, lanes.remove(lane));
            }
        }
        // Lanes in the order their first event happened: tab 1 before tab 2.
        List<Map.Entry<String, List<SessionEvent>>> ordered = new ArrayList<>(lanes.entrySet());
        ordered.sort(java.util.Comparator.comparing(lane -> lane.getValue().stream().map(SessionEvent::at).min(Duration::compareTo).orElse(Duration.ZERO)));
        lanes.clear();
        ordered.forEach(lane -> lanes.put(lane.getKey(), lane.getValue()));
    }
}
