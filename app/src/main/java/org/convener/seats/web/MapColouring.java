package org.convener.seats.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.convener.engine.Party;
import org.convener.seats.HexMap;
import org.convener.seats.Seat;
import org.convener.shared.Format;

/** What the colours of the seat map mean: the 2024 winner, the runner-up, or the majority. */
public enum MapColouring {
    WINNER("winner", "2024 winner"),
    SECOND("second", "Second place in 2024"),
    MAJORITY("majority", "Majority in 2024");

    private final String key;
    private final String title;

    MapColouring(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    static MapColouring ofKey(String key) {
        for (MapColouring c : values()) {
            if (c.key.equals(key == null ? "" : key.toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new IllegalArgumentException("\"" + key + "\" is not a map colouring (winner, second or majority)");
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

    /** The map of {@code seats} in this colouring, fading those {@code highlighted} leaves out. */
    HexMap draw(List<Seat> seats, Predicate<Seat> highlighted) {
        var partyCounts = new EnumMap<Party, Integer>(Party.class);
        var bandCounts = new EnumMap<Band, Integer>(Band.class);
        for (Seat seat : seats) {
            if (seat.hex() == null || !highlighted.test(seat)) {
                continue;
            }
            switch (this) {
                case WINNER -> partyCounts.merge(seat.winner(), 1, Integer::sum);
                case SECOND -> {
                    if (seat.second() != null) {
                        partyCounts.merge(seat.second(), 1, Integer::sum);
                    }
                }
                case MAJORITY -> bandCounts.merge(Band.of(seat.majorityShare()), 1, Integer::sum);
            }
        }
        var legend = new ArrayList<HexMap.Key>();
        if (this == MAJORITY) {
            for (Band band : Band.values()) {
                legend.add(new HexMap.Key(band.label, band.colour, bandCounts.getOrDefault(band, 0)));
            }
        } else {
            partyCounts.entrySet().stream()
                    .sorted(Map.Entry.<Party, Integer>comparingByValue().reversed())
                    .forEach(e -> legend.add(
                            new HexMap.Key(e.getKey().displayName(), e.getKey().colour(), e.getValue())));
        }
        return HexMap.draw(
                seats, seat -> new HexMap.Style(fill(seat), 1, describe(seat), !highlighted.test(seat)), legend);
    }

    private String fill(Seat seat) {
        return switch (this) {
            case WINNER -> seat.winner().colour();
            case SECOND -> seat.second() == null ? "#ffffff" : seat.second().colour();
            case MAJORITY -> Band.of(seat.majorityShare()).colour;
        };
    }

    private static String describe(Seat seat) {
        var text =
                new StringBuilder(seat.name()).append(": ").append(seat.winner().code());
        if (seat.second() != null) {
            text.append(" ahead of ").append(seat.second().code());
        }
        return text.append(", majority ")
                .append(Format.count(seat.majority()))
                .append(" (")
                .append(Format.percent(seat.majorityShare()))
                .append(')')
                .toString();
    }
}
