package org.convener.polls.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import org.convener.engine.SeatTotals;
import org.convener.engine.Simulation;
import org.convener.platform.CliCommand;
import org.convener.polls.ProjectionRun;
import org.convener.polls.Projections;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = {
            "Monte Carlo simulation of the 631 GB seats (the Speaker's left out) from the 2024 result.",
            "Errors default to 2 points national, 0 regional and 3 per seat; \"seconds\" times the",
            "projection and simulation from the loaded baseline; \"startupSeconds\" the JVM, the database and",
            "compiling the simulation code before it."
        })
class SimulateCommand implements CliCommand, Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions options;

    @Option(names = "--json", description = "Print JSON with every seat's win probabilities.")
    boolean json;

    private final Projections projections;
    private final ObjectMapper mapper;

    SimulateCommand(Projections projections, ObjectMapper mapper) {
        this.projections = projections;
        this.mapper = mapper;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (options.sims == null) {
            options.sims = 100_000;
        }
        var scenario = options.scenario(null, projections.settings(), 0);
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
