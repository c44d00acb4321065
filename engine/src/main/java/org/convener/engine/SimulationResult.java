package org.convener.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a simulation found: each contender's chance in each seat and the spread of seat totals. */
public final class SimulationResult {

    private final Projection projection;
    private final int sims;
    private final double[][] chances;
    private final DrawnTotals totals;
    private final double seconds;

    SimulationResult(Projection projection, int sims, double[][] chances, DrawnTotals totals, double seconds) {
        this.projection = projection;
        this.sims = sims;
        this.chances = chances;
        this.totals = totals;
        this.seconds = seconds;
    }

    public Projection projection() {
        return projection;
    }

    /** How many draws of the shared errors the seat totals come from. */
    public int sims() {
        return sims;
    }

    /** Wall-clock time of the simulation itself. */
    public double seconds() {
        return seconds;
    }

    /** A party's (or, for {@link Party#IND}, {@link Party#SPK} and {@link Party#OTH}, the seat's other candidate's) chance. */
    public double winProbability(int seat, Party party) {
        int index = projection.indexOf(seat, party);
        return index < 0 ? 0 : chances[seat][index];
    }

    /** Every contender's chance in a seat, modelled parties first, by who they are. */
    public Map<Party, Double> winProbabilities(int seat) {
        var chancesBy = new LinkedHashMap<Party, Double>();
        for (int p = 0; p < ShareVector.SIZE; p++) {
            Party contender = projection.contender(seat, p);
            if (projection.contends(seat, p)) {
                chancesBy.merge(contender, chances[seat][p], Double::sum);
            }
        }
        return chancesBy;
    }

    /** Who is most likely to win a seat. */
    public Party favourite(int seat) {
        int best = 0;
        for (int p = 1; p < ShareVector.SIZE; p++) {
            if (chances[seat][p] > chances[seat][best]) {
                best = p;
            }
        }
        return projection.contender(seat, best);
    }

    public SeatTotals totals(Party party) {
        return totals.totals().get(party);
    }

    /** Seat totals of each modelled party and of other candidates by kind (independents, the Speaker, others). */
    public Map<Party, SeatTotals> totals() {
        return totals.totals();
    }

    /** The summed chances that the seat totals count as independent rather than with the shared errors. */
    public double droppedChance() {
        return totals.droppedMass();
    }

    /** The chance that the kind of winner takes at most {@code k} seats. */
    double totalsCdf(Party party, int k) {
        return totals.cdf(party, k);
    }

    /** Groups of seats whose totals were tabulated together. */
    int groups() {
        return totals.groupCount();
    }

    /** Seats whose own errors were drawn too, because four or more contenders had a real chance. */
    public int drawnSeats() {
        return totals.drawnSeats();
    }
}
