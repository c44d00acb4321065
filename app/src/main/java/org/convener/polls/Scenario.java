package org.convener.polls;

import org.convener.engine.ModelOptions;
import org.convener.engine.ShareVector;
import org.convener.engine.SwingModel;
import org.convener.engine.TacticalVoting;
import org.convener.engine.Targets;
import org.convener.engine.Uncertainty;

/**
 * What a projection is asked: target GB shares and how to carry them into seats and simulate.
 *
 * @param byNation carry GB shares into England, Scotland and Wales first (see {@link Targets#byNation})
 * @param tactical apply the tactical-voting adjustment
 * @param sims how many simulations; {@link ProjectionSettings#checkSims} says how many may be run
 */
public record Scenario(
        ShareVector shares,
        SwingModel model,
        boolean byNation,
        boolean tactical,
        Uncertainty uncertainty,
        int sims,
        long seed) {

    public Targets targets() {
        return byNation ? Targets.byNation(shares) : Targets.national(shares);
    }

    public ModelOptions options() {
        return tactical ? ModelOptions.DEFAULTS.withTactical(TacticalVoting.DEFAULT) : ModelOptions.DEFAULTS;
    }
}
