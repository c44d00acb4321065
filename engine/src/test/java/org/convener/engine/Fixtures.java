package org.convener.engine;

import java.util.ArrayList;
import java.util.List;

/** Small baselines for model tests. */
final class Fixtures {

    private Fixtures() {}

    /** Shares in Party.GB_MODEL order: Con, Lab, LD, RUK, Green, SNP, PC, Oth (percent). */
    static double[] percent(
            double con, double lab, double ld, double ruk, double green, double snp, double pc, double oth) {
        double[] v = {con, lab, ld, ruk, green, snp, pc, oth};
        double total = 0;
        for (double x : v) {
            total += x;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= total;
        }
        return v;
    }

    static double[] normalised(double[] v) {
        double total = 0;
        for (double x : v) {
            total += x;
        }
        var out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / total;
        }
        return out;
    }

    static SeatBaseline english(int n, double[] shares, long votes) {
        return seat(String.format("E14%06d", n), Nation.ENGLAND, "E12000001", shares, votes);
    }

    static SeatBaseline seat(String code, Nation nation, String region, double[] shares, long votes) {
        return new SeatBaseline(ConstituencyCode.of(code), code, nation, region, shares, votes);
    }

    /** Two equal English seats: a Con–Lab marginal and a safe Labour seat. */
    static Baseline twoSeats() {
        return new Baseline(List.of(
                english(1, percent(40, 35, 10, 5, 5, 0, 0, 5), 1000),
                english(2, percent(20, 60, 5, 10, 5, 0, 0, 0), 1000)));
    }

    static Baseline of(List<double[]> shares) {
        var seats = new ArrayList<SeatBaseline>();
        for (int i = 0; i < shares.size(); i++) {
            seats.add(english(i + 1, shares.get(i), 1000));
        }
        return new Baseline(seats);
    }
}
