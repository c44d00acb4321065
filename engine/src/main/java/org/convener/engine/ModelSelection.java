package org.convener.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses each model's settings on one pair of elections and scores them three ways: on that pair
 * (in sample), region by region with the settings chosen on the other regions (leave one region
 * out), and on another pair of elections with the settings unchanged (out of sample).
 *
 * <p>The settings are the tactical-voting fraction and margin (for the rows with tactical voting)
 * and the strong transition model's threshold, each from a fixed grid. Settings are ranked by
 * seats called correctly, then by seat error, then by the smaller fraction, margin and threshold.
 */
public final class ModelSelection {

    static final double[] FRACTIONS = {0.05, 0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.45, 0.50};
    static final double[] MARGINS = {0.05, 0.10, 0.15, 0.20, 0.25, 0.30, 1.0};
    static final double[] THRESHOLDS = {0.10, 0.15, 0.20, 0.25, 0.30};

    /** A model and its settings; a fraction of zero means no tactical voting. */
    public record Settings(SwingModel model, double fraction, double margin, double strongThreshold) {

        public boolean tactical() {
            return fraction > 0;
        }

        public ModelOptions options() {
            var tactical =
                    tactical() ? TacticalVoting.DEFAULT.withFraction(fraction).withMargin(margin) : null;
            return new ModelOptions(strongThreshold, tactical);
        }

        /** The settings in words, e.g. "tactical fraction 0.30 where the first two are within 5 points". */
        public String describe() {
            var words = new ArrayList<String>();
            if (tactical()) {
                words.add(String.format(
                        java.util.Locale.ROOT,
                        "tactical fraction %.2f%s",
                        fraction,
                        margin >= 1
                                ? " in every seat"
                                : String.format(" where the first two are within %.0f points", margin * 100)));
            }
            if (model == SwingModel.STM) {
                words.add(String.format(java.util.Locale.ROOT, "threshold %.0f%%", strongThreshold * 100));
            }
            return words.isEmpty() ? "no settings" : String.join(", ", words);
        }
    }

    /** Seats called correctly out of those scored, and the mean over the parties of |projected − actual| seats. */
    public record Score(int correct, int seats, double seatError) {

        public double accuracy() {
            return seats == 0 ? 0 : (double) correct / seats;
        }
    }

    /**
     * One model, with or without tactical voting: the settings chosen in sample and the three scores.
     *
     * @param otherElection {@code null} when no other pair was given
     */
    public record Row(
            SwingModel model,
            boolean tactical,
            Settings chosen,
            Score inSample,
            Score leaveOneRegionOut,
            Score otherElection) {}

    private ModelSelection() {}

    /** Every model with and without tactical voting, chosen on {@code training} and scored on {@code other} too. */
    public static List<Row> evaluate(Backtest.Pair training, Backtest.Pair other) {
        var rows = new ArrayList<Row>();
        for (SwingModel model : SwingModel.values()) {
            for (boolean tactical : new boolean[] {false, true}) {
                rows.add(row(training, other, model, tactical));
            }
        }
        return rows;
    }

    /**
     * One model, with or without tactical voting: its settings chosen on {@code training}, scored
     * there, leaving one region out, and on {@code other} (if not {@code null}) unchanged.
     */
    public static Row row(Backtest.Pair training, Backtest.Pair other, SwingModel model, boolean tactical) {
        var runs = new ArrayList<Backtest>();
        var untactical = new java.util.HashMap<Double, Projection>();
        for (Settings settings : grid(model, tactical)) {
            // tactical voting adjusts the model's shares afterwards: project once per threshold
            Projection base = untactical.computeIfAbsent(
                    settings.strongThreshold(),
                    t -> Projection.of(training.nominated(), training.poll(), model, new ModelOptions(t, null)));
            ModelOptions options = settings.options();
            Projection projection = options.tactical() == null ? base : base.withTactical(options.tactical());
            runs.add(Backtest.score(training, projection, options));
        }
        Backtest best = best(runs, null);
        Settings chosen = settingsOf(best);
        Score otherScore = null;
        if (other != null) {
            otherScore = score(Backtest.run(other, model, chosen.options()));
        }
        return new Row(model, tactical, chosen, score(best), leaveOneRegionOut(training, runs), otherScore);
    }

    private static Score score(Backtest b) {
        return new Score(b.correct(), b.seats(), b.meanAbsoluteSeatError());
    }

    /** The row the evidence recommends: the most seats called correctly leaving one region out, then the fewest settings. */
    public static Row recommended(List<Row> rows) {
        return rows.stream()
                .max(Comparator.comparingInt((Row r) -> r.leaveOneRegionOut().correct())
                        .thenComparing(r -> -r.leaveOneRegionOut().seatError())
                        .thenComparing(r -> r.tactical() ? 0 : 1))
                .orElseThrow();
    }

    static List<Settings> grid(SwingModel model, boolean tactical) {
        double[] thresholds =
                model == SwingModel.STM ? THRESHOLDS : new double[] {ModelOptions.DEFAULT_STRONG_THRESHOLD};
        var grid = new ArrayList<Settings>();
        for (double threshold : thresholds) {
            if (!tactical) {
                grid.add(new Settings(model, 0, 1, threshold));
                continue;
            }
            for (double fraction : FRACTIONS) {
                for (double margin : MARGINS) {
                    grid.add(new Settings(model, fraction, margin, threshold));
                }
            }
        }
        return grid;
    }

    private static Settings settingsOf(Backtest b) {
        TacticalVoting t = b.options().tactical();
        return new Settings(
                b.model(),
                t == null ? 0 : t.fraction(),
                t == null ? 1 : t.margin(),
                b.options().strongThreshold());
    }

    /**
     * The best run, counting only the seats outside {@code leftOut} (a region code, or {@code null}
     * for every seat): most correct, then least seat error, then the smallest settings.
     */
    private static Backtest best(List<Backtest> runs, String leftOut) {
        Comparator<Backtest> order = Comparator.comparingInt((Backtest b) -> correctOutside(b, leftOut))
                .thenComparing(b -> -b.meanAbsoluteSeatError())
                .thenComparing(b -> -settingsOf(b).fraction())
                .thenComparing(b -> -settingsOf(b).margin())
                .thenComparing(b -> -b.options().strongThreshold());
        return runs.stream().max(order).orElseThrow();
    }

    private static int correctOutside(Backtest b, String leftOut) {
        int correct = b.correct();
        return leftOut == null ? correct : correct - b.correctByRegion().getOrDefault(leftOut, 0);
    }

    /** Each region scored with the settings that do best on all the other regions. */
    private static Score leaveOneRegionOut(Backtest.Pair pair, List<Backtest> runs) {
        var regions = new LinkedHashMap<String, List<Integer>>();
        for (int s = 0; s < pair.size(); s++) {
            regions.computeIfAbsent(pair.before().seat(s).regionCode(), r -> new ArrayList<>())
                    .add(s);
        }
        int correct = 0;
        var predicted = new EnumMap<Party, Integer>(Party.class);
        var actual = new EnumMap<Party, Integer>(Party.class);
        for (Map.Entry<String, List<Integer>> region : regions.entrySet()) {
            Backtest chosen = best(runs, region.getKey());
            correct += chosen.correctByRegion().getOrDefault(region.getKey(), 0);
            for (int s : region.getValue()) {
                ConstituencyCode code = pair.before().seat(s).code();
                predicted.merge(chosen.predictions().get(code).inGbModel(), 1, Integer::sum);
                actual.merge(Party.asContender(pair.winners().get(code)).inGbModel(), 1, Integer::sum);
            }
        }
        return new Score(correct, pair.size(), Backtest.seatError(predicted, actual));
    }
}
