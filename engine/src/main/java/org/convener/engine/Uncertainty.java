package org.convener.engine;

/**
 * How far the result may stray from a projection: independent normal errors on each party's
 * share, with these standard deviations (as fractions: 0.02 is 2 points).
 *
 * @param national one error per party, shared by every seat
 * @param regional one error per region and party, shared by the region's seats
 * @param seat one error per seat and party
 */
public record Uncertainty(double national, double regional, double seat) {

    public Uncertainty {
        check("national", national);
        check("regional", regional);
        check("seat", seat);
    }

    private static void check(String name, double sd) {
        if (!(sd >= 0) || !Double.isFinite(sd)) {
            throw new IllegalArgumentException("the " + name + " standard deviation must be zero or more, was " + sd);
        }
        if (sd > 0.5) {
            throw new IllegalArgumentException(
                    "the " + name + " standard deviation of " + sd * 100 + " points is beyond any poll error");
        }
    }
}
