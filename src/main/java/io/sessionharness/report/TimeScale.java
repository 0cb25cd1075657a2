package io.sessionharness.report;

import java.time.Duration;

import org.w3c.dom.Element;

import io.sessionharness.config.Durations;

/**
 * Where a moment falls across a chart's frame, from {@code from} at the left of the plotting area to {@code to} at its
 * right, and the time axis that labels it at round steps.
 */
record TimeScale(ChartFrame frame, Duration from, Duration to) {

    /** The x of {@code at}, kept within the plotting area. */
    double x(Duration at) {
        double span = to.minus(from).toMillis();
        return frame.left() + (ChartFrame.WIDTH - frame.left() - frame.right()) * Math.min(1.0, Math.max(0.0, at.minus(from).toMillis() / span));
    }

    /** A labelled tick at each round step, its grid line reaching {@code overhang} below the rows. */
    void axis(Svg svg, int height, int overhang, String gridColour) {
        Element group = svg.group(svg.root(), "axis");
        double start = from.toMillis() / 1000.0;
        double seconds = to.toMillis() / 1000.0;
        double step = niceStep((seconds - start) / 8);
        for (double t = Math.ceil(start / step) * step; t <= seconds + 1e-9; t += step) {
            double x = frame.left() + (ChartFrame.WIDTH - frame.left() - frame.right()) * (t - start) / (seconds - start);
            svg.add(group, "line", "x1", Svg.format(x), "x2", Svg.format(x), "y1", frame.top() - 8, "y2", height - frame.bottom() + overhang,
                    "stroke", gridColour);
            svg.text(group, x, frame.top() - 12, Durations.format(Duration.ofMillis(Math.round(t * 1000))), "text-anchor", "middle",
                    "fill", "#757575", "font-size", "10");
        }
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
