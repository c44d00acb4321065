package org.convener.engine;

import java.util.EnumMap;
import java.util.Map;

/** What a simulation found: each party's chance in each seat and the spread of seat totals. */
public final class SimulationResult {

    private final Projection projection;
    private final int sims;
    private final long[] wins;
    private final Map<Party, SeatTotals> totals;
    private final double seconds;

    SimulationResult(Projection projection, int sims, long[] wins, int[][] totals, double seconds) {
        this.projection = projection;
        this.sims = sims;
        this.wins = wins;
        this.totals = Simulation.quantiles(totals, projection.size());
        this.seconds = seconds;
    }

    public Projection projection() {
        return projection;
    }

    public int sims() {
        return sims;
    }

    /** Wall-clock time of the simulation itself. */
    public double seconds() {
        return seconds;
    }

    public double winProbability(int seat, Party party) {
        int p = Party.GB_MODEL.indexOf(party);
        return p < 0 ? 0 : (double) wins[seat * ShareVector.SIZE + p] / sims;
    }

    /** Every modelled party's chance in a seat. */
    public Map<Party, Double> winProbabilities(int seat) {
        var chances = new EnumMap<Party, Double>(Party.class);
        for (Party party : Party.GB_MODEL) {
            chances.put(party, winProbability(seat, party));
        }
        return chances;
    }

    /** The party most likely to win a seat. */
    public Party favourite(int seat) {
        Party best = Party.GB_MODEL.get(0);
        for (Party party : Party.GB_MODEL) {
            if (winProbability(seat, party) > winProbability(seat, best)) {
                best = party;
            }
        }
        return best;
    }

    public SeatTotals totals(Party party) {
        return totals.get(party);
    }

    public Map<Party, SeatTotals> totals() {
        return totals;
    }
}
