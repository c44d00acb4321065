package org.convener.polls.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import org.convener.engine.SeatTotals;
import org.convener.engine.Simulation;
import org.convener.platform.CliCommand;
import org.convener.platform.OptionsCheck;
import org.convener.polls.ProjectionRun;
import org.convener.polls.Projections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        customSynopsis = "convener simulate --shares=SHARES [OPTIONS]",
        description = {
            "Simulates the next election in the 631 seats of Great Britain from typed shares.",
            "Projects the 2024 result (the Speaker's seat left out) to the shares given with --shares, then"
                    + " runs Monte Carlo simulations: each adds a national error per party, a regional error"
                    + " per region and party and a seat error per seat and party, and the highest share"
                    + " wins the seat. Prints each party's seat totals; --json adds every seat's win"
                    + " probabilities.",
            "In the JSON, \"seconds\" is the time from the loaded baseline to the answer, and"
                    + " \"startupSeconds\" the time before it: the JVM, the database, loading the seats and"
                    + " compiling the simulation code.",
            "For a projection from the current poll average, use 'convener project'."
        })
class SimulateCommand implements CliCommand, OptionsCheck, Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions options;

    @Option(names = "--json", description = "Print JSON with every seat's win probabilities and the time taken.")
    boolean json;

    private final Projections projections;
    private final ObjectMapper mapper;

    SimulateCommand(Projections projections, ObjectMapper mapper) {
        this.projections = projections;
        this.mapper = mapper;
    }

    @Override
    public void checkOptions() {
        if (options.shares == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "simulate needs --shares, e.g. --shares \"Con=18,Lab=22,LD=12,RUK=30,Green=10,SNP=2.5,PC=0.7\";"
                            + " 'convener project' projects the current poll average");
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (options.sims == null) {
            options.sims = 100_000;
        }
        var scenario = options.scenario(
                null, projections.settings(), projections.settings().regionalSd());
        // start-up: compile the simulation code while the data loads, then start the clock
        var warmUp = new Thread(Simulation::warmUp, "simulation-warm-up");
        warmUp.start();
        projections.baseline2024();
        warmUp.join();
        double startup = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        ProjectionRun run = projections.run(scenario);
        if (json) {
            var result = new LinkedHashMap<String, Object>();
            result.put("sims", scenario.sims());
            result.put("seconds", Json.round(run.seconds(), 4));
            result.put("startupSeconds", Json.round(startup, 3));
            result.put("model", scenario.model().code());
            result.put("seed", scenario.seed());
            result.put("seats", run.seats().size());
            result.put("shares", Json.percentages(scenario.shares()));
            result.put("uncertainty", Json.uncertainty(run));
            result.put("seatTotals", Json.seatTotals(run));
            result.put("winProbability", Json.winProbabilities(run));
            out.println(mapper.writeValueAsString(result));
            return 0;
        }
        out.printf(
                "%,d simulations of %d seats, %s, in %.3f s (start-up %.2f s)%n",
                scenario.sims(),
                run.seats().size(),
                scenario.model().displayName().toLowerCase(),
                run.seconds(),
                startup);
        out.printf("  %-6s %8s %8s %8s %8s%n", "party", "mean", "median", "5%", "95%");
        run.simulation().totals().entrySet().stream()
                .sorted((a, b) ->
                        Double.compare(b.getValue().mean(), a.getValue().mean()))
                .forEach(e -> {
                    SeatTotals t = e.getValue();
                    out.printf(
                            "  %-6s %8.1f %8.0f %8.0f %8.0f%n",
                            e.getKey().code(), t.mean(), t.median(), t.p05(), t.p95());
                });
        out.println("Use --json for every seat's win probabilities.");
        return 0;
    }
}
