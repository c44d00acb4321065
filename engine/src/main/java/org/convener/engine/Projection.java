package org.convener.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Projected shares for every seat of a baseline, under one model and one set of targets.
 *
 * <p>A seat's contenders are the modelled parties that stand there and, in the last place of
 * {@link Party#GB_MODEL} order (Oth's), its strongest other candidate, who keeps the same fraction
 * of Oth's vote as at the baseline. The rest of Oth is many small candidates together, none of
 * whom can win.
 */
public final class Projection {

    static final int OTHER = Party.GB_MODEL.indexOf(Party.OTH);

    /** A seat's strongest other candidate and their projected share. */
    public record ProjectedCandidate(OtherCandidate candidate, double share) {}

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
                means[indices[i]] = normalise(swung[i]);
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

    /** The same projection with tactical voting applied to its shares (it must have none yet). */
    Projection withTactical(TacticalVoting tactical) {
        var adjusted = new double[shares.length][];
        for (int s = 0; s < shares.length; s++) {
            adjusted[s] = shares[s].clone();
            tactical.apply(adjusted[s]);
        }
        return new Projection(baseline, model, adjusted, adjusted);
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

    /** Scaled to sum to one, any share below zero kept as it is. */
    private static double[] normalise(double[] raw) {
        double total = 0;
        for (double v : raw) {
            total += v;
        }
        var normalised = new double[raw.length];
        for (int p = 0; p < raw.length; p++) {
            normalised[p] = raw[p] / total;
        }
        return normalised;
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

    /** A seat's projected shares, summing to one, with Oth holding every candidate outside the modelled parties. */
    public ShareVector shares(int seat) {
        return ShareVector.of(shares[seat]);
    }

    /** The seat's strongest other candidate with their projected share, if one stood. */
    public Optional<ProjectedCandidate> otherCandidate(int seat) {
        SeatBaseline base = baseline.seat(seat);
        return base.other() == null
                ? Optional.empty()
                : Optional.of(new ProjectedCandidate(base.other(), shares[seat][OTHER] * base.otherFraction()));
    }

    /**
     * The centre of each party's share in a seat, summing to one, which simulation errors are added
     * to: for uniform swing one may be below zero.
     */
    double[] mean(int seat) {
        return means[seat].clone();
    }

    /**
     * The centres of the seat's contenders, {@link Party#GB_MODEL} order, with the strongest other
     * candidate's in Oth's place; {@code NaN} for a party that does not stand (or no other candidate).
     */
    double[] contenderMeans(int seat) {
        return contenders(seat, means[seat]);
    }

    private double[] contenders(int seat, double[] values) {
        SeatBaseline base = baseline.seat(seat);
        var contenders = new double[values.length];
        for (int p = 0; p < values.length; p++) {
            contenders[p] = base.stands(p) ? values[p] : Double.NaN;
        }
        contenders[OTHER] = base.other() == null ? Double.NaN : values[OTHER] * base.otherFraction();
        return contenders;
    }

    /** Who contends for the seat at a {@link Party#GB_MODEL} index: the party, or in Oth's place the other candidate's. */
    public Party contender(int seat, int index) {
        if (index != OTHER) {
            return Party.GB_MODEL.get(index);
        }
        OtherCandidate other = baseline.seat(seat).other();
        return other == null ? null : other.party();
    }

    /** Whether anyone contends for the seat at a {@link Party#GB_MODEL} index (the party stands; in Oth's place, someone stood). */
    public boolean contends(int seat, int index) {
        SeatBaseline base = baseline.seat(seat);
        return index == OTHER ? base.other() != null : base.stands(index);
    }

    /** The index a party contends at in a seat, or -1 if it does not. */
    public int indexOf(int seat, Party party) {
        int index = Party.GB_MODEL.indexOf(party);
        if (index >= 0 && index != OTHER) {
            return baseline.seat(seat).stands(index) ? index : -1;
        }
        OtherCandidate other = baseline.seat(seat).other();
        return other != null && other.party() == party ? OTHER : -1;
    }

    public Party winner(int seat) {
        double[] contenders = contenders(seat, shares[seat]);
        int best = -1;
        for (int p = 0; p < contenders.length; p++) {
            if (!Double.isNaN(contenders[p]) && (best < 0 || contenders[p] > contenders[best])) {
                best = p;
            }
        }
        return contender(seat, best);
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
