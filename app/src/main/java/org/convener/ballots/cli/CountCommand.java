package org.convener.ballots.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.convener.ballots.CountJson;
import org.convener.count.BltFormatException;
import org.convener.count.BltReader;
import org.convener.count.Count;
import org.convener.count.CountingRule;
import org.convener.count.Election;
import org.convener.count.Lot;
import org.convener.platform.CliCommand;
import org.convener.platform.Starts;
import org.convener.platform.Startup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Reads ballot files only: it starts neither Spring nor the database. */
@Starts(Startup.NOTHING)
@Command(
        name = "count",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Counts ballot files (BLT) under a rule and prints the result stage by stage.",
            "Rules: fptp, approval, irv, scottish-stv, meek, wigm (docs/counting.md describes each)."
                    + " A folder counts every .blt file in it.",
            "With --json the result is in the JSON format of published recounts; with --out DIR each"
                    + " file's result is written to DIR/<file>.json.",
            "A tie left to lot falls on the candidate listed first in the file, unless --lot random."
        })
class CountCommand implements CliCommand, Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--rule",
            required = true,
            paramLabel = "RULE",
            description = "irv, scottish-stv, meek, wigm, fptp or approval.")
    String rule;

    @Option(names = "--seats", paramLabel = "N", description = "Seats to fill (default: the number in each file).")
    Integer seats;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR", description = "Write one <file>.json per ballot file into DIR.")
    Path out;

    @Option(
            names = "--lot",
            paramLabel = "file|random",
            defaultValue = "file",
            description = "How lots are drawn: by the candidates' order in the file (default) or at random.")
    String lot;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "The seed for --lot random; the same seed draws the same lots.")
    Long seed;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "BLT files, or folders of them.")
    List<Path> files;

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        CountingRule counting;
        try {
            counting = CountingRule.named(rule);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        checkLot();
        if (seats != null && seats < 1) {
            throw new ParameterException(spec.commandLine(), "--seats must be at least 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<Path> ballots = ballotFiles(err);
        if (ballots == null) {
            return 1;
        }
        // read every file first: a bad file anywhere means nothing is written
        var elections = new LinkedHashMap<Path, Election>();
        boolean failed = false;
        for (Path file : ballots) {
            try {
                Election e = BltReader.read(file);
                elections.put(file, seats == null ? e : e.withSeats(seats));
            } catch (BltFormatException e) {
                err.println("error: " + e.getMessage());
                failed = true;
            }
        }
        if (failed) {
            return 1;
        }
        var results = new LinkedHashMap<Path, Count>();
        for (var e : elections.entrySet()) {
            try {
                results.put(e.getKey(), counting.count(e.getValue(), lot()));
            } catch (IllegalArgumentException ex) {
                err.println("error: " + e.getKey().getFileName() + ": " + ex.getMessage());
                return 1;
            }
        }
        return write(results);
    }

    private int write(Map<Path, Count> results) throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (out != null) {
            Files.createDirectories(out);
            for (var r : results.entrySet()) {
                Path target = out.resolve(baseName(r.getKey()) + ".json");
                mapper.writerWithDefaultPrettyPrinter()
                        .writeValue(
                                target.toFile(),
                                CountJson.of(
                                        r.getValue(), r.getKey().getFileName().toString()));
                stdout.println("wrote " + target + " (" + CountText.elected(r.getValue()) + ")");
            }
            return 0;
        }
        if (json) {
            var all = results.entrySet().stream()
                    .map(r ->
                            CountJson.of(r.getValue(), r.getKey().getFileName().toString()))
                    .toList();
            // one file prints one result; several print an array of them
            stdout.println(
                    mapper.writerWithDefaultPrettyPrinter().writeValueAsString(all.size() == 1 ? all.get(0) : all));
            return 0;
        }
        boolean first = true;
        for (var r : results.entrySet()) {
            if (!first) {
                stdout.println();
            }
            first = false;
            stdout.print(CountText.of(r.getValue(), r.getKey().getFileName().toString()));
        }
        return 0;
    }

    private List<Path> ballotFiles(PrintWriter err) throws IOException {
        var found = new ArrayList<Path>();
        for (Path p : files) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> in = Files.list(p)) {
                    var blts = in.filter(f -> f.getFileName()
                                    .toString()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .endsWith(".blt"))
                            .sorted()
                            .toList();
                    if (blts.isEmpty()) {
                        err.println("error: " + p + " holds no .blt files");
                        return null;
                    }
                    found.addAll(blts);
                }
            } else if (Files.isRegularFile(p)) {
                found.add(p);
            } else {
                err.println("error: " + p + " does not exist");
                return null;
            }
        }
        return found;
    }

    private void checkLot() {
        switch (lot) {
            case "file" -> {
                if (seed != null) {
                    throw new ParameterException(spec.commandLine(), "--seed goes with --lot random");
                }
            }
            case "random" -> {
                if (seed == null) {
                    throw new ParameterException(
                            spec.commandLine(), "--lot random needs --seed N, so that the count can be repeated");
                }
            }
            default -> throw new ParameterException(spec.commandLine(), "--lot is file or random, not " + lot);
        }
    }

    /** A fresh lot per file, so each file's draws do not depend on the files counted before it. */
    private Lot lot() {
        return seed == null ? Lot.fileOrder() : Lot.random(seed);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".blt") ? name.substring(0, name.length() - 4) : name;
    }
}
