package org.convener.polls.cli;

import org.convener.engine.ShareVector;
import org.convener.engine.SwingModel;
import org.convener.engine.Uncertainty;
import org.convener.polls.ProjectionSettings;
import org.convener.polls.Scenario;
import picocli.CommandLine.Option;

/** The options that describe a scenario, shared by the projection commands. */
class ScenarioOptions {

    @Option(
            names = "--shares",
            paramLabel = "SHARES",
            converter = OptionValues.Shares.class,
            description = "GB shares in percent by House of Commons Library code, e.g."
                    + " \"Con=18,Lab=22,LD=12,RUK=30,Green=10,SNP=2.5,PC=0.7\"; Oth takes the rest.")
    String shares;

    @Option(
            names = "--model",
            paramLabel = "MODEL",
            converter = OptionValues.Model.class,
            description = "uns (uniform national swing), ps (proportional swing), tm (transition model) or stm"
                    + " (strong transition model). Default: tm, or CONVENER_PROJECTION_MODEL.")
    String model;

    @Option(
            names = "--by-nation",
            description = "Carry the GB shares into England, Scotland and Wales before swinging, so that the SNP's"
                    + " and Plaid Cymru's change lands where they stand.")
    boolean byNation;

    @Option(names = "--tactical", description = "Apply the tactical-voting adjustment (see docs/models.md).")
    boolean tactical;

    @Option(
            names = "--national-sd",
            paramLabel = "POINTS",
            converter = OptionValues.Points.class,
            description = "National error per party (a standard deviation, in points)."
                    + " Default: 2, or CONVENER_PROJECTION_NATIONAL_SD.")
    Double nationalSd;

    @Option(
            names = "--regional-sd",
            paramLabel = "POINTS",
            converter = OptionValues.Points.class,
            description = "Regional error per region and party, in points."
                    + " Default: 1, or CONVENER_PROJECTION_REGIONAL_SD.")
    Double regionalSd;

    @Option(
            names = "--seat-sd",
            paramLabel = "POINTS",
            converter = OptionValues.Points.class,
            description = "Seat error per seat and party, in points. Default: 3, or CONVENER_PROJECTION_SEAT_SD.")
    Double seatSd;

    @Option(
            names = "--sims",
            paramLabel = "N",
            converter = OptionValues.Sims.class,
            description = "Number of simulations. Default: 100,000 for simulate; for project 20,000, or"
                    + " CONVENER_PROJECTION_SIMS.")
    Integer sims;

    @Option(
            names = "--seed",
            paramLabel = "SEED",
            defaultValue = "1",
            description = "Random seed: the same seed gives the same answer. Default: ${DEFAULT-VALUE}.")
    long seed;

    /** The scenario these options describe, with {@code fallback} shares and settings where not given. */
    Scenario scenario(ShareVector fallback, ProjectionSettings settings, double defaultRegionalSd) {
        ShareVector target = shares == null ? fallback : ShareVector.parse(shares);
        if (target == null) {
            throw new IllegalArgumentException("give --shares, or import polls for a poll average");
        }
        var uncertainty = new Uncertainty(
                points(nationalSd, settings.nationalSd()),
                points(regionalSd, defaultRegionalSd),
                points(seatSd, settings.seatSd()));
        return new Scenario(
                target,
                model == null ? settings.swingModel() : SwingModel.ofCode(model),
                byNation,
                tactical,
                uncertainty,
                sims == null ? settings.sims() : sims,
                seed);
    }

    private static double points(Double given, double fallback) {
        return (given == null ? fallback : given) / 100;
    }
}
