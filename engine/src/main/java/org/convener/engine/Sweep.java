package org.convener.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How a set of seats falls as one party's national share rises: at each share, the party's vote
 * comes from the others in proportion (or from the ones named), the model projects every seat,
 * and each seat's tipping point is the lowest share at which the party takes it.
 *
 * @param steps the seats won at each share
 * @param tippingPoints each seat of the set with its tipping point
 */
public record Sweep(Party party, List<Step> steps, List<TippingPoint> tippingPoints) {

    /** Tipping points are found to a tenth of a point. */
    static final double RESOLUTION = 0.001;

    /** @param share the party's national share, as a fraction */
    public record Step(double share, List<ConstituencyCode> won) {}

    /**
     * @param holder who leads the seat in the baseline
     * @param share the party's national share at which it first takes the seat; {@code null} if it does not within the range
     */
    public record TippingPoint(
            ConstituencyCode code, String name, Party holder, Double share, boolean wonFromTheStart) {}

    public Sweep {
        steps = List.copyOf(steps);
        tippingPoints = List.copyOf(tippingPoints);
    }

    /**
     * @param from the party's lowest national share, a fraction
     * @param to its highest
     * @param step the gap between reported shares
     * @param givers the parties whose votes it takes, in proportion
     * @param set the seats to report
     */
    public static Sweep run(
            Baseline baseline,
            ShareVector start,
            Party party,
            List<Party> givers,
            double from,
            double to,
            double step,
            Set<ConstituencyCode> set,
            SwingModel model,
            ModelOptions options) {
        if (!Party.GB_MODEL.contains(party)) {
            throw new IllegalArgumentException(party.code() + " is not a party a GB projection models");
        }
        if (!(from >= 0 && to <= 1 && from < to)) {
            throw new IllegalArgumentException("the range must run upwards between 0% and 100%");
        }
        if (!(step > 0)) {
            throw new IllegalArgumentException("the step must be more than zero");
        }
        if (givers.isEmpty() || givers.contains(party)) {
            throw new IllegalArgumentException("the votes must come from other parties");
        }
        var seats = new ArrayList<Integer>();
        for (int s = 0; s < baseline.size(); s++) {
            if (set.contains(baseline.seat(s).code())) {
                seats.add(s);
            }
        }
        if (seats.isEmpty()) {
            throw new IllegalArgumentException("none of the set's seats is in the projection");
        }
        int fine = (int) Math.round((to - from) / RESOLUTION);
        int every = Math.max(1, (int) Math.round(step / RESOLUTION));
        var steps = new ArrayList<Step>();
        var tipping = new Double[baseline.size()];
        for (int i = 0; i <= fine; i++) {
            double share = from + i * RESOLUTION;
            var projection =
                    Projection.of(baseline, Targets.national(start.withShare(party, share, givers)), model, options);
            var won = new ArrayList<ConstituencyCode>();
            for (int s : seats) {
                if (projection.winner(s) == party) {
                    won.add(baseline.seat(s).code());
                    if (tipping[s] == null) {
                        tipping[s] = share;
                    }
                }
            }
            if (i % every == 0 || i == fine) {
                steps.add(new Step(share, won));
            }
        }
        var points = new ArrayList<TippingPoint>();
        for (int s : seats) {
            SeatBaseline seat = baseline.seat(s);
            points.add(new TippingPoint(
                    seat.code(), seat.name(), seat.leader(), tipping[s], tipping[s] != null && tipping[s] == from));
        }
        points.sort((a, b) -> a.share() == null
                ? (b.share() == null ? a.name().compareTo(b.name()) : 1)
                : b.share() == null ? -1 : Double.compare(a.share(), b.share()));
        return new Sweep(party, steps, points);
    }
}
