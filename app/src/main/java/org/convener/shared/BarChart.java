package org.convener.shared;

import java.util.List;

/**
 * A horizontal bar chart drawn as SVG on the server: one row per category, one or more bars per
 * row (for example a party's share in two elections).
 *
 * @param title what the chart shows, read out by screen readers
 * @param rows the categories, top to bottom
 * @param max the value at the right-hand edge
 * @param series the name of each bar in a row, for the legend; one name means no legend
 */
public record BarChart(String title, List<Row> rows, double max, List<String> series) {

    public static final int LABEL_WIDTH = 120;
    public static final int PLOT_WIDTH = 360;
    public static final int VALUE_WIDTH = 70;
    public static final int BAR_HEIGHT = 14;
    public static final int ROW_GAP = 8;

    /**
     * @param label the category, e.g. a party
     * @param bars its bars, in series order
     */
    public record Row(String label, List<Bar> bars) {}

    /**
     * @param value the length, in the same unit as {@code max}
     * @param cssClass the fill, e.g. {@code bar-Lab}
     * @param text the value as shown, e.g. "34.6%"
     * @param faded drawn lighter, for an earlier or comparison series
     */
    public record Bar(double value, String cssClass, String text, boolean faded) {}

    public BarChart {
        rows = List.copyOf(rows);
        series = List.copyOf(series);
        if (max <= 0) {
            max = rows.stream()
                    .flatMap(r -> r.bars().stream())
                    .mapToDouble(Bar::value)
                    .max()
                    .orElse(1);
        }
    }

    public int width() {
        return LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;
    }

    public int rowHeight() {
        int bars = rows.isEmpty() ? 1 : rows.get(0).bars().size();
        return bars * BAR_HEIGHT + ROW_GAP;
    }

    public int height() {
        return Math.max(1, rows.size()) * rowHeight();
    }

    public double barLength(Bar bar) {
        return Math.max(0, Math.min(1, bar.value() / max)) * PLOT_WIDTH;
    }
}
