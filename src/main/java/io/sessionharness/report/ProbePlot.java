package io.sessionharness.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.w3c.dom.Element;

import io.sessionharness.config.Durations;

/**
 * Measure mode at a glance, as an SVG plot: each probe a point at its idle age (or, for the absolute lifetime, its
 * age since sign-in) in the row of its round — a filled circle where the session was alive, a cross where it had
 * ended, so it reads without colour — with the declared figure and the compliance ceilings as lines and the measured
 * bracket as a band.
 */
public final class ProbePlot {

    private static final ChartFrame FRAME = new ChartFrame(150, 40, 50, 34, 60);

    private final String title;
    private final Map<String, List<Probe>> rows = new LinkedHashMap<>();
    private final List<Line> lines = new ArrayList<>();
    private Optional<Band> bracket = Optional.empty();

    public ProbePlot(String title) {
        this.title = title;
    }

    private record Probe(Duration age, boolean alive) {
    }

    private record Line(String label, Duration at, String cssClass) {
    }

    private record Band(Duration lower, Optional<Duration> upper) {
    }

    /** One probe of a round ("ladder", "round 2", "keeper"): alive or ended at {@code age}. */
    public synchronized ProbePlot probe(String row, Duration age, boolean alive) {
        rows.computeIfAbsent(row, name -> new ArrayList<>()).add(new Probe(age, alive));
        return this;
    }

    /** The figure the profile declares. */
    public ProbePlot declared(Duration at) {
        lines.add(new Line("declared " + Durations.format(at), at, "declared"));
        return this;
    }

    /** A compliance ceiling ("OWASP ASVS 3.3.2 ≤ 15:00"). */
    public ProbePlot ceiling(String label, Duration at) {
        lines.add(new Line(label, at, "ceiling"));
        return this;
    }

    /** What the measurement concluded: alive until {@code lower}, ended by {@code upper} (empty: never seen ending). */
    public ProbePlot measured(Duration lower, Optional<Duration> upper) {
        bracket = Optional.of(new Band(lower, upper));
        return this;
    }

    public synchronized String render() {
        Duration axis = Duration.ofSeconds(1);
        for (List<Probe> probes : rows.values()) {
            for (Probe probe : probes) {
                axis = max(axis, probe.age());
            }
        }
        for (Line line : lines) {
            axis = max(axis, line.at());
        }
        axis = axis.plus(axis.dividedBy(20));
        int height = FRAME.height(rows.size());
        Svg svg = FRAME.page(title, height);
        Element root = svg.root();
        FRAME.title(svg, title);
        TimeScale scale = FRAME.scale(Duration.ZERO, axis);
        scale.axis(svg, height, 0, "#f2f2f2");
        bracket.ifPresent(band -> {
            Element group = svg.group(root, "measured");
            double x1 = scale.x(band.lower());
            double x2 = band.upper().map(scale::x).orElse((double) ChartFrame.WIDTH - FRAME.right());
            svg.add(group, "rect", "x", Svg.format(x1), "y", FRAME.top() - 4, "width", Svg.format(Math.max(2, x2 - x1)),
                    "height", height - FRAME.top() - FRAME.bottom() + 8, "fill", "#1565c0", "fill-opacity", "0.15");
            double middle = (x1 + x2) / 2;
            boolean nearRight = middle > ChartFrame.WIDTH * 0.7;
            svg.text(group, nearRight ? x2 : middle, height - FRAME.bottom() + 18, "measured: alive after " + Durations.format(band.lower())
                    + band.upper().map(upper -> ", ended by " + Durations.format(upper)).orElse(", never seen ending"),
                    "text-anchor", nearRight ? "end" : "middle", "fill", "#1565c0");
        });
        int index = 0;
        for (Map.Entry<String, List<Probe>> row : rows.entrySet()) {
            double y = FRAME.rowMiddle(index++);
            Element group = svg.group(root, "row");
            group.setAttribute("data-row", row.getKey());
            svg.text(group, 10, y + 4, row.getKey(), "class", "row-label");
            svg.add(group, "line", "x1", FRAME.left(), "x2", ChartFrame.WIDTH - FRAME.right(), "y1", Svg.format(y), "y2", Svg.format(y),
                    "stroke", "#eeeeee");
            for (Probe probe : row.getValue()) {
                point(svg, group, scale.x(probe.age()), y, probe);
            }
        }
        for (Line line : lines) {
            Element group = svg.group(root, "line " + line.cssClass());
            double x = scale.x(line.at());
            String colour = line.cssClass().equals("declared") ? "#2e7d32" : "#c62828";
            svg.add(group, "line", "x1", Svg.format(x), "x2", Svg.format(x), "y1", FRAME.top() - 6, "y2", height - FRAME.bottom() + 2,
                    "stroke", colour, "stroke-width", 2, "stroke-dasharray", line.cssClass().equals("declared") ? "none" : "5,3");
            svg.text(group, x + 3, FRAME.top() + 4 + 12 * lines.indexOf(line), line.label(), "fill", colour, "font-size", "10");
        }
        Element legend = svg.group(root, "legend");
        double y = height - 14;
        svg.add(legend, "circle", "cx", 16, "cy", Svg.format(y - 4), "r", 4.5, "fill", "#2e7d32");
        svg.text(legend, 26, y, "alive at that age");
        cross(svg, legend, 140, y - 4, "#1565c0");
        svg.text(legend, 150, y, "ended by that age");
        svg.text(legend, 280, y, "band: the measured bracket · solid line: declared · dashed: compliance ceiling", "fill", "#616161");
        return svg.render();
    }

    private static void point(Svg svg, Element group, double x, double y, Probe probe) {
        Element point = svg.group(group, probe.alive() ? "probe alive" : "probe ended");
        if (probe.alive()) {
            svg.add(point, "circle", "cx", Svg.format(x), "cy", Svg.format(y), "r", 4.5, "fill", "#2e7d32");
        } else {
            cross(svg, point, x, y, "#1565c0");
        }
        svg.add(point, "title").setTextContent((probe.alive() ? "alive after " : "ended by ") + Durations.format(probe.age()));
    }

    private static void cross(Svg svg, Element group, double x, double y, String colour) {
        svg.add(group, "line", "x1", Svg.format(x - 4), "y1", Svg.format(y - 4), "x2", Svg.format(x + 4), "y2", Svg.format(y + 4), "stroke", colour, "stroke-width", 2);
        svg.add(group, "line", "x1", Svg.format(x - 4), "y1", Svg.format(y + 4), "x2", Svg.format(x + 4), "y2", Svg.format(y - 4), "stroke", colour, "stroke-width", 2);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
