package org.convener.engine;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How well a model turns a perfect poll into seats: from the notional 2019 result, projected
 * with each region's actual 2024 shares, against the seats actually won in 2024.
 *
 * @param predictions each seat's projected winner
 * @param predictedSeats seats projected for each party
 * @param actualSeats seats each party actually won
 * @param meanAbsoluteSeatError the average over the modelled parties of |projected − actual| seats
 */
public record Backtest(
        SwingModel model,
        ModelOptions options,
        int correct,
        int seats,
        Map<ConstituencyCode, Party> predictions,
        Map<Party, Integer> predictedSeats,
        Map<Party, Integer> actualSeats,
        double meanAbsoluteSeatError) {

    /**
     * @param baseline the earlier result, seat by seat
     * @param later the later result's shares, seat by seat, in the same order; its regional shares are the perfect poll
     * @param winners who actually won each seat in the later result (as the GB model counts parties)
     */
    public static Backtest run(
            Baseline baseline,
            Baseline later,
            Map<ConstituencyCode, Party> winners,
            SwingModel model,
            ModelOptions options) {
        if (baseline.size() != later.size()) {
            throw new IllegalArgumentException("the two results cover different seats");
        }
        // a perfect poll: each region's actual shares
        var projection = Projection.of(baseline, Targets.byRegion(later.sharesByRegion()), model, options);
        var predictions = new LinkedHashMap<ConstituencyCode, Party>();
        var predicted = new EnumMap<Party, Integer>(Party.class);
        var actual = new EnumMap<Party, Integer>(Party.class);
        int correct = 0;
        for (int s = 0; s < baseline.size(); s++) {
            if (!baseline.seat(s).code().equals(later.seat(s).code())) {
                throw new IllegalArgumentException(
                        "seat " + s + " is " + baseline.seat(s).code() + " in one result and "
                                + later.seat(s).code() + " in the other");
            }
            Party projected = projection.winner(s);
            Party won = winners.get(later.seat(s).code());
            if (won == null) {
                throw new IllegalArgumentException(
                        "no actual winner for " + later.seat(s).code());
            }
            won = won.inGbModel();
            predictions.put(baseline.seat(s).code(), projected);
            predicted.merge(projected, 1, Integer::sum);
            actual.merge(won, 1, Integer::sum);
            if (projected == won) {
                correct++;
            }
        }
        double error = 0;
        for (Party party : Party.GB_MODEL) {
            error += Math.abs(predicted.getOrDefault(party, 0) - actual.getOrDefault(party, 0));
        }
        return new Backtest(
                model,
                options,
                correct,
                baseline.size(),
                predictions,
                predicted,
                actual,
                error / Party.GB_MODEL.size());
    }

    public double accuracy() {
        return (double) correct / seats;
    }
}
