package org.convener.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A poll average as of a date: each pollster's latest national poll within a window, weighted by
 * how recent it is (halving every {@code halfLifeDays}) and by its sample size (capped, so one
 * very large online panel does not drown the rest). MRP seat models are left out.
 *
 * @param shares the average, scaled so the parties sum to 100%
 * @param polls the polls used, with their weights, most recent first
 */
public record PollAverage(LocalDate asOf, ShareVector shares, List<WeightedPoll> polls, Settings settings) {

    /**
     * @param halfLifeDays days after which a poll's weight halves
     * @param windowDays how far back to look
     * @param sampleCap sample sizes above this count as this
     */
    public record Settings(double halfLifeDays, int windowDays, int sampleCap) {

        public static final Settings DEFAULTS = new Settings(14, 28, 3000);

        public Settings {
            if (!(halfLifeDays > 0)) {
                throw new IllegalArgumentException("the half-life must be more than zero days");
            }
            if (windowDays < 1) {
                throw new IllegalArgumentException("the window must be at least one day");
            }
            if (sampleCap < 1) {
                throw new IllegalArgumentException("the sample cap must be at least one respondent");
            }
        }
    }

    /** A poll and its share of the average's weight (the weights sum to one). */
    public record WeightedPoll(Poll poll, double weight) {}

    public PollAverage {
        polls = List.copyOf(polls);
    }

    /**
     * The average of {@code polls} as of {@code asOf}, fieldwork ending on that day counting.
     *
     * @throws IllegalArgumentException when no national poll ended within the window
     */
    public static PollAverage of(List<Poll> polls, LocalDate asOf, Settings settings) {
        Objects.requireNonNull(asOf, "asOf");
        LocalDate earliest = asOf.minusDays(settings.windowDays() - 1L);
        var latest = new LinkedHashMap<String, Poll>();
        polls.stream()
                .filter(p -> !p.mrp())
                .filter(p ->
                        !p.fieldworkEnd().isAfter(asOf) && !p.fieldworkEnd().isBefore(earliest))
                .sorted(Comparator.comparing(Poll::fieldworkEnd)
                        .thenComparing(p -> p.sampleSize() == null ? 0 : p.sampleSize())
                        .reversed())
                .forEach(p -> latest.putIfAbsent(p.pollster().trim().toLowerCase(java.util.Locale.ROOT), p));
        if (latest.isEmpty()) {
            throw new IllegalArgumentException(
                    "no national poll ended in the " + settings.windowDays() + " days to " + asOf);
        }
        List<Integer> samples = latest.values().stream()
                .map(Poll::sampleSize)
                .filter(Objects::nonNull)
                .sorted()
                .toList();
        int typicalSample = samples.isEmpty() ? settings.sampleCap() : samples.get(samples.size() / 2);

        var weights = new LinkedHashMap<Poll, Double>();
        double total = 0;
        for (Poll poll : latest.values()) {
            double days = ChronoUnit.DAYS.between(poll.fieldworkEnd(), asOf);
            int sample = Math.min(settings.sampleCap(), poll.sampleSize() == null ? typicalSample : poll.sampleSize());
            double weight = Math.pow(0.5, days / settings.halfLifeDays()) * sample;
            weights.put(poll, weight);
            total += weight;
        }

        var averaged = new double[ShareVector.SIZE];
        for (int i = 0; i < averaged.length; i++) {
            Party party = Party.GB_MODEL.get(i);
            double sum = 0;
            double reporting = 0;
            for (var entry : weights.entrySet()) {
                Double share = entry.getKey().shares().get(party);
                if (share != null) {
                    sum += entry.getValue() * share;
                    reporting += entry.getValue();
                }
            }
            averaged[i] = reporting > 0 ? sum / reporting : 0;
        }
        double scale = 0;
        for (double v : averaged) {
            scale += v;
        }
        if (scale <= 0) {
            throw new IllegalArgumentException("the polls in the window report no shares");
        }
        for (int i = 0; i < averaged.length; i++) {
            averaged[i] /= scale;
        }
        var used = new ArrayList<WeightedPoll>();
        final double sumOfWeights = total;
        weights.forEach((poll, weight) -> used.add(new WeightedPoll(poll, weight / sumOfWeights)));
        return new PollAverage(asOf, ShareVector.of(averaged), used, settings);
    }

    /** The average's value for each date in turn, for a chart of the trend. */
    public static List<PollAverage> series(
            List<Poll> polls, LocalDate from, LocalDate to, int everyDays, Settings settings) {
        var series = new ArrayList<PollAverage>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(everyDays)) {
            try {
                series.add(of(polls, day, settings));
            } catch (IllegalArgumentException noPolls) {
                // a gap in polling: the chart shows none for that day
            }
        }
        return series;
    }

    public Map<Party, Double> asMap() {
        return shares.asMap();
    }
}
