package org.convener.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line-and-dot chart drawn as SVG on the server, with numeric axes: polls over time, seats won
 * against a share.
 *
 * @param title what the chart shows, read out by screen readers
 * @param series what is plotted
 * @param xTicks labelled positions along the bottom
 * @param yTicks labelled positions up the side
 */
public record LineChart(
        String title,
        List<Series> series,
        List<Tick> xTicks,
        List<Tick> yTicks,
        double xMin,
        double xMax,
        double yMin,
        double yMax,
        String xLabel,
        String yLabel) {

    public static final int WIDTH = 760;
    public static final int HEIGHT = 360;
    public static final int LEFT = 48;
    public static final int RIGHT = 16;
    public static final int TOP = 12;
    public static final int BOTTOM = 40;

    /**
     * @param colour the stroke or fill
     * @param line joined by a line; otherwise drawn as dots
     * @param step joined by horizontal-then-vertical steps, for counts that jump
     */
    public record Series(String name, String colour, List<Point> points, boolean line, boolean step) {}

    /** @param label shown on hover */
    public record Point(double x, double y, String label) {}

    public record Tick(double value, String label) {}

    public LineChart {
        series = List.copyOf(series);
        xTicks = List.copyOf(xTicks);
        yTicks = List.copyOf(yTicks);
        if (!(xMax > xMin) || !(yMax > yMin)) {
            throw new IllegalArgumentException("a chart's axes must have some extent");
        }
    }

    public double x(double value) {
        return LEFT + (value - xMin) / (xMax - xMin) * (WIDTH - LEFT - RIGHT);
    }

    public double y(double value) {
        return HEIGHT - BOTTOM - (value - yMin) / (yMax - yMin) * (HEIGHT - TOP - BOTTOM);
    }

    /** The SVG {@code points} of a series drawn as a line. */
    public String path(Series s) {
        var points = new ArrayList<String>();
        Point previous = null;
        for (Point p : s.points()) {
            if (s.step() && previous != null) {
                points.add(number(x(p.x())) + "," + number(y(previous.y())));
            }
            points.add(number(x(p.x())) + "," + number(y(p.y())));
            previous = p;
        }
        return String.join(" ", points);
    }

    public static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Evenly spaced ticks from {@code from} to {@code to}. */
    public static List<Tick> ticks(double from, double to, double every, String suffix) {
        var ticks = new ArrayList<Tick>();
        for (double v = from; v <= to + 1e-9; v += every) {
            ticks.add(new Tick(v, String.format(Locale.UK, "%.0f%s", v, suffix)));
        }
        return ticks;
    }
}
