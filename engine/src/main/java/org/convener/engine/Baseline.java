package org.convener.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The seats a projection starts from, with their shares and sizes. */
public final class Baseline {

    private final List<SeatBaseline> seats;

    public Baseline(List<SeatBaseline> seats) {
        if (seats.isEmpty()) {
            throw new IllegalArgumentException("a baseline needs at least one seat");
        }
        this.seats = List.copyOf(seats);
    }

    public List<SeatBaseline> seats() {
        return seats;
    }

    public int size() {
        return seats.size();
    }

    public SeatBaseline seat(int index) {
        return seats.get(index);
    }

    /** The vote-weighted shares over the seats {@code which} selects. */
    public ShareVector sharesOver(Predicate<SeatBaseline> which) {
        var totals = new double[ShareVector.SIZE];
        double valid = 0;
        for (SeatBaseline seat : seats) {
            if (which.test(seat)) {
                for (int p = 0; p < totals.length; p++) {
                    totals[p] += seat.share(p) * seat.validVotes();
                }
                valid += seat.validVotes();
            }
        }
        if (valid == 0) {
            throw new IllegalArgumentException("no seats selected");
        }
        for (int p = 0; p < totals.length; p++) {
            totals[p] /= valid;
        }
        return ShareVector.of(normalise(totals));
    }

    public ShareVector shares() {
        return sharesOver(seat -> true);
    }

    /** Region codes in the order seats first name them. */
    public List<String> regions() {
        var regions = new LinkedHashMap<String, Boolean>();
        seats.forEach(seat -> regions.putIfAbsent(seat.regionCode(), true));
        return new ArrayList<>(regions.keySet());
    }

    /** Shares by region, for a backtest's perfect poll or regional targets. */
    public Map<String, ShareVector> sharesByRegion() {
        var byRegion = new LinkedHashMap<String, ShareVector>();
        for (String region : regions()) {
            byRegion.put(region, sharesOver(seat -> seat.regionCode().equals(region)));
        }
        return byRegion;
    }

    static double[] normalise(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        var normalised = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            normalised[i] = values[i] / total;
        }
        return normalised;
    }
}
