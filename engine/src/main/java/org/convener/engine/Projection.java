package org.convener.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Projected shares for every seat of a baseline, under one model and one set of targets. */
public final class Projection {

    private final Baseline baseline;
    private final SwingModel model;
    private final double[][] shares;
    private final double[][] means;

    private Projection(Baseline baseline, SwingModel model, double[][] shares, double[][] means) {
        this.baseline = baseline;
        this.model = model;
        this.shares = shares;
        this.means = means;
    }

    /** Swings every area of the baseline to its targets with the model, then applies any tactical voting. */
    public static Projection of(Baseline baseline, Targets targets, SwingModel model, ModelOptions options) {
        int seats = baseline.size();
        var shares = new double[seats][];
        var means = new double[seats][];
        for (var area : targets.areas(baseline).entrySet()) {
            Predicate<SeatBaseline> selects = area.getKey();
            int[] indices = java.util.stream.IntStream.range(0, seats)
                    .filter(i -> selects.test(baseline.seat(i)))
                    .toArray();
            if (indices.length == 0) {
                continue;
            }
            var swung = model.swing(new Area(baseline, indices), area.getValue(), options);
            for (int i = 0; i < indices.length; i++) {
                means[indices[i]] = swung[i];
                shares[indices[i]] = clipAndRescale(swung[i]);
            }
        }
        if (options.tactical() != null) {
            for (int s = 0; s < seats; s++) {
                options.tactical().apply(shares[s]);
                means[s] = shares[s].clone();
            }
        }
        return new Projection(baseline, model, shares, means);
    }

    /** Negative shares become zero and the excess comes off the others in proportion. */
    static double[] clipAndRescale(double[] raw) {
        var clipped = new double[raw.length];
        double total = 0;
        for (int p = 0; p < raw.length; p++) {
            clipped[p] = Math.max(0, raw[p]);
            total += clipped[p];
        }
        for (int p = 0; p < raw.length; p++) {
            clipped[p] /= total;
        }
        return clipped;
    }

    static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    public Baseline baseline() {
        return baseline;
    }

    public SwingModel model() {
        return model;
    }

    public int size() {
        return shares.length;
    }

    /** A seat's projected shares, summing to one. */
    public ShareVector shares(int seat) {
        return ShareVector.of(shares[seat]);
    }

    /**
     * The centre of each party's share in a seat before clipping, which simulation errors are
     * added to: for uniform swing it may be negative.
     */
    double[] mean(int seat) {
        return means[seat];
    }

    public Party winner(int seat) {
        return Party.GB_MODEL.get(argmax(shares[seat]));
    }

    /** Seats won by each party, most first. */
    public Map<Party, Integer> seatsWon() {
        var won = new EnumMap<Party, Integer>(Party.class);
        for (int s = 0; s < shares.length; s++) {
            won.merge(winner(s), 1, Integer::sum);
        }
        return won;
    }

    /** Seats whose projected winner differs from the baseline's leader. */
    public List<Integer> changes() {
        var changes = new ArrayList<Integer>();
        for (int s = 0; s < shares.length; s++) {
            if (winner(s) != baseline.seat(s).leader()) {
                changes.add(s);
            }
        }
        return changes;
    }

    /** Projected national shares over all the seats, by valid votes. */
    public ShareVector nationalShares() {
        var totals = new double[ShareVector.SIZE];
        double valid = 0;
        for (int s = 0; s < shares.length; s++) {
            long votes = baseline.seat(s).validVotes();
            for (int p = 0; p < totals.length; p++) {
                totals[p] += shares[s][p] * votes;
            }
            valid += votes;
        }
        for (int p = 0; p < totals.length; p++) {
            totals[p] /= valid;
        }
        return ShareVector.of(Baseline.normalise(totals));
    }
}
