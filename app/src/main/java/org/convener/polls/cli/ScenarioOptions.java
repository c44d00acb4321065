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
            description =
                    "GB shares in percent, e.g. \"Con=18,Lab=22,LD=12,RUK=30,Green=10,SNP=2.5,PC=0.7\"; Oth takes the rest.")
    String shares;

    @Option(
            names = "--model",
            paramLabel = "MODEL",
            description = "uns, ps, tm or stm (default: ${DEFAULT-VALUE} from settings).")
    String model;

    @Option(names = "--by-nation", description = "Carry GB shares into England, Scotland and Wales before swinging.")
    boolean byNation;

    @Option(names = "--tactical", description = "Apply the tactical-voting adjustment (off by default).")
    boolean tactical;

    @Option(names = "--national-sd", paramLabel = "POINTS", description = "National error per party, in points.")
    Double nationalSd;

    @Option(
            names = "--regional-sd",
            paramLabel = "POINTS",
            description = "Regional error per region and party, in points.")
    Double regionalSd;

    @Option(names = "--seat-sd", paramLabel = "POINTS", description = "Seat error per seat and party, in points.")
    Double seatSd;

    @Option(names = "--sims", paramLabel = "N", description = "Number of simulations.")
    Integer sims;

    @Option(
            names = "--seed",
            paramLabel = "SEED",
            defaultValue = "1",
            description = "Random seed; the same seed gives the same answer (default ${DEFAULT-VALUE}).")
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
