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

    private static final int WIDTH = 960;
    private static final int LEFT = 210;
    private static final int RIGHT = 70;
    private static final int TOP = 50;
    private static final int LANE = 54;
    private static final int BOTTOM = 64;

    private final String title;
    private final Optional<Duration> idleLimit;
    private final Optional<Duration> absoluteLimit;
    private final Duration tolerance;
    private final Map<String, List<Event>> lanes = new LinkedHashMap<>();
    /** The time the chart's left edge stands for (the first thing that happened: a scenario may wait for its browsers first). */
    private Duration origin = Duration.ZERO;

    /** A chart for a scenario whose target declares these limits (empty: none declared). */
    public SessionChart(String title, Optional<Duration> idleLimit, Optional<Duration> absoluteLimit, Duration tolerance) {
        this.title = title;
        this.idleLimit = idleLimit;
        this.absoluteLimit = absoluteLimit;
        this.tolerance = tolerance;
    }

    private enum Kind { SIGNED_IN, VISIT, IDLE }

    /** {@code label}: what the page was ("signed in", "expired", …); {@code alive}: the session was signed in there. */
    private record Event(Kind kind, Duration at, Duration until, String label, boolean alive, String state) {
    }

    /** The person's sign-in completed in this lane at {@code at}. */
    public synchronized void signedIn(String lane, Duration at) {
        events(lane).add(new Event(Kind.SIGNED_IN, at, at, "signed in", true, "signedIn"));
    }

    /** A page visit: {@code state} the recognised state's key (signedIn, expired, signedOut, error, …). */
    public synchronized void visit(String lane, Duration at, String state, String label, boolean alive) {
        events(lane).add(new Event(Kind.VISIT, at, at, label, alive, state));
    }

    /** A deliberate idle period. */
    public synchronized void idle(String lane, Duration from, Duration to) {
        events(lane).add(new Event(Kind.IDLE, from, to, "idle " + io.sessionharness.config.Durations.format(to.minus(from)), true, "idle"));
    }

    private List<Event> events(String lane) {
        return lanes.computeIfAbsent(lane, name -> new ArrayList<>());
    }

    /** The chart up to {@code elapsed} (the scenario's length); limit lines a little beyond it still show. */
    public synchronized String render(Duration elapsed) {
        mergeFirstTabs();
        origin = lanes.values().stream().flatMap(List::stream).map(Event::at).min(Duration::compareTo)
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
        int height = TOP + LANE * Math.max(1, lanes.size()) + BOTTOM;
        Svg svg = new Svg(WIDTH, height, title);
        Element root = svg.root();
        svg.add(root, "rect", "x", 0, "y", 0, "width", WIDTH, "height", height, "fill", "#ffffff");
        hatching(svg);
        svg.text(root, 10, 18, title, "font-size", "13", "font-weight", "bold", "class", "chart-title");
        axis(svg, axis, height);
        int index = 0;
        List<String> beyond = new ArrayList<>();
        for (Map.Entry<String, List<Event>> lane : lanes.entrySet()) {
            double y = TOP + LANE * index + LANE / 2.0;
            lane(svg, lane.getKey(), lane.getValue(), y, elapsed, axis);
            for (Limit limit : limits) {
                if (limit.lane().equals(lane.getKey())) {
                    if (limit.at().minus(tolerance).compareTo(axis) > 0) {
                        beyond.add(limit.label() + " at " + io.sessionharness.config.Durations.format(limit.at()) + " (" + lane.getKey() + ")");
                    } else {
                        limitLine(svg, limit, y, axis);
                    }
                }
            }
            index++;
        }
        legend(svg, height, beyond);
        return svg.render();
    }

    /** Where each declared limit falls in a lane: the idle timeout after each idle start, the lifetime after each sign-in. */
    private List<Limit> limitsOf(String lane, List<Event> events) {
        List<Limit> limits = new ArrayList<>();
        for (Event event : events) {
            if (event.kind() == Kind.IDLE) {
                idleLimit.ifPresent(idle -> limits.add(new Limit(lane, event.at().plus(idle), "idle-limit", "idle limit")));
            }
            if (event.kind() == Kind.SIGNED_IN) {
                absoluteLimit.ifPresent(absolute -> limits.add(new Limit(lane, event.at().plus(absolute), "absolute-limit", "absolute limit")));
            }
        }
        return limits;
    }

    private record Limit(String lane, Duration at, String cssClass, String label) {
    }

    private void lane(Svg svg, String name, List<Event> unordered, double y, Duration elapsed, Duration axis) {
        List<Event> events = unordered.stream().sorted(java.util.Comparator.comparing(Event::at)).toList();
        Element group = svg.group(svg.root(), "lane");
        group.setAttribute("data-lane", name);
        svg.text(group, 10, y + 4, name, "class", "lane-label");
        svg.add(group, "line", "x1", LEFT, "x2", WIDTH - RIGHT, "y1", Svg.format(y), "y2", Svg.format(y), "stroke", "#dddddd");
        // Signed-in bars: from a sign-in (or a signed-in page) to the first page that was not signed in.
        Optional<Duration> open = Optional.empty();
        for (Event event : events) {
            if (event.kind() == Kind.IDLE) {
                continue;
            }
            if (event.alive() && open.isEmpty()) {
                open = Optional.of(event.at());
            } else if (!event.alive() && open.isPresent()) {
                bar(svg, group, open.get(), event.at(), y, axis, "signed-in", "#cde8cf");
                open = Optional.empty();
            }
        }
        open.ifPresent(from -> bar(svg, group, from, elapsed, y, axis, "signed-in", "#cde8cf"));
        for (Event event : events) {
            if (event.kind() == Kind.IDLE) {
                Element idle = bar(svg, group, event.at(), event.until(), y, axis, "idle", "url(#idle-hatch)");
                idle.setAttribute("stroke", "#9e9e9e");
                svg.text(group, (x(event.at(), axis) + x(event.until(), axis)) / 2, y + 24, event.label(), "text-anchor", "middle", "fill", "#616161",
                        "class", "idle-label");
            }
        }
        boolean ended = false;
        int n = 0;
        for (Event event : events) {
            if (event.kind() != Kind.VISIT) {
                continue;
            }
            boolean first = !event.alive() && !ended && events.stream().anyMatch(e -> e.kind() != Kind.IDLE && e.alive() && e.at().compareTo(event.at()) < 0);
            ended |= first;
            double x = x(event.at(), axis);
            Element marker = svg.group(group, "visit state-" + event.state() + (first ? " session-ended" : ""));
            svg.add(marker, "circle", "cx", Svg.format(x), "cy", Svg.format(y), "r", first ? 6 : 4.5, "fill", colour(event), "stroke", "#ffffff");
            svg.text(marker, x, y - 10 - (n++ % 2) * 11, (first ? "ended: " : "") + event.label(), "text-anchor", "middle", "class", "visit-label");
        }
    }

    private Element bar(Svg svg, Element group, Duration from, Duration to, double y, Duration axis, String cssClass, String fill) {
        double x1 = x(from, axis);
        double x2 = Math.max(x1 + 1, x(to, axis));
        return svg.add(group, "rect", "class", cssClass, "x", Svg.format(x1), "y", Svg.format(y - 7), "width", Svg.format(x2 - x1), "height", 14,
                "fill", fill);
    }

    private void limitLine(Svg svg, Limit limit, double y, Duration axis) {
        Element group = svg.group(svg.root(), "limit " + limit.cssClass());
        String colour = limit.cssClass().equals("idle-limit") ? "#ef6c00" : "#6d4c41";
        double from = x(limit.at().minus(tolerance).isNegative() ? Duration.ZERO : limit.at().minus(tolerance), axis);
        double to = x(limit.at().plus(tolerance), axis);
        svg.add(group, "rect", "class", "tolerance", "x", Svg.format(from), "y", Svg.format(y - LANE / 2.0 + 4), "width", Svg.format(Math.max(1, to - from)),
                "height", LANE - 8, "fill", colour, "fill-opacity", "0.12");
        double x = x(limit.at(), axis);
        svg.add(group, "line", "x1", Svg.format(x), "x2", Svg.format(x), "y1", Svg.format(y - LANE / 2.0 + 4), "y2", Svg.format(y + LANE / 2.0 - 4),
                "stroke", colour, "stroke-width", 2, "stroke-dasharray", "5,3");
        svg.text(group, x + 3, y + LANE / 2.0 - 6, limit.label(), "fill", colour, "font-size", "10");
    }

    private void axis(Svg svg, Duration axis, int height) {
        Element group = svg.group(svg.root(), "axis");
        double from = origin.toMillis() / 1000.0;
        double seconds = axis.toMillis() / 1000.0;
        double step = niceStep((seconds - from) / 8);
        for (double t = Math.ceil(from / step) * step; t <= seconds + 1e-9; t += step) {
            double x = LEFT + (WIDTH - LEFT - RIGHT) * (t - from) / (seconds - from);
            svg.add(group, "line", "x1", Svg.format(x), "x2", Svg.format(x), "y1", TOP - 8, "y2", height - BOTTOM + 4, "stroke", "#eeeeee");
            svg.text(group, x, TOP - 12, io.sessionharness.config.Durations.format(Duration.ofMillis(Math.round(t * 1000))), "text-anchor", "middle",
                    "fill", "#757575", "font-size", "10");
        }
    }

    private void legend(Svg svg, int height, List<String> beyond) {
        Element group = svg.group(svg.root(), "legend");
        double y = height - BOTTOM + 24;
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

    private double x(Duration at, Duration axis) {
        double span = axis.minus(origin).toMillis();
        return LEFT + (WIDTH - LEFT - RIGHT) * Math.min(1.0, Math.max(0.0, at.minus(origin).toMillis() / span));
    }

    /**
     * A person's browser before any tab was opened and "tab 1" of it afterwards are one tab: one lane, under the tab's
     * name (the text timeline names it as it was known at each moment).
     */
    private void mergeFirstTabs() {
        for (String lane : List.copyOf(lanes.keySet())) {
            List<Event> firstTab = lanes.get(lane + ", tab 1");
            if (firstTab != null) {
                firstTab.addAll(0, lanes.remove(lane));
            }
        }
        // Lanes in the order their first event happened: tab 1 before tab 2.
        List<Map.Entry<String, List<Event>>> ordered = new ArrayList<>(lanes.entrySet());
        ordered.sort(java.util.Comparator.comparing(lane -> lane.getValue().stream().map(Event::at).min(Duration::compareTo).orElse(Duration.ZERO)));
        lanes.clear();
        ordered.forEach(lane -> lanes.put(lane.getKey(), lane.getValue()));
    }

    private static String colour(Event event) {
        return switch (event.state()) {
            case "signedIn" -> "#2e7d32";
            case "expired", "signedOut", "leftSite" -> "#1565c0";
            case "error", "unrecognised", "ambiguous", "unreachable" -> "#c62828";
            default -> "#6a1b9a";
        };
    }

    /** 1, 2 or 5 times a power of ten seconds, at least a tenth of a second. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(rough, 0.1))));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (power * factor >= rough) {
                return power * factor;
            }
        }
        return power * 10;
    }
}
