package org.convener.engine;

/**
 * The seats a model swings together towards one set of target shares (Great Britain, a nation or a
 * region), in the arrays the models work on.
 */
final class Area {

    final int[] seats;
    /** Baseline shares, seat × party. */
    final double[][] shares;
    /** Each seat's share of the area's valid votes. */
    final double[] weights;
    /** Whether a party stands in a seat, seat × party. */
    final boolean[][] stands;
    /** The area's baseline shares. */
    final double[] national;

    Area(Baseline baseline, int[] seats) {
        int parties = ShareVector.SIZE;
        this.seats = seats;
        this.shares = new double[seats.length][];
        this.weights = new double[seats.length];
        this.stands = new boolean[seats.length][parties];
        this.national = new double[parties];
        double valid = 0;
        for (int i = 0; i < seats.length; i++) {
            valid += baseline.seat(seats[i]).validVotes();
        }
        for (int i = 0; i < seats.length; i++) {
            SeatBaseline seat = baseline.seat(seats[i]);
            shares[i] = seat.shares();
            weights[i] = seat.validVotes() / valid;
            for (int p = 0; p < parties; p++) {
                stands[i][p] = Party.GB_MODEL.get(p).standsIn(seat.nation());
                national[p] += weights[i] * shares[i][p];
            }
        }
    }

    int size() {
        return seats.length;
    }
}
