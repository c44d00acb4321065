package org.convener.polls.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.convener.engine.Party;
import org.convener.engine.SeatTotals;
import org.convener.polls.ProjectionRun;
import org.convener.seats.HexMap;
import org.convener.seats.Seat;
import org.convener.shared.Format;
import org.convener.shared.RangeChart;

/**
 * A projection run laid out for its page: totals, two maps and the seats changing hands.
 *
 * @param allSeats every seat, so the maps show the ones held as they are
 */
public record ProjectionView(ProjectionRun run, List<Seat> allSeats) {

    /** A seat projected to change hands, with the chance the projected winner has. */
    public record Change(Seat seat, Party to, double chance) {}

    public RangeChart totals() {
        var rows = new ArrayList<RangeChart.Row>();
        Map<Party, Integer> won = run.projection().seatsWon();
        run.simulation().totals().entrySet().stream()
                .filter(e -> e.getValue().p95() > 0 || won.getOrDefault(e.getKey(), 0) > 0)
                .sorted(Map.Entry.<Party, SeatTotals>comparingByValue(Comparator.comparingDouble(SeatTotals::median))
                        .reversed())
                .forEach(e -> {
                    SeatTotals t = e.getValue();
                    int projected = won.getOrDefault(e.getKey(), 0);
                    rows.add(new RangeChart.Row(
                            e.getKey().code(),
                            "bar-" + e.getKey().code(),
                            t.median(),
                            t.p05(),
                            t.p95(),
                            (double) projected,
                            String.format("%.0f (%.0f–%.0f)", t.median(), t.p05(), t.p95())));
                });
        return RangeChart.withLine(
                "Projected seats: median of the simulations, 5–95% range, and the central projection as a dot",
                rows, MAJORITY, MAJORITY + " for a majority");
    }

    /** Seats a party needs for a majority of the 650. */
    public static final int MAJORITY = 326;

    /**
     * The projection in words, from the medians: "Hung parliament: Reform UK largest, 41 short of a
     * majority" or "Reform UK majority of 12".
     */
    public String verdict() {
        var largest = run.simulation().totals().entrySet().stream()
                .filter(e -> Party.GB_MODEL.contains(e.getKey()))
                .max(Map.Entry.comparingByValue(Comparator.comparingDouble(SeatTotals::median)))
                .orElseThrow();
        String name = largest.getKey().displayName();
        long seats = Math.round(largest.getValue().median());
        if (seats >= MAJORITY) {
            return String.format("%s majority of %d (median %d seats)", name, 2 * seats - 650, seats);
        }
        return String.format(
                "Hung parliament: %s largest party, %d short of a majority (median %d seats)",
                name, MAJORITY - seats, seats);
    }

    public List<Change> changes() {
        var changes = new ArrayList<Change>();
        for (int s = 0; s < run.seats().size(); s++) {
            Seat seat = run.seats().get(s);
            Party to = run.projection().winner(s);
            if (to != seat.winner().inGbModel()) {
                changes.add(new Change(seat, to, run.simulation().winProbability(s, to)));
            }
        }
        changes.sort(Comparator.comparingDouble(Change::chance)
                .reversed()
                .thenComparing(c -> c.seat().name()));
        return changes;
    }

    /** Seats coloured by their projected winner. */
    public HexMap winnerMap() {
        var counts = new EnumMap<Party, Integer>(Party.class);
        for (int s = 0; s < run.seats().size(); s++) {
            counts.merge(run.projection().winner(s), 1, Integer::sum);
        }
        var legend = counts.entrySet().stream()
                .sorted(Map.Entry.<Party, Integer>comparingByValue().reversed())
                .map(e -> new HexMap.Key(e.getKey().displayName(), e.getKey().colour(), e.getValue()))
                .toList();
        return HexMap.draw(
                allSeats,
                seat -> {
                    int s = run.indexOf(seat);
                    if (s < 0) {
                        return held(seat);
                    }
                    Party winner = run.projection().winner(s);
                    return new HexMap.Style(
                            winner.colour(),
                            1,
                            seat.name() + ": projected " + winner.code() + " (held by "
                                    + seat.winner().code() + " in 2024)",
                            false);
                },
                legend);
    }

    /** Seats coloured by their favourite, deeper the surer. */
    public HexMap chanceMap() {
        int[] bands = new int[3];
        var map = HexMap.draw(
                allSeats,
                seat -> {
                    int s = run.indexOf(seat);
                    if (s < 0) {
                        return held(seat);
                    }
                    Party favourite = run.simulation().favourite(s);
                    double chance = run.simulation().winProbability(s, favourite);
                    bands[chance >= 0.9 ? 0 : chance >= 0.66 ? 1 : 2]++;
                    return new HexMap.Style(
                            favourite.colour(),
                            chance >= 0.9 ? 1 : chance >= 0.66 ? 0.6 : 0.3,
                            seat.name() + ": " + favourite.code() + " " + Format.percent(chance) + " to win",
                            false);
                },
                List.of());
        var legend = List.of(
                new HexMap.Key("Safe: 90% or more", "#555555", bands[0]),
                new HexMap.Key("Likely: 66–90%", "#999999", bands[1]),
                new HexMap.Key("Toss-up: under 66%", "#cccccc", bands[2]));
        return new HexMap(map.cells(), legend, map.width(), map.height());
    }

    private static HexMap.Style held(Seat seat) {
        return new HexMap.Style(
                "#ffffff", 1, seat.name() + ": not projected (" + seat.winner().code() + " held)", true);
    }

    public Map<Party, Integer> held() {
        return run.heldSeats();
    }
}
