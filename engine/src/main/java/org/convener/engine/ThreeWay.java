package org.convener.engine;

/**
 * The chance that the first of three candidates with independent normal errors of equal spread
 * finishes ahead of the other two, as a table over its leads: with leads {@code a} and {@code b} over
 * the other two in units of the error's standard deviation, G(a, b) = ∫ φ(z) Φ(a + z) Φ(b + z) dz.
 *
 * <p>The table covers a and b in [-10, 10] every 0.05; beyond, G is flat to within Φ(-10/√2) ≈
 * 1e-12, so arguments are clamped. It is built column by column from the closed form of its
 * derivative, ∂G/∂a = φ(a/√2)/√2 · Φ((b - a/2)/√1.5), integrated with Simpson's rule (error below
 * 1e-8 over the whole range). Between nodes, bilinear interpolation is within 1e-4.
 */
final class ThreeWay {

    static final double LIMIT = 10;
    static final int PER_UNIT = 20;
    static final double STEP = 1.0 / PER_UNIT;
    static final int SIDE = (int) (2 * LIMIT * PER_UNIT) + 1;
    /** G(a, b) at a = -LIMIT + i·STEP, b = -LIMIT + j·STEP, stored at i·SIDE + j. */
    static final double[] TABLE = build();

    private ThreeWay() {}

    /** G(a, b) by bilinear interpolation. */
    static double chance(double a, double b) {
        double x = clamp((a + LIMIT) * PER_UNIT);
        double y = clamp((b + LIMIT) * PER_UNIT);
        int i = (int) x;
        int j = (int) y;
        double fx = x - i;
        double fy = y - j;
        int at = i * SIDE + j;
        return (1 - fx) * ((1 - fy) * TABLE[at] + fy * TABLE[at + 1])
                + fx * ((1 - fy) * TABLE[at + SIDE] + fy * TABLE[at + SIDE + 1]);
    }

    /**
     * G at whole table indices {@code i} and {@code j} plus fractions of a step; indices beyond the
     * table are clamped to its edge, where G is flat.
     */
    static double at(int i, int j, double fx, double fy) {
        if (i < 0 || i > SIDE - 2) {
            i = i < 0 ? 0 : SIDE - 2;
            fx = i == 0 ? 0 : 1;
        }
        if (j < 0 || j > SIDE - 2) {
            j = j < 0 ? 0 : SIDE - 2;
            fy = j == 0 ? 0 : 1;
        }
        int at = i * SIDE + j;
        return (1 - fx) * ((1 - fy) * TABLE[at] + fy * TABLE[at + 1])
                + fx * ((1 - fy) * TABLE[at + SIDE] + fy * TABLE[at + SIDE + 1]);
    }

    /** A table coordinate clamped so that it and the next node lie inside the table. */
    static double clamp(double position) {
        return Math.max(0, Math.min(SIDE - 1.000001, position));
    }

    private static double[] build() {
        var table = new double[SIDE * SIDE];
        double root = Math.sqrt(2);
        double spread = Math.sqrt(1.5);
        for (int j = 0; j < SIDE; j++) {
            double b = -LIMIT + j * STEP;
            double previous = derivative(-LIMIT, b, root, spread);
            // G(-LIMIT, b) is below Φ(-LIMIT/√2) ≈ 1e-12: start from zero
            double value = 0;
            table[j] = value;
            for (int i = 1; i < SIDE; i++) {
                double a = -LIMIT + i * STEP;
                double middle = derivative(a - STEP / 2, b, root, spread);
                double next = derivative(a, b, root, spread);
                value += STEP / 6 * (previous + 4 * middle + next);
                table[i * SIDE + j] = value;
                previous = next;
            }
        }
        return table;
    }

    private static double derivative(double a, double b, double root, double spread) {
        return Gaussian.density(a / root) / root * Gaussian.cdf((b - a / 2) / spread);
    }
}
