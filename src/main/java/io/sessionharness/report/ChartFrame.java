package io.sessionharness.report;

import java.time.Duration;

/**
 * The layout both SVG pictures share ({@link SessionChart}, {@link ProbePlot}): 960 wide, a column of row labels on the
 * left, rows of one height below a time axis, room for a legend at the bottom; draws the white page and the title.
 */
record ChartFrame(int left, int right, int top, int row, int bottom) {

    static final int WIDTH = 960;

    /** The picture's height for this many rows (at least one). */
    int height(int rows) {
        return top + row * Math.max(1, rows) + bottom;
    }

    /** Where row {@code index} (from 0) runs across the picture. */
    double rowMiddle(int index) {
        return top + row * index + row / 2.0;
    }

    /** A white picture of this height, titled {@code title} (what a reader's tooltip and screen reader give). */
    Svg page(String title, int height) {
        Svg svg = new Svg(WIDTH, height, title);
        svg.add(svg.root(), "rect", "x", 0, "y", 0, "width", WIDTH, "height", height, "fill", "#ffffff");
        return svg;
    }

    /** The title in bold at the top left; {@code attributes}: more of its own. */
    void title(Svg svg, String title, Object... attributes) {
        Object[] all = new Object[4 + attributes.length];
        all[0] = "font-size";
        all[1] = "13";
        all[2] = "font-weight";
        all[3] = "bold";
        System.arraycopy(attributes, 0, all, 4, attributes.length);
        svg.text(svg.root(), 10, 18, title, all);
    }

    /** Moments from {@code from} to {@code to} across the part of the picture right of the labels. */
    TimeScale scale(Duration from, Duration to) {
        return new TimeScale(this, from, to);
    }
}
