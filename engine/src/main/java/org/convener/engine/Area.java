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
    /** Each party's baseline share of the area's vote counted only where it stands now. */
    final double[] standingShare;
    /** The share of the area's vote cast in the seats where each party stands. */
    final double[] standingWeight;
    /** The share of the area's vote cast in the nations where each party puts up candidates at all. */
    final double[] nationWeight;

    Area(Baseline baseline, int[] seats) {
        int parties = ShareVector.SIZE;
        this.seats = seats;
        this.shares = new double[seats.length][];
        this.weights = new double[seats.length];
        this.stands = new boolean[seats.length][];
        this.national = new double[parties];
        this.standingShare = new double[parties];
        this.standingWeight = new double[parties];
        this.nationWeight = new double[parties];
        double valid = 0;
        for (int i = 0; i < seats.length; i++) {
            valid += baseline.seat(seats[i]).validVotes();
        }
        for (int i = 0; i < seats.length; i++) {
            SeatBaseline seat = baseline.seat(seats[i]);
            shares[i] = seat.shares();
            weights[i] = seat.validVotes() / valid;
            stands[i] = seat.standing();
            for (int p = 0; p < parties; p++) {
                national[p] += weights[i] * shares[i][p];
                if (Party.GB_MODEL.get(p).standsIn(seat.nation())) {
                    nationWeight[p] += weights[i];
                }
                if (stands[i][p]) {
                    standingShare[p] += weights[i] * shares[i][p];
                    standingWeight[p] += weights[i];
                }
            }
        }
    }

    /**
     * How much of a party's area-wide change each seat where it stands must carry: one where it
     * stands wherever its nations vote, more where it has stood down in some seats.
     */
    double standingScale(int party) {
        return standingWeight[party] > 0 ? nationWeight[party] / standingWeight[party] : 0;
    }

    int size() {
        return seats.length;
    }
}
