package org.convener.polls;

import org.convener.engine.PollAverage;
import org.convener.engine.SwingModel;
import org.convener.engine.Uncertainty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults for projections: the model, the errors simulations add (in points) and how polls are
 * averaged.
 *
 * @param model the default model
 * @param nationalSd points of national error per party
 * @param regionalSd points of regional error per region and party
 * @param seatSd points of error per seat and party
 * @param sims simulations for pages and for {@code project}
 * @param halfLifeDays a poll's weight halves every this many days
 * @param windowDays polls older than this are left out
 * @param sampleCap sample sizes above this count as this
 * @param maxSims the most simulations one projection may run, on a page or the command line: the one
 *     limit, which bounds what a visitor can make the server do ({@code CONVENER_PROJECTION_MAX_SIMS})
 * @param concurrentRuns projections the web pages simulate at once; others wait their turn
 * @param queuedRuns projections that may wait for a turn; beyond them a visitor is asked to come back
 */
@ConfigurationProperties("convener.projection")
public record ProjectionSettings(
        @DefaultValue("tm") String model,
        @DefaultValue("2") double nationalSd,
        @DefaultValue("1") double regionalSd,
        @DefaultValue("3") double seatSd,
        @DefaultValue("20000") int sims,
        @DefaultValue("14") double halfLifeDays,
        @DefaultValue("28") int windowDays,
        @DefaultValue("3000") int sampleCap,
        @DefaultValue("200000") int maxSims,
        @DefaultValue("1") int concurrentRuns,
        @DefaultValue("4") int queuedRuns) {

    /** Fewer simulations than this give chances too rough to show. */
    public static final int MIN_SIMS = 1_000;

    public ProjectionSettings {
        if (maxSims < MIN_SIMS) {
            throw new IllegalArgumentException("convener.projection.max-sims must be at least " + MIN_SIMS);
        }
        if (concurrentRuns < 1 || queuedRuns < 0) {
            throw new IllegalArgumentException(
                    "convener.projection.concurrent-runs must be at least 1 and queued-runs at least 0");
        }
        checkSims(sims, maxSims);
    }

    /** @throws IllegalArgumentException unless {@code sims} is within the one limit on simulations */
    public void checkSims(int sims) {
        checkSims(sims, maxSims);
    }

    private static void checkSims(int sims, int max) {
        if (sims < MIN_SIMS || sims > max) {
            throw new IllegalArgumentException(String.format(
                    "the number of simulations must be between %,d and %,d; %,d were asked for", MIN_SIMS, max, sims));
        }
    }

    public SwingModel swingModel() {
        return SwingModel.ofCode(model);
    }

    public Uncertainty uncertainty() {
        return new Uncertainty(nationalSd / 100, regionalSd / 100, seatSd / 100);
    }

    public PollAverage.Settings averaging() {
        return new PollAverage.Settings(halfLifeDays, windowDays, sampleCap);
    }
}
