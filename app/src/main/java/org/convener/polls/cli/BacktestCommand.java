package org.convener.polls.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import org.convener.engine.Backtest;
import org.convener.engine.Party;
import org.convener.engine.SwingModel;
import org.convener.platform.CliCommand;
import org.convener.polls.Projections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "backtest",
        mixinStandardHelpOptions = true,
        description = {
            "Tests the models on the 2024 election, seat by seat.",
            "Projects the notional 2019 result of the 632 seats of Great Britain with each region's actual"
                    + " 2024 shares (a perfect poll) and compares the projected winners with the seats"
                    + " actually won.",
            "Without --model, shows every model with and without the tactical-voting adjustment; with"
                    + " --model, that model's seats by party. --json gives every seat's projected winner (of"
                    + " the default model, tm or CONVENER_PROJECTION_MODEL, when --model is not given)."
        })
class BacktestCommand implements CliCommand, Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--model",
            paramLabel = "MODEL",
            converter = OptionValues.Model.class,
            description = "uns (uniform national swing), ps (proportional swing), tm (transition model) or stm"
                    + " (strong transition model).")
    String model;

    @Option(names = "--tactical", description = "Apply the tactical-voting adjustment (see docs/models.md).")
    boolean tactical;

    @Option(names = "--json", description = "Print JSON with every seat's predicted winner.")
    boolean json;

    private final Projections projections;
    private final ObjectMapper mapper;

    BacktestCommand(Projections projections, ObjectMapper mapper) {
        this.projections = projections;
        this.mapper = mapper;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (model == null && !json) {
            out.printf("%-26s %-9s %8s %9s %10s%n", "model", "tactical", "correct", "of 632", "seat error");
            for (SwingModel m : SwingModel.values()) {
                for (boolean t : new boolean[] {false, true}) {
                    Backtest b = projections.backtest(m, t);
                    out.printf(
                            "%-26s %-9s %8d %8.1f%% %10.2f%n",
                            m.displayName(),
                            t ? "yes" : "no",
                            b.correct(),
                            100 * b.accuracy(),
                            b.meanAbsoluteSeatError());
                }
            }
            out.println("Seat error: mean over the parties of |projected − actual| seats.");
            return 0;
        }
        SwingModel chosen = model == null ? projections.settings().swingModel() : SwingModel.ofCode(model);
        Backtest b = projections.backtest(chosen, tactical);
        if (json) {
            var result = new LinkedHashMap<String, Object>();
            result.put("model", chosen.code());
            result.put("tactical", tactical);
            result.put("correct", b.correct());
            result.put("seats", b.seats());
            result.put("accuracy", Json.round(b.accuracy(), 4));
            result.put("meanAbsoluteSeatError", Json.round(b.meanAbsoluteSeatError(), 3));
            var byParty = new LinkedHashMap<String, Object>();
            for (Party party : Party.GB_MODEL) {
                var row = new LinkedHashMap<String, Integer>();
                row.put("predicted", b.predictedSeats().getOrDefault(party, 0));
                row.put("actual", b.actualSeats().getOrDefault(party, 0));
                byParty.put(party.code(), row);
            }
            result.put("seatsByParty", byParty);
            var predictions = new LinkedHashMap<String, String>();
            b.predictions().forEach((code, party) -> predictions.put(code.value(), party.code()));
            result.put("predictions", predictions);
            out.println(mapper.writeValueAsString(result));
            return 0;
        }
        out.printf(
                "%s%s: %d of %d seats called correctly (%.1f%%)%n",
                chosen.displayName(),
                tactical ? " with tactical voting" : "",
                b.correct(),
                b.seats(),
                100 * b.accuracy());
        out.printf("  %-6s %9s %7s %6s%n", "party", "projected", "actual", "error");
        for (Party party : Party.GB_MODEL) {
            int predicted = b.predictedSeats().getOrDefault(party, 0);
            int actual = b.actualSeats().getOrDefault(party, 0);
            out.printf("  %-6s %9d %7d %6d%n", party.code(), predicted, actual, Math.abs(predicted - actual));
        }
        out.printf("Mean absolute seat error per party: %.2f%n", b.meanAbsoluteSeatError());
        return 0;
    }
}
