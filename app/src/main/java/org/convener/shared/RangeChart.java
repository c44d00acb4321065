package org.convener.shared;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal range chart: for each row a bar to the central value, a whisker across the
 * uncertainty band and a mark for a point estimate. Seat totals with their 5–95% ranges.
 */
public record RangeChart(String title, List<Row> rows, double max, Double line, String lineLabel) {

    public static final int LABEL_WIDTH = 70;
    public static final int PLOT_WIDTH = 500;
    public static final int ROW_HEIGHT = 26;

    /**
     * @param cssClass the bar's fill, e.g. {@code bar-Lab}
     * @param centre the bar's length (a median)
     * @param low the band's lower end (5th percentile)
     * @param high the band's upper end (95th percentile)
     * @param mark a point estimate, or {@code null}
     * @param text the numbers as read out
     */
    public record Row(
            String label, String cssClass, double centre, double low, double high, Double mark, String text) {}

    public RangeChart {
        rows = List.copyOf(rows);
        if (max <= 0) {
            max = rows.stream().mapToDouble(Row::high).max().orElse(1);
        }
        if (line != null) {
            max = Math.max(max, line * 1.05);
        }
    }

    public RangeChart(String title, List<Row> rows, double max) {
        this(title, rows, max, null, null);
    }

    /** A chart with a dashed vertical line at {@code line}, such as the seats a majority needs. */
    public static RangeChart withLine(String title, List<Row> rows, double line, String lineLabel) {
        return new RangeChart(title, rows, 0, line, lineLabel);
    }

    public int width() {
        return LABEL_WIDTH + PLOT_WIDTH + 150;
    }

    public int height() {
        return Math.max(1, rows.size()) * ROW_HEIGHT + 24;
    }

    public String barWidth(Row row) {
        return String.format(Locale.ROOT, "%.1f", Math.max(0, Math.min(1, row.centre() / max)) * PLOT_WIDTH);
    }

    public String x(double value) {
        return String.format(Locale.ROOT, "%.1f", LABEL_WIDTH + Math.max(0, Math.min(1, value / max)) * PLOT_WIDTH);
    }
}
