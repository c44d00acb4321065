package org.convener.seats.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.convener.engine.Party;
import org.convener.seats.Seat;
import org.convener.shared.Format;

/**
 * The hex cartogram laid out for SVG: pointy-topped hexes in odd-r offset rows, north at the top,
 * each coloured by what the map is showing.
 */
public record HexMap(Colouring colouring, List<Cell> cells, List<Key> legend, double width, double height) {

    static final double RADIUS = 10;
    private static final double HEX_WIDTH = Math.sqrt(3) * RADIUS;
    private static final double ROW_STEP = 1.5 * RADIUS;
    private static final double PAD = 4;

    /** What the hexes' colours mean. */
    public enum Colouring {
        WINNER("winner", "2024 winner"),
        SECOND("second", "Second place in 2024"),
        MAJORITY("majority", "Majority in 2024");

        private final String key;
        private final String title;

        Colouring(String key, String title) {
            this.key = key;
            this.title = title;
        }

        public String key() {
            return key;
        }

        public String title() {
            return title;
        }

        static Colouring ofKey(String key) {
            for (Colouring c : values()) {
                if (c.key.equals(key == null ? "" : key.toLowerCase(Locale.ROOT))) {
                    return c;
                }
            }
            throw new IllegalArgumentException("\"" + key + "\" is not a map colouring (winner, second or majority)");
        }
    }

    /** Majority bands, most marginal first. */
    enum Band {
        UNDER_5(0.05, "under 5%", "#bd0026"),
        UNDER_10(0.10, "5–10%", "#f03b20"),
        UNDER_20(0.20, "10–20%", "#fd8d3c"),
        UNDER_30(0.30, "20–30%", "#fecc5c"),
        SAFE(Double.MAX_VALUE, "30% or more", "#ffffb2");

        final double below;
        final String label;
        final String colour;

        Band(double below, String label, String colour) {
            this.below = below;
            this.label = label;
            this.colour = colour;
        }

        static Band of(double majorityShare) {
            for (Band band : values()) {
                if (majorityShare < band.below) {
                    return band;
                }
            }
            return SAFE;
        }
    }

    /**
     * @param points the hexagon's corners for SVG {@code points}
     * @param fill its colour
     * @param description what a reader hovering or tabbing to it is told
     * @param dimmed outside the current filter
     */
    public record Cell(String code, String name, String points, String fill, String description, boolean dimmed) {}

    public record Key(String label, String colour, int count) {}

    static HexMap of(List<Seat> seats, Colouring colouring, Predicate<Seat> highlighted) {
        var placed = seats.stream().filter(s -> s.hex() != null).toList();
        if (placed.isEmpty()) {
            return new HexMap(colouring, List.of(), List.of(), 0, 0);
        }
        int minQ = placed.stream().mapToInt(s -> s.hex().q()).min().orElseThrow();
        int maxQ = placed.stream().mapToInt(s -> s.hex().q()).max().orElseThrow();
        int minR = placed.stream().mapToInt(s -> s.hex().r()).min().orElseThrow();
        int maxR = placed.stream().mapToInt(s -> s.hex().r()).max().orElseThrow();

        var cells = new ArrayList<Cell>();
        var partyCounts = new EnumMap<Party, Integer>(Party.class);
        var bandCounts = new EnumMap<Band, Integer>(Band.class);
        for (Seat seat : placed) {
            boolean shown = highlighted.test(seat);
            String fill;
            switch (colouring) {
                case WINNER -> fill = seat.winner().colour();
                case SECOND -> fill = seat.second() == null ? "#ffffff" : seat.second().colour();
                default -> fill = Band.of(seat.majorityShare()).colour;
            }
            if (shown) {
                switch (colouring) {
                    case WINNER -> partyCounts.merge(seat.winner(), 1, Integer::sum);
                    case SECOND -> {
                        if (seat.second() != null) {
                            partyCounts.merge(seat.second(), 1, Integer::sum);
                        }
                    }
                    default -> bandCounts.merge(Band.of(seat.majorityShare()), 1, Integer::sum);
                }
            }
            double cx = PAD + HEX_WIDTH / 2 + (seat.hex().q() - minQ) * HEX_WIDTH
                    + (Math.floorMod(seat.hex().r(), 2) == 1 ? HEX_WIDTH / 2 : 0);
            double cy = PAD + RADIUS + (maxR - seat.hex().r()) * ROW_STEP;
            cells.add(new Cell(seat.code(), seat.name(), corners(cx, cy), fill, describe(seat), !shown));
        }
        var legend = new ArrayList<Key>();
        if (colouring == Colouring.MAJORITY) {
            for (Band band : Band.values()) {
                legend.add(new Key(band.label, band.colour, bandCounts.getOrDefault(band, 0)));
            }
        } else {
            partyCounts.entrySet().stream()
                    .sorted(Map.Entry.<Party, Integer>comparingByValue().reversed())
                    .forEach(e -> legend.add(new Key(e.getKey().displayName(), e.getKey().colour(), e.getValue())));
        }
        double width = 2 * PAD + (maxQ - minQ + 1.5) * HEX_WIDTH;
        double height = 2 * PAD + 2 * RADIUS + (maxR - minR) * ROW_STEP;
        return new HexMap(colouring, cells, legend, width, height);
    }

    public String viewBox() {
        return "0 0 " + number(width) + " " + number(height);
    }

    private static String describe(Seat seat) {
        var text = new StringBuilder(seat.name()).append(": ").append(seat.winner().code());
        if (seat.second() != null) {
            text.append(" ahead of ").append(seat.second().code());
        }
        return text.append(", majority ").append(Format.count(seat.majority()))
                .append(" (").append(Format.percent(seat.majorityShare())).append(')')
                .toString();
    }

    private static String corners(double cx, double cy) {
        var points = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            double angle = Math.toRadians(60 * i - 30);
            if (i > 0) {
                points.append(' ');
            }
            points.append(number(cx + RADIUS * Math.cos(angle))).append(',').append(number(cy + RADIUS * Math.sin(angle)));
        }
        return points.toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
