package org.convener.engine;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well a model turns a perfect poll into seats: an earlier result projected with each region's
 * actual shares at a later election, against the seats actually won.
 *
 * <p>The projection knows who was nominated in each seat at the later election (as a forecaster
 * does four weeks before polling day): a party that did not stand there releases its vote.
 *
 * @param predictions each seat's projected winner (an independent, the Speaker or another party's candidate by kind)
 * @param predictedSeats seats projected for each modelled party, other candidates together as Oth
 * @param actualSeats seats each modelled party actually won, other candidates together as Oth
 * @param meanAbsoluteSeatError the average over the seven modelled parties and Oth of |projected − actual| seats
 * @param correctByRegion seats called correctly in each region (ONS code)
 */
public record Backtest(
        SwingModel model,
        ModelOptions options,
        int correct,
        int seats,
        Map<ConstituencyCode, Party> predictions,
        Map<Party, Integer> predictedSeats,
        Map<Party, Integer> actualSeats,
        double meanAbsoluteSeatError,
        Map<String, Integer> correctByRegion) {

    /** Two results of the same seats, in the same order, and who won each seat at the later one. */
    public record Pair(Baseline before, Baseline after, Map<ConstituencyCode, Party> winners) {

        public Pair {
            if (before.size() != after.size()) {
                throw new IllegalArgumentException("the two results cover different seats");
            }
            for (int s = 0; s < before.size(); s++) {
                ConstituencyCode code = before.seat(s).code();
                if (!code.equals(after.seat(s).code())) {
                    throw new IllegalArgumentException("seat " + s + " is " + code + " in one result and "
                            + after.seat(s).code() + " in the other");
                }
                if (!winners.containsKey(code)) {
                    throw new IllegalArgumentException("no actual winner for " + code);
                }
            }
            winners = Map.copyOf(winners);
        }

        /** The earlier result with only the parties nominated at the later election standing in each seat. */
        Baseline nominated() {
            return Nominations.of(this);
        }

        private Baseline nominate() {
            var seats = new java.util.ArrayList<SeatBaseline>();
            for (int s = 0; s < before.size(); s++) {
                SeatBaseline later = after.seat(s);
                var standing = new boolean[ShareVector.SIZE];
                for (int p = 0; p < standing.length; p++) {
                    standing[p] = later.share(p) > 0;
                }
                seats.add(before.seat(s).withStanding(standing));
            }
            return new Baseline(seats);
        }

        public int size() {
            return before.size();
        }

        /** The perfect poll: each region's actual shares at the later election. */
        Targets poll() {
            return Targets.byRegion(after.sharesByRegion());
        }
    }

    /** Each pair's nominated baseline, worked out once. */
    private static final class Nominations {
        private static final Map<Pair, Baseline> CACHE =
                java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

        static Baseline of(Pair pair) {
            return CACHE.computeIfAbsent(pair, Pair::nominate);
        }
    }

    public static Backtest run(Pair pair, SwingModel model, ModelOptions options) {
        return score(pair, Projection.of(pair.nominated(), pair.poll(), model, options), options);
    }

    /** Scores a projection of the pair's earlier result against the later one's winners. */
    static Backtest score(Pair pair, Projection projection, ModelOptions options) {
        Baseline before = projection.baseline();
        SwingModel model = projection.model();
        var predictions = new LinkedHashMap<ConstituencyCode, Party>();
        var predicted = new EnumMap<Party, Integer>(Party.class);
        var actual = new EnumMap<Party, Integer>(Party.class);
        var byRegion = new LinkedHashMap<String, Integer>();
        int correct = 0;
        for (int s = 0; s < before.size(); s++) {
            SeatBaseline seat = before.seat(s);
            Party projected = projection.winner(s);
            Party won = Party.asContender(pair.winners().get(seat.code()));
            predictions.put(seat.code(), projected);
            predicted.merge(projected.inGbModel(), 1, Integer::sum);
            actual.merge(won.inGbModel(), 1, Integer::sum);
            boolean right = projected == won;
            byRegion.merge(seat.regionCode(), right ? 1 : 0, Integer::sum);
            if (right) {
                correct++;
            }
        }
        return new Backtest(
                model,
                options,
                correct,
                before.size(),
                predictions,
                predicted,
                actual,
                seatError(predicted, actual),
                byRegion);
    }

    static double seatError(Map<Party, Integer> predicted, Map<Party, Integer> actual) {
        double error = 0;
        List<Party> parties = Party.GB_MODEL;
        for (Party party : parties) {
            error += Math.abs(predicted.getOrDefault(party, 0) - actual.getOrDefault(party, 0));
        }
        return error / parties.size();
    }

    public double accuracy() {
        return (double) correct / seats;
    }
}
