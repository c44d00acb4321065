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
        @DefaultValue("3000") int sampleCap) {

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
