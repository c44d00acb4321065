package org.convener.seats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The hex cartogram laid out for SVG: pointy-topped hexes in odd-r offset rows, north at the top,
 * each styled by whoever draws the map (by winner, by majority, by projected chance...).
 *
 * @param legend what the colours mean, with a count for each
 */
public record HexMap(List<Cell> cells, List<Key> legend, double width, double height) {

    static final double RADIUS = 10;
    private static final double HEX_WIDTH = Math.sqrt(3) * RADIUS;
    private static final double ROW_STEP = 1.5 * RADIUS;
    private static final double PAD = 4;

    /**
     * How one seat is drawn.
     *
     * @param opacity from 0 to 1, for shading by strength
     * @param description what a reader hovering or tabbing to it is told
     * @param dimmed drawn faint, as outside the current selection
     */
    public record Style(String fill, double opacity, String description, boolean dimmed) {}

    /**
     * @param points the hexagon's corners for SVG {@code points}
     * @param region the code of the region or nation it lies in, for the outlines
     */
    public record Cell(
            String code,
            String name,
            String points,
            String fill,
            String opacity,
            String description,
            boolean dimmed,
            String region) {}

    public record Key(String label, String colour, int count) {}

    public HexMap {
        cells = List.copyOf(cells);
        legend = List.copyOf(legend);
    }

    /** Draws every seat that has a place on the map. */
    public static HexMap draw(List<Seat> seats, Function<Seat, Style> style, List<Key> legend) {
        var placed = seats.stream().filter(s -> s.hex() != null).toList();
        if (placed.isEmpty()) {
            return new HexMap(List.of(), legend, 0, 0);
        }
        int minQ = placed.stream().mapToInt(s -> s.hex().q()).min().orElseThrow();
        int maxQ = placed.stream().mapToInt(s -> s.hex().q()).max().orElseThrow();
        int minR = placed.stream().mapToInt(s -> s.hex().r()).min().orElseThrow();
        int maxR = placed.stream().mapToInt(s -> s.hex().r()).max().orElseThrow();
        var cells = new ArrayList<Cell>();
        for (Seat seat : placed) {
            Style look = style.apply(seat);
            double cx = PAD
                    + HEX_WIDTH / 2
                    + (seat.hex().q() - minQ) * HEX_WIDTH
                    + (Math.floorMod(seat.hex().r(), 2) == 1 ? HEX_WIDTH / 2 : 0);
            double cy = PAD + RADIUS + (maxR - seat.hex().r()) * ROW_STEP;
            cells.add(new Cell(
                    seat.code(),
                    seat.name(),
                    corners(cx, cy),
                    look.fill(),
                    number(Math.max(0.08, Math.min(1, look.opacity()))),
                    look.description(),
                    look.dimmed(),
                    seat.constituency().region().code()));
        }
        double width = 2 * PAD + (maxQ - minQ + 1.5) * HEX_WIDTH;
        double height = 2 * PAD + 2 * RADIUS + (maxR - minR) * ROW_STEP;
        return new HexMap(cells, legend, width, height);
    }

    /**
     * An SVG path along every hex edge where two regions (or nations) meet, or the map ends: the
     * regions' outlines, so a reader can find their way about the map.
     */
    public String regionOutlines() {
        var regionsAlong = new java.util.HashMap<String, java.util.Set<String>>();
        var uses = new java.util.HashMap<String, Integer>();
        var segments = new java.util.LinkedHashMap<String, String>();
        for (Cell cell : cells) {
            String[] corners = cell.points().split(" ");
            for (int i = 0; i < corners.length; i++) {
                String a = corners[i];
                String b = corners[(i + 1) % corners.length];
                String ka = lattice(a);
                String kb = lattice(b);
                String key = ka.compareTo(kb) < 0 ? ka + "|" + kb : kb + "|" + ka;
                regionsAlong
                        .computeIfAbsent(key, k -> new java.util.HashSet<>())
                        .add(cell.region());
                uses.merge(key, 1, Integer::sum);
                segments.putIfAbsent(key, "M" + a + "L" + b);
            }
        }
        var path = new StringBuilder();
        segments.forEach((key, segment) -> {
            if (uses.get(key) == 1 || regionsAlong.get(key).size() > 1) {
                path.append(segment);
            }
        });
        return path.toString();
    }

    /** A corner as whole steps of half a hex across and half a radius down, immune to rounding. */
    private static String lattice(String corner) {
        int comma = corner.indexOf(',');
        long x = Math.round((Double.parseDouble(corner.substring(0, comma)) - PAD) / (HEX_WIDTH / 2));
        long y = Math.round((Double.parseDouble(corner.substring(comma + 1)) - PAD) / (RADIUS / 2));
        return x + ":" + y;
    }

    public String viewBox() {
        return "0 0 " + number(width) + " " + number(height);
    }

    /**
     * Corners by centre: a map draws some 650 hexagons, each with twelve formatted coordinates, on
     * every page view, and the centres lie on one fixed grid, so the strings are made once.
     */
    private static final Map<Centre, String> CORNERS = new ConcurrentHashMap<>();

    private record Centre(double x, double y) {}

    private static String corners(double cx, double cy) {
        return CORNERS.computeIfAbsent(new Centre(cx, cy), centre -> formatCorners(centre.x(), centre.y()));
    }

    private static String formatCorners(double cx, double cy) {
        var points = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            double angle = Math.toRadians(60 * i - 30);
            if (i > 0) {
                points.append(' ');
            }
            points.append(number(cx + RADIUS * Math.cos(angle)))
                    .append(',')
                    .append(number(cy + RADIUS * Math.sin(angle)));
        }
        return points.toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
