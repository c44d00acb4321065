package org.convener.engine;

import java.util.Locale;

/**
 * How national (or regional) change in vote shares is carried into each seat. The formulas are
 * set out in {@code docs/models.md}.
 */
public enum SwingModel {
    /** Every party's share moves by the same number of points in every seat. */
    UNS("uns", "Uniform national swing") {
        @Override
        double[][] swing(Area area, double[] target, ModelOptions options) {
            var change = new double[target.length];
            for (int p = 0; p < target.length; p++) {
                change[p] = (target[p] - area.standingShare[p]) * area.standingScale(p);
            }
            var raw = new double[area.size()][];
            for (int s = 0; s < area.size(); s++) {
                raw[s] = new double[target.length];
                for (int p = 0; p < target.length; p++) {
                    raw[s][p] = area.stands[s][p] ? area.shares[s][p] + change[p] : 0;
                }
            }
            return raw;
        }
    },

    /** Every party's share is multiplied by its national ratio of new to old, then seats are rescaled to 100%. */
    PS("ps", "Proportional swing") {
        @Override
        double[][] swing(Area area, double[] target, ModelOptions options) {
            var projected = new double[area.size()][];
            for (int s = 0; s < area.size(); s++) {
                projected[s] = new double[target.length];
                for (int p = 0; p < target.length; p++) {
                    if (!area.stands[s][p]) {
                        continue;
                    }
                    projected[s][p] = area.standingShare[p] > 0
                            ? area.shares[s][p] * target[p] / area.standingShare[p]
                            : target[p] * area.standingScale(p);
                }
            }
            return projected;
        }
    },

    /**
     * Declining parties lose the same fraction of their vote in every seat; the votes released go
     * to the gaining parties in proportion to their national gains.
     */
    TM("tm", "Transition model") {
        @Override
        double[][] swing(Area area, double[] target, ModelOptions options) {
            var losses = standingDown(area);
            for (int p = 0; p < target.length; p++) {
                if (target[p] < area.standingShare[p]) {
                    double lost = 1 - target[p] / area.standingShare[p];
                    for (int s = 0; s < area.size(); s++) {
                        if (area.stands[s][p]) {
                            losses[s][p] = area.shares[s][p] * lost;
                        }
                    }
                }
            }
            return transfer(area, target, losses);
        }
    },

    /**
     * As the transition model, but each party's vote in a seat is weak up to a threshold (20%)
     * and strong beyond it, and a declining party loses its weak votes before its strong ones.
     */
    STM("stm", "Strong transition model") {
        @Override
        double[][] swing(Area area, double[] target, ModelOptions options) {
            double threshold = options.strongThreshold();
            var losses = standingDown(area);
            for (int p = 0; p < target.length; p++) {
                double loss = area.standingShare[p] - target[p];
                if (loss <= 0) {
                    continue;
                }
                double weak = 0;
                double strong = 0;
                for (int s = 0; s < area.size(); s++) {
                    if (area.stands[s][p]) {
                        double w = Math.min(area.shares[s][p], threshold);
                        weak += area.weights[s] * w;
                        strong += area.weights[s] * (area.shares[s][p] - w);
                    }
                }
                for (int s = 0; s < area.size(); s++) {
                    if (!area.stands[s][p]) {
                        continue;
                    }
                    double w = Math.min(area.shares[s][p], threshold);
                    losses[s][p] = loss <= weak || strong <= 0
                            ? w * Math.min(1, loss / weak)
                            : w + (area.shares[s][p] - w) * (loss - weak) / strong;
                }
            }
            return transfer(area, target, losses);
        }
    };

    private final String code;
    private final String displayName;

    SwingModel(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public static SwingModel ofCode(String code) {
        for (SwingModel model : values()) {
            if (model.code.equals(code == null ? "" : code.trim().toLowerCase(Locale.ROOT))) {
                return model;
            }
        }
        throw new IllegalArgumentException("unknown model \"" + code + "\"; use uns, ps, tm or stm");
    }

    /**
     * The area's seats moved to the target shares. Uniform swing may return negative shares,
     * which the caller clips; the others return non-negative shares.
     */
    abstract double[][] swing(Area area, double[] target, ModelOptions options);

    /** A party that stood before but not now releases all its votes in that seat. */
    static double[][] standingDown(Area area) {
        var losses = new double[area.size()][ShareVector.SIZE];
        for (int s = 0; s < area.size(); s++) {
            for (int p = 0; p < ShareVector.SIZE; p++) {
                if (!area.stands[s][p]) {
                    losses[s][p] = area.shares[s][p];
                }
            }
        }
        return losses;
    }

    /** Takes the given losses from each seat and shares the votes released among the gainers. */
    static double[][] transfer(Area area, double[] target, double[][] losses) {
        int parties = target.length;
        var gains = new double[parties];
        for (int p = 0; p < parties; p++) {
            gains[p] = Math.max(0, target[p] - area.standingShare[p]);
        }
        var released = new double[area.size()];
        var kept = new double[area.size()][];
        for (int s = 0; s < area.size(); s++) {
            boolean anyGainer = false;
            for (int q = 0; q < parties; q++) {
                anyGainer |= gains[q] > 0 && area.stands[s][q];
            }
            if (!anyGainer) {
                kept[s] = keepInSeat(area.shares[s], area.stands[s]);
                continue; // nobody standing here gains: the seat keeps its votes among those standing
            }
            for (int p = 0; p < parties; p++) {
                released[s] += losses[s][p];
            }
        }
        var allocation = GainAllocation.allocate(released, area.weights, gains, area.stands);
        var projected = new double[area.size()][parties];
        for (int s = 0; s < area.size(); s++) {
            for (int p = 0; p < parties; p++) {
                projected[s][p] = kept[s] != null ? kept[s][p] : area.shares[s][p] - losses[s][p] + allocation[s][p];
            }
        }
        return projected;
    }

    /** A seat's shares with the votes of parties no longer standing shared among those who stand, in proportion. */
    private static double[] keepInSeat(double[] shares, boolean[] stands) {
        var kept = new double[shares.length];
        double standing = 0;
        for (int p = 0; p < shares.length; p++) {
            if (stands[p]) {
                kept[p] = shares[p];
                standing += shares[p];
            }
        }
        for (int p = 0; p < shares.length; p++) {
            kept[p] = standing > 0 ? kept[p] / standing : stands[p] ? 1.0 / count(stands) : 0;
        }
        return kept;
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }
}
