/**
 * Published GB polls, their average, and projections of the next election from them: swing and
 * transition models, Monte Carlo win probabilities, sweeps and the backtest.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"engine", "platform", "platform::audit", "platform::imports", "seats", "shared"})
package org.convener.polls;
