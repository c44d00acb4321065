package org.convener.polls.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.convener.engine.Backtest;
import org.convener.engine.ElectionFiles;
import org.convener.engine.ModelSelection;
import org.convener.engine.Party;
import org.convener.engine.SwingModel;
import org.convener.platform.CliCommand;
import org.convener.platform.OptionsCheck;
import org.convener.platform.Workspace;
import org.convener.polls.Projections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "backtest",
        mixinStandardHelpOptions = true,
        description = {
            "Tests the models out of sample: notional 2019 to 2024, and 2017 to 2019, seat by seat.",
            "Projects an earlier result with each region's actual shares at the later election (a perfect"
                    + " poll), knowing who stood where, and compares the projected winners with the seats"
                    + " actually won. Every setting (the tactical-voting fraction and margin, the strong"
                    + " transition model's threshold) is chosen on notional 2019 to 2024 and used unchanged on"
                    + " any other pair (see docs/models.md).",
            "Without --model, shows every model with and without tactical voting: in sample, leaving one"
                    + " region out, and on 2017 to 2019 (from the House of Commons Library's files in the data"
                    + " directory), and the default the evidence recommends. With --model, that model's seats"
                    + " by party; --json gives every seat's projected winner (of the recommended model when"
                    + " --model is not given).",
            "--from and --to score any two Library results files by constituency on the same boundaries,"
                    + " such as HoC-GE2017-results-by-constituency.csv and HoC-GE2019-results-by-constituency.csv."
        })
class BacktestCommand implements CliCommand, OptionsCheck, Callable<Integer> {

    static final String FILE_2017 = "HoC-GE2017-results-by-constituency.csv";
    static final String FILE_2019 = "HoC-GE2019-results-by-constituency.csv";

    @Spec
    CommandSpec spec;

    @Option(
            names = "--model",
            paramLabel = "MODEL",
            converter = OptionValues.Model.class,
            description = "uns (uniform swing), ps (proportional swing), tm (transition model) or stm"
                    + " (strong transition model); each area is a region.")
    String model;

    @Option(
            names = "--tactical",
            description = "Apply the tactical-voting adjustment with the settings chosen on notional 2019 to 2024.")
    boolean tactical;

    @Option(names = "--json", description = "Print JSON with every seat's predicted winner.")
    boolean json;

    @Option(
            names = "--from",
            paramLabel = "FILE",
            description = "The earlier election: a House of Commons Library results file by constituency.")
    Path from;

    @Option(names = "--to", paramLabel = "FILE", description = "The later election, on the same boundaries as --from.")
    Path to;

    private final Projections projections;
    private final ObjectMapper mapper;
    private final Workspace workspace;

    BacktestCommand(Projections projections, ObjectMapper mapper, Workspace workspace) {
        this.projections = projections;
        this.mapper = mapper;
        this.workspace = workspace;
    }

    @Override
    public void checkOptions() {
        if ((from == null) != (to == null)) {
            throw new ParameterException(spec.commandLine(), "--from and --to go together: give both files");
        }
        for (Path file : new Path[] {from, to}) {
            if (file != null && !Files.isReadable(file)) {
                throw new ParameterException(spec.commandLine(), "no such file: " + file);
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Backtest.Pair training = projections.backtestPair();
        if (from == null && model == null && !json) {
            table(out, training);
            return 0;
        }
        Backtest.Pair pair = from == null ? training : ElectionFiles.pair(from, to);
        ModelSelection.Row row = model == null
                ? ModelSelection.recommended(ModelSelection.evaluate(training, null))
                : ModelSelection.row(training, null, SwingModel.ofCode(model), tactical);
        Backtest b = Backtest.run(pair, row.model(), row.chosen().options());
        if (json) {
            var result = new LinkedHashMap<String, Object>();
            result.put("model", row.model().code());
            result.put("tactical", row.tactical());
            result.put("settings", row.chosen().describe());
            result.put("correct", b.correct());
            result.put("seats", b.seats());
            result.put("accuracy", Json.round(b.accuracy(), 4));
            result.put("meanAbsoluteSeatError", Json.round(b.meanAbsoluteSeatError(), 3));
            var byParty = new LinkedHashMap<String, Object>();
            for (Party party : Party.GB_MODEL) {
                var counts = new LinkedHashMap<String, Integer>();
                counts.put("predicted", b.predictedSeats().getOrDefault(party, 0));
                counts.put("actual", b.actualSeats().getOrDefault(party, 0));
                byParty.put(party.code(), counts);
            }
            result.put("seatsByParty", byParty);
            var predictions = new LinkedHashMap<String, String>();
            b.predictions().forEach((code, party) -> predictions.put(code.value(), party.code()));
            result.put("predictions", predictions);
            out.println(mapper.writeValueAsString(result));
            return 0;
        }
        out.printf(
                "%s%s (%s): %d of %d seats called correctly (%.1f%%)%n",
                row.model().displayName(),
                row.tactical() ? " with tactical voting" : "",
                row.chosen().describe(),
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

    private void table(PrintWriter out, Backtest.Pair training) {
        Optional<Backtest.Pair> other = workspace
                .findDataDir(null)
                .filter(dir -> Files.isReadable(dir.resolve(FILE_2017)) && Files.isReadable(dir.resolve(FILE_2019)))
                .map(dir -> ElectionFiles.pair(dir.resolve(FILE_2017), dir.resolve(FILE_2019)));
        List<ModelSelection.Row> rows = ModelSelection.evaluate(training, other.orElse(null));
        out.printf(
                "%-26s %-8s %-18s %-18s %-18s%n",
                "model", "tactical", "in sample", "leave region out", other.isPresent() ? "2017 to 2019" : "");
        out.printf(
                "%-26s %-8s %-18s %-18s %-18s%n",
                "",
                "",
                "2019 to 2024",
                "2019 to 2024",
                other.map(p -> "of " + p.size() + " seats").orElse(""));
        for (ModelSelection.Row row : rows) {
            out.printf(
                    "%-26s %-8s %-18s %-18s %-18s%n",
                    row.model().displayName(),
                    row.tactical() ? "yes" : "no",
                    cell(row.inSample()),
                    cell(row.leaveOneRegionOut()),
                    row.otherElection() == null ? "" : cell(row.otherElection()));
        }
        out.println("Each cell: seats called correctly of " + training.size()
                + " (2019 to 2024), per cent, and seat error (mean over the parties of |projected − actual| seats).");
        for (ModelSelection.Row row : rows) {
            if (row.tactical() || row.model() == SwingModel.STM) {
                out.printf(
                        "Settings chosen on 2019 to 2024 for %s%s: %s%n",
                        row.model().code(),
                        row.tactical() ? " with tactical voting" : "",
                        row.chosen().describe());
            }
        }
        ModelSelection.Row best = ModelSelection.recommended(rows);
        out.printf(
                "Recommended (most seats called correctly leaving one region out): %s%s, %s%n",
                best.model().displayName(),
                best.tactical() ? " with tactical voting" : "",
                best.chosen().describe());
        if (other.isEmpty()) {
            out.println("The 2017 and 2019 files (" + FILE_2017 + ", " + FILE_2019
                    + ") were not found in the data directory, so that column is empty.");
        }
    }

    private static String cell(ModelSelection.Score score) {
        return String.format(
                Locale.ROOT, "%d %5.1f%% %5.2f", score.correct(), 100 * score.accuracy(), score.seatError());
    }
}
