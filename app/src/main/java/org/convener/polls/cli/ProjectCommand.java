package org.convener.polls.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.convener.engine.Party;
import org.convener.engine.PollAverage;
import org.convener.engine.SeatTotals;
import org.convener.platform.CliCommand;
import org.convener.polls.ProjectionRun;
import org.convener.polls.Projections;
import org.convener.seats.Seat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "project",
        mixinStandardHelpOptions = true,
        description = {
            "Projects the next election from the current poll average or typed shares.",
            "Projects the 2024 result to the shares given with --shares or, without them, to the current poll"
                    + " average, and simulates it: prints each party's seats with their 5%%–95%% range and the"
                    + " seats changing hands, each with its chance. Northern Ireland and the Speaker's seat"
                    + " are held as in 2024."
        })
class ProjectCommand implements CliCommand, Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions options;

    @Option(
            names = "--json",
            description = "Print JSON: the shares (and the polls averaged), seat totals, the seats changing hands"
                    + " and every seat's win probabilities.")
    boolean json;

    private final Projections projections;
    private final ObjectMapper mapper;

    ProjectCommand(Projections projections, ObjectMapper mapper) {
        this.projections = projections;
        this.mapper = mapper;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PollAverage average =
                options.shares == null ? projections.currentAverage().orElse(null) : null;
        var settings = projections.settings();
        var scenario = options.scenario(average == null ? null : average.shares(), settings, settings.regionalSd());
        ProjectionRun run = projections.run(scenario);
        var changes = changes(run);
        if (json) {
            var result = new LinkedHashMap<String, Object>();
            result.put("model", scenario.model().code());
            result.put("shares", Json.percentages(scenario.shares()));
            if (average != null) {
                result.put("pollAverage", pollAverage(average));
            }
            result.put("sims", scenario.sims());
            result.put("uncertainty", Json.uncertainty(run));
            result.put("seats", byCode(run.projection().seatsWon()));
            result.put("heldSeats", byCode(run.heldSeats()));
            result.put("seatTotals", Json.seatTotals(run));
            result.put("changes", changes);
            result.put("winProbability", Json.winProbabilities(run));
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(result));
            return 0;
        }
        if (average != null) {
            out.printf(
                    "Poll average of %d polls to %s: %s%n", average.polls().size(), average.asOf(), average.shares());
        } else {
            out.println("Shares: " + scenario.shares());
        }
        out.printf("%s, %,d simulations (%.2f s)%n", scenario.model().displayName(), scenario.sims(), run.seconds());
        out.printf("  %-6s %9s %8s %12s%n", "party", "projected", "median", "5%–95%");
        Map<Party, Integer> won = run.projection().seatsWon();
        run.simulation().totals().entrySet().stream()
                .sorted((a, b) ->
                        Double.compare(b.getValue().mean(), a.getValue().mean()))
                .filter(e -> e.getValue().p95() > 0 || won.getOrDefault(e.getKey(), 0) > 0)
                .forEach(e -> {
                    SeatTotals t = e.getValue();
                    out.printf(
                            "  %-6s %9d %8.0f %12s%n",
                            e.getKey().code(),
                            won.getOrDefault(e.getKey(), 0),
                            t.median(),
                            String.format("%.0f–%.0f", t.p05(), t.p95()));
                });
        out.printf("Held as in 2024 (Northern Ireland and the Speaker): %s%n", byCode(run.heldSeats()));
        out.printf("%d seats change hands from 2024:%n", changes.size());
        for (var change : changes) {
            out.printf(
                    "  %-45s %-5s -> %-5s %5.0f%%%n",
                    change.get("name"), change.get("from"), change.get("to"), 100 * (double) change.get("probability"));
        }
        return 0;
    }

    private static java.util.List<Map<String, Object>> changes(ProjectionRun run) {
        var changes = new ArrayList<Map<String, Object>>();
        for (int s = 0; s < run.seats().size(); s++) {
            Seat seat = run.seats().get(s);
            Party to = run.projection().winner(s);
            if (to != seat.winner().inGbModel()) {
                var change = new LinkedHashMap<String, Object>();
                change.put("code", seat.code());
                change.put("name", seat.name());
                change.put("from", seat.winner().code());
                change.put("to", to.code());
                change.put("probability", run.simulation().winProbability(s, to));
                changes.add(change);
            }
        }
        changes.sort((a, b) -> Double.compare((double) b.get("probability"), (double) a.get("probability")));
        return changes;
    }

    private static Map<String, Object> pollAverage(PollAverage average) {
        var map = new LinkedHashMap<String, Object>();
        map.put("asOf", average.asOf().toString());
        map.put("halfLifeDays", average.settings().halfLifeDays());
        map.put("windowDays", average.settings().windowDays());
        var polls = new ArrayList<Map<String, Object>>();
        for (var used : average.polls()) {
            var poll = new LinkedHashMap<String, Object>();
            poll.put("pollster", used.poll().pollster());
            poll.put("fieldworkEnd", used.poll().fieldworkEnd().toString());
            poll.put("sampleSize", used.poll().sampleSize());
            poll.put("weight", Json.round(used.weight(), 4));
            polls.add(poll);
        }
        map.put("polls", polls);
        return map;
    }

    private static Map<String, Integer> byCode(Map<Party, Integer> counts) {
        var map = new LinkedHashMap<String, Integer>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<Party, Integer>comparingByValue().reversed())
                .forEach(e -> map.put(e.getKey().code(), e.getValue()));
        return map;
    }
}
