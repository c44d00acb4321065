package org.convener.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The shares a projection aims at, and over which seats each applies: Great Britain as one, each
 * nation, or each region.
 */
public final class Targets {

    /** How the seats are grouped into areas that swing together. */
    public enum Level {
        /** All the baseline's seats together: one national swing. */
        NATIONAL,
        /** England, Scotland and Wales separately, with targets derived from GB shares. */
        NATIONS,
        /** Each region (and Scotland and Wales) with its own targets. */
        REGIONS
    }

    private final Level level;
    private final ShareVector national;
    private final Map<String, ShareVector> byRegion;

    private Targets(Level level, ShareVector national, Map<String, ShareVector> byRegion) {
        this.level = level;
        this.national = national;
        this.byRegion = byRegion;
    }

    /** One set of shares for all the seats, swung together. */
    public static Targets national(ShareVector shares) {
        return new Targets(Level.NATIONAL, shares, Map.of());
    }

    /**
     * GB shares carried into England, Scotland and Wales first, so that the SNP's and Plaid's GB
     * change lands in full where they stand.
     */
    public static Targets byNation(ShareVector shares) {
        return new Targets(Level.NATIONS, shares, Map.of());
    }

    /** Shares per region code; every region of the baseline needs one. */
    public static Targets byRegion(Map<String, ShareVector> shares) {
        return new Targets(Level.REGIONS, null, Map.copyOf(shares));
    }

    public Level level() {
        return level;
    }

    /** The GB shares, for national and by-nation targets. */
    public ShareVector national() {
        return national;
    }

    /** The areas of a baseline, each with its seats' indices and target shares. */
    Map<Predicate<SeatBaseline>, double[]> areas(Baseline baseline) {
        var areas = new LinkedHashMap<Predicate<SeatBaseline>, double[]>();
        switch (level) {
            case NATIONAL -> areas.put(seat -> true, national.toArray());
            case REGIONS -> {
                for (String region : baseline.regions()) {
                    ShareVector target = byRegion.get(region);
                    if (target == null) {
                        throw new IllegalArgumentException("no target shares for region " + region);
                    }
                    areas.put(seat -> seat.regionCode().equals(region), target.toArray());
                }
            }
            case NATIONS ->
                nationTargets(baseline).forEach((nation, target) -> areas.put(seat -> seat.nation() == nation, target));
        }
        return areas;
    }

    /**
     * Rakes the nations' baseline shares to the GB targets (iterative proportional fitting): each
     * nation's shares still sum to one, each party's GB total meets its target, and a party keeps
     * no vote where it has none.
     */
    private Map<Nation, double[]> nationTargets(Baseline baseline) {
        List<Nation> nations =
                baseline.seats().stream().map(SeatBaseline::nation).distinct().toList();
        int parties = ShareVector.SIZE;
        var cells = new double[nations.size()][];
        var weights = new double[nations.size()];
        double total =
                baseline.seats().stream().mapToLong(SeatBaseline::validVotes).sum();
        for (int n = 0; n < nations.size(); n++) {
            Nation nation = nations.get(n);
            cells[n] = baseline.sharesOver(seat -> seat.nation() == nation).toArray();
            weights[n] = baseline.seats().stream()
                            .filter(s -> s.nation() == nation)
                            .mapToLong(SeatBaseline::validVotes)
                            .sum()
                    / total;
        }
        double[] target = national.toArray();
        for (int iteration = 0; iteration < 1000; iteration++) {
            double worst = 0;
            for (int p = 0; p < parties; p++) {
                double column = 0;
                for (int n = 0; n < cells.length; n++) {
                    column += weights[n] * cells[n][p];
                }
                if (column > 0) {
                    worst = Math.max(worst, Math.abs(column - target[p]));
                    for (int n = 0; n < cells.length; n++) {
                        cells[n][p] *= target[p] / column;
                    }
                }
            }
            for (double[] row : cells) {
                double sum = 0;
                for (double v : row) {
                    sum += v;
                }
                for (int p = 0; p < parties; p++) {
                    row[p] /= sum;
                }
            }
            if (worst < 1e-12) {
                break;
            }
        }
        var result = new LinkedHashMap<Nation, double[]>();
        for (int n = 0; n < nations.size(); n++) {
            result.put(nations.get(n), cells[n]);
        }
        return result;
    }
}
