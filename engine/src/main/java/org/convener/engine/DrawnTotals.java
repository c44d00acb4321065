package org.convener.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * The distribution of each party's seat total, drawing only the errors that seats share.
 *
 * <p>Given one draw of the national and regional errors, seats are independent and each seat's
 * chances have a closed form in the seat errors alone: Φ(lead/√2) for two contenders and the
 * {@link ThreeWay} function for three. Each draw therefore gives every party a conditional seat
 * total, and the distribution over draws is the mixture of those conditional distributions.
 *
 * <p>To make a draw cheap, seats with the same contenders (in the same region, when regional errors
 * are drawn) are taken together: the sums over their seats depend on two error differences at
 * most, and are tabulated once per run on a grid of cells; each draw reads the cell it falls in.
 * A cell holds the averages over the cell (so reading it adds no bias to second order) and the
 * spread of the party's mean across the cell is added to its variance, so that the mixture keeps
 * its first two moments.
 *
 * <ul>
 *   <li>A party with a small summed seat variance (below {@value #EXACT_VARIANCE}: the Greens, Plaid,
 *       independents) has its conditional distribution computed exactly, by convolving the
 *       tabulated distributions of its wins in each group of seats. A larger party's is the normal
 *       distribution with continuity and skewness corrections (the refined normal approximation),
 *       whose error the tests measure against a plain simulation.
 *   <li>A contender whose chance in a seat is below {@value #KEEP} ({@value #KEEP_EXACT} for a party
 *       counted exactly) is counted instead as an independent chance of exactly its exact
 *       probability; {@link #droppedMass()} sums these.
 *   <li>A seat where four or more contenders have a chance of at least {@value #KEEP_BEYOND_THREE} has
 *       its seat errors drawn too, as a plain simulation would; few seats are like that.
 * </ul>
 */
final class DrawnTotals {

    /** Winners a total is kept for: the seven modelled parties, then other candidates by kind. */
    static final List<Party> WINNERS = List.of(
            Party.CON,
            Party.LAB,
            Party.LD,
            Party.RUK,
            Party.GREEN,
            Party.SNP,
            Party.PC,
            Party.IND,
            Party.SPK,
            Party.OTH);

    static final double KEEP = 1e-4;
    static final double KEEP_EXACT = 1e-4;
    static final double KEEP_BEYOND_THREE = 2e-3;
    static final double EXACT_VARIANCE = 4;
    /**
     * A group where an exactly counted party expects fewer wins than this in every cell adds a
     * Poisson count with that mean instead of its own distribution (Le Cam: the error in
     * distribution is below the summed squared chances, which {@link #poissonBound()} reports).
     */
    static final double RARE = 0.02;

    private static final int BLOCK = 256;
    private static final int CHUNKS = 8;
    private static final int BINS_PER_SEAT = 4;
    private static final int PAIR_CELLS = 512;
    private static final int TRIPLE_CELLS = 44;
    /** Grids reach this many standard deviations of an error difference either side of zero. */
    private static final double REACH = 6.5;
    /** Probabilities below this are left out of a tabulated distribution. */
    private static final double NEGLIGIBLE = 1e-13;

    private final Map<Party, SeatTotals> totals;
    private final Map<Party, IntToDoubleFunction> distributions;
    private final double droppedMass;
    private double poissonBound;
    private final int drawnSeats;
    private final int groupCount;

    private DrawnTotals(
            Map<Party, SeatTotals> totals,
            Map<Party, IntToDoubleFunction> distributions,
            double droppedMass,
            int drawnSeats,
            int groupCount) {
        this.totals = totals;
        this.distributions = distributions;
        this.droppedMass = droppedMass;
        this.drawnSeats = drawnSeats;
        this.groupCount = groupCount;
    }

    Map<Party, SeatTotals> totals() {
        return totals;
    }

    /** The chance that the kind of winner takes at most {@code k} seats. */
    double cdf(Party party, int k) {
        IntToDoubleFunction distribution = distributions.get(party);
        return distribution == null ? 1 : distribution.applyAsDouble(k);
    }

    /** The summed chances of contenders left out of seats' draws and counted as independent instead. */
    double droppedMass() {
        return droppedMass;
    }

    /** A bound on any total's error in distribution from counting rare wins as Poisson: the largest summed squared chance. */
    double poissonBound() {
        return poissonBound;
    }

    /** Seats whose seat errors are drawn because four or more contenders have a real chance. */
    int drawnSeats() {
        return drawnSeats;
    }

    /** Groups of seats tabulated together. */
    int groupCount() {
        return groupCount;
    }

    static int label(Party party) {
        int label = WINNERS.indexOf(Party.asContender(party));
        if (label < 0) {
            throw new IllegalArgumentException(party.code() + " cannot win a GB seat in a projection");
        }
        return label;
    }

    /**
     * @param chances each seat's exact chances, {@link Party#GB_MODEL} order with the other candidate in Oth's place
     */
    static DrawnTotals of(Projection projection, Uncertainty u, double[][] chances, int sims, long seed) {
        var setup = new Setup(projection, u, chances);
        if (u.national() == 0 && u.regional() == 0) {
            return setup.independent();
        }
        return setup.drawn(sims, seed);
    }

    /** What a run knows before the draws: each seat's contenders and how it is handled. */
    private static final class Setup {
        final Projection projection;
        final Uncertainty u;
        final double[][] chances;
        final int seats;
        final int[][] labels;
        final int[] region;
        final int regions;
        final int kinds = WINNERS.size();
        final double[] constMean = new double[kinds];
        final double[] constVar = new double[kinds];
        final double[] constSkew = new double[kinds];
        /** Per kind of winner, the independent chances counted as constants. */
        final List<List<Double>> constChances = new ArrayList<>();

        final boolean[] exact = new boolean[kinds];
        final boolean[] present = new boolean[kinds];
        final double[] mean = new double[kinds];
        double dropped;

        Setup(Projection projection, Uncertainty u, double[][] chances) {
            this.projection = projection;
            this.u = u;
            this.chances = chances;
            this.seats = projection.size();
            this.labels = new int[seats][ShareVector.SIZE];
            this.region = new int[seats];
            List<String> codes = projection.baseline().regions();
            this.regions = codes.size();
            var variance = new double[kinds];
            for (int i = 0; i < kinds; i++) {
                constChances.add(new ArrayList<>());
            }
            for (int s = 0; s < seats; s++) {
                region[s] = codes.indexOf(projection.baseline().seat(s).regionCode());
                for (int p = 0; p < ShareVector.SIZE; p++) {
                    Party contender = projection.contender(s, p);
                    labels[s][p] = contender == null ? -1 : label(contender);
                    double c = chances[s][p];
                    if (c > 0) {
                        present[labels[s][p]] = true;
                        mean[labels[s][p]] += c;
                        variance[labels[s][p]] += c * (1 - c);
                    }
                }
            }
            for (int l = 0; l < kinds; l++) {
                exact[l] = variance[l] < EXACT_VARIANCE;
            }
        }

        boolean reported(int label) {
            return label < 7 || present[label];
        }

        double keep(int label) {
            return exact[label] ? KEEP_EXACT : KEEP;
        }

        void addConstant(int label, double p) {
            constMean[label] += p;
            constVar[label] += p * (1 - p);
            constSkew[label] += p * (1 - p) * (1 - 2 * p);
            constChances.get(label).add(p);
        }

        /** Without shared errors seats are independent: every total is an exact convolution. */
        DrawnTotals independent() {
            for (int s = 0; s < seats; s++) {
                for (int p = 0; p < ShareVector.SIZE; p++) {
                    if (chances[s][p] > 0) {
                        constChances.get(labels[s][p]).add(chances[s][p]);
                    }
                }
            }
            var result = new EnumMap<Party, SeatTotals>(Party.class);
            var distributions = new EnumMap<Party, IntToDoubleFunction>(Party.class);
            for (int l = 0; l < kinds; l++) {
                if (reported(l)) {
                    double[] pmf = convolve(new double[] {1}, constChances.get(l), seats);
                    result.put(WINNERS.get(l), fromPmf(pmf, mean[l]));
                    distributions.put(WINNERS.get(l), cumulative(pmf));
                }
            }
            return new DrawnTotals(result, distributions, 0, 0, 0);
        }

        DrawnTotals drawn(int sims, long seed) {
            double sd = u.seat();
            boolean regional = u.regional() > 0;
            var groups = new LinkedHashMap<String, Group>();
            var sampled = new ArrayList<SampledSeat>();
            for (int seat = 0; seat < seats; seat++) {
                final int s = seat;
                double[] means = projection.contenderMeans(s);
                int[] order = IntStream.range(0, ShareVector.SIZE)
                        .filter(p -> chances[s][p] > 0)
                        .boxed()
                        .sorted((a, b) -> Double.compare(chances[s][b], chances[s][a]))
                        .mapToInt(Integer::intValue)
                        .toArray();
                var kept = new ArrayList<Integer>();
                for (int p : order) {
                    double needed = kept.size() < 3 ? keep(labels[s][p]) : KEEP_BEYOND_THREE;
                    if (chances[s][p] >= needed || kept.isEmpty()) {
                        kept.add(p);
                    }
                }
                int seatRegion = regional ? region[s] : -1;
                if (sd == 0 || kept.size() >= 4) {
                    sampled.add(SampledSeat.of(order, means, labels[s], seatRegion));
                    continue;
                }
                double droppedHere = 0;
                for (int p : order) {
                    if (!kept.contains(p)) {
                        addConstant(labels[s][p], chances[s][p]);
                        droppedHere += chances[s][p];
                    }
                }
                dropped += droppedHere;
                if (kept.size() == 1) {
                    addConstant(labels[s][kept.get(0)], 1 - droppedHere);
                    continue;
                }
                int[] slots = kept.stream().mapToInt(Integer::intValue).sorted().toArray();
                int[] slotLabels =
                        Arrays.stream(slots).map(slot -> labels[s][slot]).toArray();
                var key = new StringBuilder();
                for (int i = 0; i < slots.length; i++) {
                    key.append(slots[i]).append(':').append(slotLabels[i]).append(',');
                }
                key.append(seatRegion);
                groups.computeIfAbsent(key.toString(), k -> new Group(slots, slotLabels, seatRegion))
                        .add(means, 1 - droppedHere);
            }
            var list = new ArrayList<Group>();
            var pairs = new ArrayList<Group>();
            for (Group g : groups.values()) {
                (g.slots.length == 2 ? pairs : list).add(g);
            }
            // a group of two joins the largest group of three in its region whose contenders include its own
            list.sort((x, y) -> Integer.compare(y.members.size(), x.members.size()));
            for (Group pair : pairs) {
                if (list.stream().noneMatch(triple -> triple.absorb(pair))) {
                    list.add(pair);
                }
            }
            double spread = Math.sqrt(2 * (u.national() * u.national() + u.regional() * u.regional())) / sd;
            if (sd > 0) {
                list.parallelStream().forEach(g -> g.tabulate(spread, sd, exact));
            }
            var plan = new Plan(this, list, sampled);
            int blocks = (sims + BLOCK - 1) / BLOCK;
            var master = new SplittableRandom(seed);
            var streams = new ArrayList<SplittableRandom>(blocks);
            for (int b = 0; b < blocks; b++) {
                streams.add(master.split());
            }
            int chunks = Math.min(CHUNKS, blocks);
            Accumulator all = IntStream.range(0, chunks)
                    .parallel()
                    .mapToObj(c -> {
                        var acc = new Accumulator(seats);
                        var work = new Work(plan);
                        for (int b = c * blocks / chunks; b < (c + 1) * blocks / chunks; b++) {
                            work.run(streams.get(b), Math.min(BLOCK, sims - b * BLOCK), acc);
                        }
                        return acc;
                    })
                    .reduce(Accumulator::add)
                    .orElseThrow();
            var result = new EnumMap<Party, SeatTotals>(Party.class);
            var distributions = new EnumMap<Party, IntToDoubleFunction>(Party.class);
            for (int l = 0; l < kinds; l++) {
                if (!reported(l)) {
                    continue;
                }
                if (exact[l]) {
                    double[] pmf = convolve(all.histogram[l], constChances.get(l), seats);
                    double total = Arrays.stream(pmf).sum();
                    for (int k = 0; k < pmf.length; k++) {
                        pmf[k] /= total;
                    }
                    result.put(WINNERS.get(l), fromPmf(pmf, mean[l]));
                    distributions.put(WINNERS.get(l), cumulative(pmf));
                } else {
                    List<double[]> bins = all.bins(l);
                    result.put(WINNERS.get(l), Accumulator.mixture(bins, sims, seats, mean[l]));
                    distributions.put(WINNERS.get(l), k -> Accumulator.cdf(bins, sims, k));
                }
            }
            var totals = new DrawnTotals(result, distributions, dropped, sampled.size(), list.size());
            totals.poissonBound =
                    list.stream().mapToDouble(g -> g.squaredChances).sum();
            return totals;
        }
    }

    /** Seats with the same two or three contenders (and region), tabulated together. */
    private static final class Group {
        final int[] slots;
        final int[] labels;
        final int region;
        final List<double[]> means = new ArrayList<>();
        final List<Double> scale = new ArrayList<>();
        /** Which of the group's contenders each seat has (a seat of two can join a group of three). */
        final List<int[]> members = new ArrayList<>();

        double size;
        int cells;
        double from;
        double step;
        /**
         * Sums per cell: for two contenders P₁ P₂ V₁ V₂ K₁ K₂, for three P₁ P₂ V₁ V₂ V₃ K₁ K₂ K₃ (mean,
         * variance and third cumulant of each contender's wins).
         */
        float[] grid;
        /** Contenders counted exactly, with the distribution of their wins in the group per cell. */
        int[] exactSlots = new int[0];

        int[] widths = new int[0];
        float[][] distributions = new float[0][];
        /** For an exactly counted contender with only rare wins here, its expected wins per cell instead. */
        boolean[] rare = new boolean[0];
        /** The largest summed squared chance of a rare contender in any cell. */
        double squaredChances;

        Group(int[] slots, int[] labels, int region) {
            this.slots = slots;
            this.labels = labels;
            this.region = region;
        }

        void add(double[] seatMeans, double keptMass) {
            add(seatMeans, keptMass, IntStream.range(0, slots.length).toArray());
        }

        void add(double[] seatMeans, double keptMass, int[] which) {
            means.add(seatMeans);
            scale.add(keptMass);
            members.add(which);
            size += keptMass;
        }

        /** Moves a group of two's seats into this group of three, whose contenders include theirs. */
        boolean absorb(Group pair) {
            if (slots.length != 3 || pair.region != region) {
                return false;
            }
            var which = new int[2];
            for (int i = 0; i < 2; i++) {
                which[i] = -1;
                for (int j = 0; j < 3; j++) {
                    if (slots[j] == pair.slots[i] && labels[j] == pair.labels[i]) {
                        which[i] = j;
                    }
                }
                if (which[i] < 0) {
                    return false;
                }
            }
            for (int m = 0; m < pair.means.size(); m++) {
                add(pair.means.get(m), pair.scale.get(m), which);
            }
            return true;
        }

        int dimensions() {
            return slots.length - 1;
        }

        int width() {
            return slots.length == 2 ? 6 : 8;
        }

        int cellCount() {
            return dimensions() == 1 ? cells : cells * cells;
        }

        void tabulate(double spread, double sd, boolean[] exact) {
            double reach = REACH * spread;
            int contenders = slots.length;
            if (contenders == 2) {
                cells = PAIR_CELLS;
                step = 2 * reach / (cells - 1);
            } else {
                // a whole number of the three-way table's steps, so each seat reads it at fixed fractions
                cells = TRIPLE_CELLS;
                step = Math.max(1, Math.round(2 * reach / (cells - 1) / ThreeWay.STEP)) * ThreeWay.STEP;
            }
            from = -step * (cells - 1) / 2;
            exactSlots =
                    IntStream.range(0, contenders).filter(i -> exact[labels[i]]).toArray();
            int n = cellCount();
            int width = width();
            int rows = contenders == 2 ? 1 : cells;
            int perRow = n / rows;
            var sums = new double[n * width];
            // per exactly counted contender, per cell, the distribution of its wins among the seats it contends in
            int exacts = exactSlots.length;
            var strides = new int[exacts];
            var before = new int[exacts][members.size()];
            for (int e = 0; e < exacts; e++) {
                for (int m = 0; m < members.size(); m++) {
                    before[e][m] = strides[e];
                    if (contends(members.get(m), exactSlots[e])) {
                        strides[e]++;
                    }
                }
                strides[e]++;
            }
            var counts = new double[exacts][];
            var lengths = new int[exacts][n];
            var expected = new double[exacts][n];
            var squared = new double[exacts][n];
            for (int e = 0; e < exacts; e++) {
                counts[e] = new double[n * strides[e]];
                for (int c = 0; c < n; c++) {
                    counts[e][c * strides[e]] = 1;
                }
                Arrays.fill(lengths[e], 1);
            }
            IntStream.range(0, rows).parallel().forEach(row -> {
                var p = new double[3];
                var relative = new double[3];
                double root = Math.sqrt(2);
                for (int m = 0; m < members.size(); m++) {
                    double[] mu = means.get(m);
                    int[] which = members.get(m);
                    double c = scale.get(m);
                    double d1 = from + row * step;
                    var three = which.length == 3 ? new Lookup(mu, sd, row) : null;
                    for (int col = 0; col < perRow; col++) {
                        int cell = row * perRow + col;
                        if (three != null) {
                            p[0] = c * three.first(col);
                            p[1] = c * three.second(col);
                            p[2] = Math.max(0, c - p[0] - p[1]);
                        } else {
                            // the group's contenders' errors relative to its first, in seat standard deviations
                            relative[1] = contenders == 2 ? from + col * step : d1;
                            relative[2] = from + col * step;
                            double lead = (mu[slots[which[0]]] - mu[slots[which[1]]]) / sd;
                            double shift = relative[which[1]] - relative[which[0]];
                            p[0] = 0;
                            p[1] = 0;
                            p[2] = 0;
                            p[which[0]] = c * Gaussian.cdf((lead - shift) / root);
                            p[which[1]] = c - p[which[0]];
                        }
                        int at = cell * width;
                        sums[at] += p[0];
                        sums[at + 1] += p[1];
                        for (int x = 0; x < contenders; x++) {
                            double v = p[x] * (1 - p[x]);
                            sums[at + 2 + x] += v;
                            sums[at + 2 + contenders + x] += v * (1 - 2 * p[x]);
                        }
                        for (int e = 0; e < exacts; e++) {
                            if (!contends(which, exactSlots[e])) {
                                continue;
                            }
                            double chance = p[exactSlots[e]];
                            expected[e][cell] += chance;
                            squared[e][cell] += chance * chance;
                            double[] pmf = counts[e];
                            int base = cell * strides[e];
                            // the wins so far reach only lengths[e][cell] - 1 (negligible tails are cut)
                            int length = lengths[e][cell];
                            for (int j = length; j > 0; j--) {
                                pmf[base + j] = pmf[base + j] * (1 - chance) + pmf[base + j - 1] * chance;
                            }
                            pmf[base] *= 1 - chance;
                            length++;
                            while (length > 1 && pmf[base + length - 1] < NEGLIGIBLE) {
                                pmf[base + --length] = 0;
                            }
                            lengths[e][cell] = length;
                        }
                    }
                }
            });
            toCells(sums, width, contenders);
            grid = toFloats(sums);
            widths = new int[exacts];
            distributions = new float[exacts][];
            rare = new boolean[exacts];
            for (int e = 0; e < exacts; e++) {
                rare[e] = Arrays.stream(expected[e]).max().orElse(0) < RARE;
                if (rare[e]) {
                    var averaged = expected[e].clone();
                    averageOverCells(averaged, expected[e], 1);
                    distributions[e] = toFloats(averaged);
                    widths[e] = 1;
                    squaredChances += Arrays.stream(squared[e]).max().orElse(0);
                } else {
                    tabulateCounts(e, counts[e], strides[e]);
                }
            }
            means.clear();
        }

        /**
         * A seat of three's chances along one row of the grid, read from the three-way table at
         * fixed fractions: the grid's step is a whole number of the table's.
         */
        private final class Lookup {
            final int multiple = (int) Math.round(step / ThreeWay.STEP);
            final int x1;
            final int y1;
            final int x2;
            final int y2;
            final double fx1;
            final double fy1;
            final double fx2;
            final double fy2;

            Lookup(double[] mu, double sd, int row) {
                double a = (mu[slots[0]] - mu[slots[1]]) / sd;
                double b = (mu[slots[0]] - mu[slots[2]]) / sd;
                double d1 = from + row * step;
                // first contender: G(a - d1, b - d2); second: G(d1 - a, b - a + d1 - d2), with d2 = from + col * step
                double cx1 = (a - d1 + ThreeWay.LIMIT) * ThreeWay.PER_UNIT;
                double cy1 = (b - from + ThreeWay.LIMIT) * ThreeWay.PER_UNIT;
                double cx2 = (d1 - a + ThreeWay.LIMIT) * ThreeWay.PER_UNIT;
                double cy2 = (b - a + d1 - from + ThreeWay.LIMIT) * ThreeWay.PER_UNIT;
                x1 = (int) Math.floor(cx1);
                y1 = (int) Math.floor(cy1);
                x2 = (int) Math.floor(cx2);
                y2 = (int) Math.floor(cy2);
                fx1 = cx1 - x1;
                fy1 = cy1 - y1;
                fx2 = cx2 - x2;
                fy2 = cy2 - y2;
            }

            double first(int col) {
                return ThreeWay.at(x1, y1 - col * multiple, fx1, fy1);
            }

            double second(int col) {
                return ThreeWay.at(x2, y2 - col * multiple, fx2, fy2);
            }
        }

        private static boolean contends(int[] which, int slot) {
            for (int w : which) {
                if (w == slot) {
                    return true;
                }
            }
            return false;
        }

        /** Each cell's distribution of an exactly counted contender's wins, cut where every cell's is negligible. */
        private void tabulateCounts(int e, double[] pmfs, int stride) {
            int n = cellCount();
            int width = 1;
            for (int c = 0; c < n; c++) {
                for (int j = 0; j < stride; j++) {
                    if (pmfs[c * stride + j] > NEGLIGIBLE) {
                        width = Math.max(width, j + 1);
                    }
                }
            }
            var cut = new double[n * width];
            for (int c = 0; c < n; c++) {
                System.arraycopy(pmfs, c * stride, cut, c * width, width);
            }
            var averaged = cut.clone();
            averageOverCells(averaged, cut, width);
            for (int c = 0; c < n; c++) {
                double total = 0;
                for (int j = 0; j < width; j++) {
                    averaged[c * width + j] = Math.max(0, averaged[c * width + j]);
                    total += averaged[c * width + j];
                }
                for (int j = 0; j < width; j++) {
                    averaged[c * width + j] /= total;
                }
            }
            widths[e] = width;
            distributions[e] = toFloats(averaged);
        }

        /**
         * Turns values at cell centres into the cell's averages: the centre value plus a 24th of the
         * second differences in each direction (the midpoint rule's error, to second order).
         */
        private void averageOverCells(double[] target, double[] original, int width) {
            int n = cellCount();
            int[] steps = dimensions() == 1 ? new int[] {width} : new int[] {cells * width, width};
            for (int c = 0; c < n; c++) {
                if (onEdge(c)) {
                    continue;
                }
                int at = c * width;
                for (int f = 0; f < width; f++) {
                    double second = 0;
                    for (int step : steps) {
                        second += original[at + f - step] + original[at + f + step] - 2 * original[at + f];
                    }
                    target[at + f] += second / 24;
                }
            }
        }

        private boolean onEdge(int c) {
            if (dimensions() == 1) {
                return c == 0 || c == cells - 1;
            }
            int i = c / cells;
            int j = c % cells;
            return i == 0 || i == cells - 1 || j == 0 || j == cells - 1;
        }

        /**
         * Cell averages of every sum, and added to each contender's variance the spread of its mean
         * over the cell (a 12th of the squared central difference in each direction), so that a
         * draw reading the cell keeps the mixture's first two moments.
         */
        private void toCells(double[] sums, int width, int contenders) {
            var original = sums.clone();
            averageOverCells(sums, original, width);
            int n = cellCount();
            int[] steps = dimensions() == 1 ? new int[] {width} : new int[] {cells * width, width};
            for (int c = 0; c < n; c++) {
                if (onEdge(c)) {
                    continue;
                }
                int at = c * width;
                for (int step : steps) {
                    double s1 = (original[at + step] - original[at - step]) / 2;
                    double s2 = (original[at + 1 + step] - original[at + 1 - step]) / 2;
                    sums[at + 2] += s1 * s1 / 12;
                    sums[at + 3] += s2 * s2 / 12;
                    if (contenders == 3) {
                        double s3 = s1 + s2;
                        sums[at + 4] += s3 * s3 / 12;
                    }
                }
            }
        }

        private static float[] toFloats(double[] values) {
            var floats = new float[values.length];
            for (int i = 0; i < values.length; i++) {
                floats[i] = (float) values[i];
            }
            return floats;
        }
    }

    /** A seat whose seat errors are drawn: its contenders, most likely first. */
    private record SampledSeat(int[] slots, double[] means, int[] labels, int region) {
        static SampledSeat of(int[] order, double[] allMeans, int[] allLabels, int region) {
            return new SampledSeat(
                    order,
                    Arrays.stream(order).mapToDouble(p -> allMeans[p]).toArray(),
                    Arrays.stream(order).map(p -> allLabels[p]).toArray(),
                    region);
        }
    }

    /** Everything a block of draws reads. */
    private record Plan(Setup setup, List<Group> groups, List<SampledSeat> sampled) {}

    /** Per-chunk sums: the mixture's bins for the larger parties and histograms for the exact ones. */
    private static final class Accumulator {
        /** Per kind of winner, per bin of the conditional mean: draws, Σ mean, Σ sd, Σ skewness. */
        final double[][] bins = new double[WINNERS.size()][];

        final double[][] histogram = new double[WINNERS.size()][];

        Accumulator(int seats) {
            for (int l = 0; l < WINNERS.size(); l++) {
                bins[l] = new double[(seats * BINS_PER_SEAT + 1) * 4];
                histogram[l] = new double[seats + 1];
            }
        }

        Accumulator add(Accumulator other) {
            for (int l = 0; l < WINNERS.size(); l++) {
                for (int i = 0; i < bins[l].length; i++) {
                    bins[l][i] += other.bins[l][i];
                }
                for (int i = 0; i < histogram[l].length; i++) {
                    histogram[l][i] += other.histogram[l][i];
                }
            }
            return this;
        }

        /** The occupied bins of a kind of winner's conditional means: draws, mean, sd and skewness. */
        List<double[]> bins(int label) {
            var occupied = new ArrayList<double[]>();
            double[] b = bins[label];
            for (int i = 0; i < b.length; i += 4) {
                if (b[i] > 0) {
                    occupied.add(new double[] {b[i], b[i + 1] / b[i], b[i + 2] / b[i], b[i + 3] / b[i]});
                }
            }
            return occupied;
        }

        static SeatTotals mixture(List<double[]> bins, int draws, int seats, double mean) {
            return new SeatTotals(
                    mean,
                    quantile(bins, draws, seats, 0.5),
                    quantile(bins, draws, seats, 0.05),
                    quantile(bins, draws, seats, 0.95));
        }

        /** The smallest whole number of seats at which the mixture's distribution reaches q. */
        private static double quantile(List<double[]> bins, int draws, int seats, double q) {
            // start from where the conditional means alone put it, then step to the crossing
            double seen = 0;
            int k = 0;
            for (double[] bin : bins) {
                seen += bin[0];
                if (seen >= q * draws) {
                    k = (int) Math.round(bin[1]);
                    break;
                }
            }
            k = Math.max(0, Math.min(seats, k));
            while (k > 0 && cdf(bins, draws, k - 1) >= q) {
                k--;
            }
            while (k < seats && cdf(bins, draws, k) < q) {
                k++;
            }
            return k;
        }

        static double cdf(List<double[]> bins, int draws, int k) {
            double sum = 0;
            for (double[] bin : bins) {
                double x = (k + 0.5 - bin[1]) / Math.max(bin[2], 1e-9);
                double value = Gaussian.cdf(x);
                if (x > -Gaussian.LIMIT && x < Gaussian.LIMIT) {
                    value += bin[3] * (1 - x * x) * Gaussian.density(x) / 6;
                }
                sum += bin[0] * Math.max(0, Math.min(1, value));
            }
            return sum / draws;
        }
    }

    /** One chunk's working arrays for a block of draws. */
    private static final class Work {
        final Plan plan;
        final Setup setup;
        final int kinds = WINNERS.size();
        final int regions;
        /** Each contender's error per draw (national plus regional), region × slot × draw. */
        final float[] errors;

        final double[] national = new double[ShareVector.SIZE];
        final double[] mean = new double[kinds * BLOCK];
        final double[] variance = new double[kinds * BLOCK];
        final double[] skew = new double[kinds * BLOCK];
        final int[] won = new int[kinds * BLOCK];
        final long[] best = new long[BLOCK];
        /** For groups with exactly counted contenders, the cell each draw fell in. */
        final int[][] cells;
        /** Per exactly counted kind of winner, the groups (and their slots) it contends in. */
        final List<List<int[]>> exactIn = new ArrayList<>();

        final double[] pmf;
        /** Where the working distribution's non-negligible probabilities begin. */
        int low;

        final double[] poissonTerms = new double[64];

        Work(Plan plan) {
            this.plan = plan;
            this.setup = plan.setup();
            this.regions = setup.u.regional() > 0 ? setup.regions : 1;
            this.errors = new float[regions * ShareVector.SIZE * BLOCK];
            this.cells = new int[plan.groups().size()][];
            for (int l = 0; l < kinds; l++) {
                exactIn.add(new ArrayList<>());
            }
            for (int g = 0; g < cells.length; g++) {
                Group group = plan.groups().get(g);
                if (group.exactSlots.length > 0) {
                    cells[g] = new int[BLOCK];
                    for (int e = 0; e < group.exactSlots.length; e++) {
                        exactIn.get(group.labels[group.exactSlots[e]]).add(new int[] {g, e});
                    }
                }
            }
            this.pmf = new double[setup.seats + 2];
        }

        void run(SplittableRandom stream, int count, Accumulator acc) {
            var normal = new StandardNormal(stream);
            draw(normal, count);
            for (int l = 0; l < kinds; l++) {
                Arrays.fill(mean, l * BLOCK, (l + 1) * BLOCK, setup.constMean[l]);
                Arrays.fill(variance, l * BLOCK, (l + 1) * BLOCK, setup.constVar[l]);
                Arrays.fill(skew, l * BLOCK, (l + 1) * BLOCK, setup.constSkew[l]);
            }
            Arrays.fill(won, 0);
            float inverse = (float) (1 / setup.u.seat());
            List<Group> groups = plan.groups();
            for (int g = 0; g < groups.size(); g++) {
                Group group = groups.get(g);
                if (group.slots.length == 2) {
                    pair(group, count, inverse, cells[g]);
                } else {
                    triple(group, count, inverse, cells[g]);
                }
            }
            for (SampledSeat seat : plan.sampled()) {
                sample(seat, count, normal);
            }
            for (int l = 0; l < kinds; l++) {
                if (setup.exact[l]) {
                    convolve(l, count, acc.histogram[l]);
                } else if (setup.reported(l)) {
                    bin(l, count, acc.bins[l]);
                }
            }
        }

        /** The national errors, and each region's, for every draw of the block: two normals per random number. */
        private void draw(StandardNormal normal, int count) {
            Uncertainty u = setup.u;
            int slots = ShareVector.SIZE;
            for (int k = 0; k < count; k++) {
                for (int p = 0; p < slots; p += 2) {
                    long bits = normal.nextLong();
                    national[p] = u.national() * normal.fromBits((int) (bits >>> 32));
                    national[p + 1] = u.national() * normal.fromBits((int) bits);
                }
                for (int r = 0; r < regions; r++) {
                    int at = r * slots * BLOCK + k;
                    for (int p = 0; p < slots; p += 2) {
                        double one = national[p];
                        double two = national[p + 1];
                        if (u.regional() > 0) {
                            long bits = normal.nextLong();
                            one += u.regional() * normal.fromBits((int) (bits >>> 32));
                            two += u.regional() * normal.fromBits((int) bits);
                        }
                        errors[at + p * BLOCK] = (float) one;
                        errors[at + (p + 1) * BLOCK] = (float) two;
                    }
                }
            }
        }

        private int errorsAt(int region, int slot) {
            return ((region < 0 || regions == 1 ? 0 : region) * ShareVector.SIZE + slot) * BLOCK;
        }

        private void pair(Group g, int count, float inverse, int[] cellOf) {
            int ep = errorsAt(g.region, g.slots[0]);
            int eq = errorsAt(g.region, g.slots[1]);
            int lp = g.labels[0] * BLOCK;
            int lq = g.labels[1] * BLOCK;
            float[] f = g.grid;
            float[] e = errors;
            float offset = (float) (0.5 - g.from / g.step);
            float scale = (float) (1 / g.step) * inverse;
            float last = g.cells - 0.5f;
            for (int k = 0; k < count; k++) {
                float x = (e[eq + k] - e[ep + k]) * scale + offset;
                int cell = (int) Math.max(0f, Math.min(last, x));
                int at = cell * 6;
                mean[lp + k] += f[at];
                mean[lq + k] += f[at + 1];
                variance[lp + k] += f[at + 2];
                variance[lq + k] += f[at + 3];
                skew[lp + k] += f[at + 4];
                skew[lq + k] += f[at + 5];
                if (cellOf != null) {
                    cellOf[k] = cell;
                }
            }
        }

        private void triple(Group g, int count, float inverse, int[] cellOf) {
            int ep = errorsAt(g.region, g.slots[0]);
            int eq = errorsAt(g.region, g.slots[1]);
            int er = errorsAt(g.region, g.slots[2]);
            int lp = g.labels[0] * BLOCK;
            int lq = g.labels[1] * BLOCK;
            int lr = g.labels[2] * BLOCK;
            float[] f = g.grid;
            float[] e = errors;
            float offset = (float) (0.5 - g.from / g.step);
            float scale = (float) (1 / g.step) * inverse;
            int n = g.cells;
            float last = n - 0.5f;
            float size = (float) g.size;
            for (int k = 0; k < count; k++) {
                float base = e[ep + k];
                float x = (e[eq + k] - base) * scale + offset;
                float y = (e[er + k] - base) * scale + offset;
                int cell = (int) Math.max(0f, Math.min(last, x)) * n + (int) Math.max(0f, Math.min(last, y));
                int at = cell * 8;
                float p1 = f[at];
                float p2 = f[at + 1];
                mean[lp + k] += p1;
                mean[lq + k] += p2;
                mean[lr + k] += size - p1 - p2;
                variance[lp + k] += f[at + 2];
                variance[lq + k] += f[at + 3];
                variance[lr + k] += f[at + 4];
                skew[lp + k] += f[at + 5];
                skew[lq + k] += f[at + 6];
                skew[lr + k] += f[at + 7];
                if (cellOf != null) {
                    cellOf[k] = cell;
                }
            }
        }

        /** A seat whose errors are drawn: each contender's share, kept where it leads, as a plain simulation does. */
        private void sample(SampledSeat seat, int count, StandardNormal normal) {
            float sd = (float) setup.u.seat();
            Arrays.fill(best, 0, count, Long.MIN_VALUE);
            float[] e = errors;
            for (int c = 0; c < seat.slots().length; c++) {
                int at = errorsAt(seat.region(), seat.slots()[c]);
                float centre = (float) seat.means()[c];
                int label = seat.labels()[c];
                int k = 0;
                for (; k + 1 < count; k += 2) {
                    long bits = normal.nextLong();
                    float one = centre + e[at + k] + sd * (float) normal.fromBits((int) (bits >>> 32));
                    float two = centre + e[at + k + 1] + sd * (float) normal.fromBits((int) bits);
                    best[k] = Math.max(best[k], ranked(one, label));
                    best[k + 1] = Math.max(best[k + 1], ranked(two, label));
                }
                for (; k < count; k++) {
                    float share = centre + e[at + k] + sd * (float) normal.next();
                    best[k] = Math.max(best[k], ranked(share, label));
                }
            }
            for (int k = 0; k < count; k++) {
                won[(int) (best[k] & 15) * BLOCK + k]++;
            }
        }

        /**
         * A share and its winner's kind packed into one long that orders as the share does: shares
         * are offset to be positive (whose IEEE bits order as integers) and the kind takes the
         * lowest four bits, far below any difference that matters.
         */
        private static long ranked(float share, int label) {
            return ((long) Float.floatToRawIntBits(share + 8f) << 4) | label;
        }

        /**
         * Each draw's exact distribution of a kind of winner's total: its groups' distributions
         * convolved. The working distribution is held between {@code low} and {@code length}, both
         * ends cut where the probabilities are negligible, so that a party's near-certain wins shift it
         * rather than lengthen it.
         */
        private void convolve(int label, int count, double[] histogram) {
            List<int[]> in = exactIn.get(label);
            List<Group> groups = plan.groups();
            int limit = pmf.length;
            for (int k = 0; k < count; k++) {
                low = 0;
                int length = 1;
                pmf[0] = 1;
                double poisson = 0;
                for (int[] at : in) {
                    Group g = groups.get(at[0]);
                    float[] d = g.distributions[at[1]];
                    int cell = cells[at[0]][k];
                    if (g.rare[at[1]]) {
                        poisson += d[cell];
                        continue;
                    }
                    int width = g.widths[at[1]];
                    int base = cell * width;
                    if (d[base] == 1f) {
                        continue; // no chance of a win in this group at this draw
                    }
                    length = convolveWith(length, d, base, width, limit);
                }
                if (poisson > 0) {
                    length = convolveWithPoisson(length, poisson, limit);
                }
                int shift = won[label * BLOCK + k];
                for (int j = low; j < length && j + shift < histogram.length; j++) {
                    histogram[j + shift] += pmf[j];
                }
                Arrays.fill(pmf, low, length, 0);
            }
        }

        /** Convolves the working distribution, in place, with one of {@code width} values. */
        private int convolveWith(int length, float[] d, int base, int width, int limit) {
            int grown = Math.min(length + width - 1, limit);
            if (width == 2) {
                double q = d[base];
                double p = d[base + 1];
                for (int i = grown - 1; i > low; i--) {
                    pmf[i] = pmf[i] * q + pmf[i - 1] * p;
                }
                pmf[low] *= q;
            } else {
                for (int i = grown - 1; i >= low; i--) {
                    double sum = 0;
                    int from = Math.max(0, i - length + 1);
                    int to = Math.min(width - 1, i - low);
                    for (int j = from; j <= to; j++) {
                        sum += pmf[i - j] * d[base + j];
                    }
                    pmf[i] = sum;
                }
            }
            return trim(grown);
        }

        /** Convolves the working distribution with a Poisson count of the given mean. */
        private int convolveWithPoisson(int length, double lambda, int limit) {
            int terms = 1;
            double term = Math.exp(-lambda);
            poissonTerms[0] = term;
            while (terms < poissonTerms.length && term > NEGLIGIBLE) {
                term *= lambda / terms;
                poissonTerms[terms++] = term;
            }
            int grown = Math.min(length + terms - 1, limit);
            for (int i = grown - 1; i >= low; i--) {
                double sum = 0;
                int from = Math.max(0, i - length + 1);
                int to = Math.min(terms - 1, i - low);
                for (int j = from; j <= to; j++) {
                    sum += pmf[i - j] * poissonTerms[j];
                }
                pmf[i] = sum;
            }
            return trim(grown);
        }

        /** Cuts negligible probabilities from both ends of the working distribution (zeroing them). */
        private int trim(int length) {
            while (length - 1 > low && pmf[length - 1] < NEGLIGIBLE) {
                pmf[--length] = 0;
            }
            while (low < length - 1 && pmf[low] < NEGLIGIBLE) {
                pmf[low++] = 0;
            }
            return length;
        }

        private void bin(int label, int count, double[] bins) {
            int at = label * BLOCK;
            int top = bins.length / 4 - 1;
            for (int k = 0; k < count; k++) {
                double m = mean[at + k] + won[at + k];
                double v = Math.max(0, variance[at + k]);
                double sd = Math.sqrt(v);
                double gamma = sd > 1e-9 ? skew[at + k] / (v * sd) : 0;
                int i = Math.max(0, Math.min(top, (int) (m * BINS_PER_SEAT))) * 4;
                bins[i] += 1;
                bins[i + 1] += m;
                bins[i + 2] += sd;
                bins[i + 3] += gamma;
            }
        }
    }

    /** Convolves a distribution with independent chances. */
    static double[] convolve(double[] start, List<Double> chances, int seats) {
        var pmf = Arrays.copyOf(start, seats + 1);
        for (double p : chances) {
            for (int j = seats; j > 0; j--) {
                pmf[j] = pmf[j] * (1 - p) + pmf[j - 1] * p;
            }
            pmf[0] *= 1 - p;
        }
        return pmf;
    }

    /** Totals from an exact distribution: its quantiles are the smallest counts reaching 5%, 50% and 95%. */
    static SeatTotals fromPmf(double[] pmf, double mean) {
        return new SeatTotals(mean, quantile(pmf, 0.5), quantile(pmf, 0.05), quantile(pmf, 0.95));
    }

    private static IntToDoubleFunction cumulative(double[] pmf) {
        var cdf = new double[pmf.length];
        double seen = 0;
        for (int k = 0; k < pmf.length; k++) {
            seen += pmf[k];
            cdf[k] = seen;
        }
        return k -> k < 0 ? 0 : k >= cdf.length ? 1 : cdf[k];
    }

    private static double quantile(double[] pmf, double q) {
        double seen = 0;
        for (int k = 0; k < pmf.length; k++) {
            seen += pmf[k];
            if (seen >= q - 1e-12) {
                return k;
            }
        }
        return pmf.length - 1;
    }
}
