package org.convener.seats.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.convener.engine.ConstituencyCode;
import org.convener.engine.Nation;
import org.convener.engine.Party;
import org.convener.platform.CliCommand;
import org.convener.seats.Seat;
import org.convener.seats.SeatFilter;
import org.convener.seats.SeatSet;
import org.convener.seats.SeatSets;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "sets",
        mixinStandardHelpOptions = true,
        description = "Seat sets: named lists of constituencies, such as redwall.",
        subcommands = {
            SetsCommand.ListSets.class,
            SetsCommand.Show.class,
            SetsCommand.Create.class,
            SetsCommand.Delete.class
        })
class SetsCommand implements CliCommand, Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the seat sets.")
    static class ListSets implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        private final SeatSets sets;

        ListSets(SeatSets sets) {
            this.sets = sets;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            var all = sets.all();
            if (all.isEmpty()) {
                out.println(
                        "No seat sets yet. Import the data (./convener import) for the red-wall set, or create one.");
            }
            for (SeatSet set : all) {
                out.printf("%-20s %3d seats  %s%n", set.name(), set.seats().size(), set.title());
            }
            return 0;
        }
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Shows a set's seats with their 2024 result.")
    static class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        private final SeatSets sets;

        Show(SeatSets sets) {
            this.sets = sets;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            SeatSet set = sets.find(name)
                    .orElseThrow(() -> new IllegalArgumentException("no seat set called \"" + name + "\""));
            out.printf("%s (%d seats)%n", set.title(), set.seats().size());
            if (set.description() != null) {
                out.println(set.description());
            }
            for (Seat seat : sets.seatsOf(set)) {
                out.printf(
                        "  %s  %-45s %-5s %-5s %6.1f%%%n",
                        seat.code(),
                        seat.name(),
                        seat.winner().code(),
                        seat.second() == null ? "" : seat.second().code(),
                        100 * seat.majorityShare());
            }
            return 0;
        }
    }

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = {
                "Creates a seat set from constituency codes, a CSV file of codes, or a filter on the 2024 result.",
                "Example: convener sets create reform-second --title \"Reform second, Labour held\" --winner Lab --second RUK"
            })
    static class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "Lower-case letters, digits and hyphens.")
        String name;

        @Option(names = "--title", required = true, description = "What the set is, for people.")
        String title;

        @Option(names = "--description", description = "A longer note.")
        String description;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Source source;

        static class Source {
            @Option(names = "--codes", paramLabel = "CODES", description = "Comma-separated ONS codes.")
            String codes;

            @Option(
                    names = "--csv",
                    paramLabel = "FILE",
                    description = "A CSV file with the codes in its first column (a header is allowed).")
            Path csv;

            @ArgGroup(exclusive = false)
            FilterOptions filter;
        }

        static class FilterOptions {
            @Option(names = "--winner", paramLabel = "PARTY", description = "2024 winner.")
            String winner;

            @Option(names = "--second", paramLabel = "PARTY", description = "Second in 2024.")
            String second;

            @Option(
                    names = "--nation",
                    paramLabel = "NATION",
                    description = "England, Scotland, Wales or \"Northern Ireland\".")
            String nation;

            @Option(names = "--max-majority", paramLabel = "PERCENT", description = "Largest majority, in percent.")
            Double maxMajority;
        }

        private final SeatSets sets;

        Create(SeatSets sets) {
            this.sets = sets;
        }

        @Override
        public Integer call() throws IOException {
            SeatSet set;
            if (source.filter != null) {
                var f = source.filter;
                var filter = new SeatFilter(
                        f.nation == null ? null : java.util.Set.of(Nation.ofName(f.nation)),
                        null,
                        party(f.winner),
                        party(f.second),
                        null,
                        f.maxMajority == null ? null : f.maxMajority / 100);
                set = sets.createFromFilter(name, title, description, filter);
            } else {
                List<String> codes =
                        source.codes != null ? Arrays.asList(source.codes.split(",")) : readCodes(source.csv);
                set = sets.create(name, title, description, SeatSet.Origin.USER, codes);
            }
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Created %s with %d seats%n",
                            set.name(), set.seats().size());
            return 0;
        }

        private static Party party(String code) {
            return code == null
                    ? null
                    : Party.ofCode(code)
                            .orElseThrow(() -> new IllegalArgumentException("unknown party \"" + code + "\""));
        }

        private static List<String> readCodes(Path file) throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(file + " does not exist");
            }
            try (var reader = Files.newBufferedReader(file)) {
                return CSVFormat.DEFAULT.parse(reader).stream()
                        .map(CSVRecord::toList)
                        .filter(row -> !row.isEmpty() && !row.get(0).isBlank())
                        .map(row -> row.get(0).trim())
                        .filter(code -> ConstituencyCode.isValid(code) || !code.matches("(?i)[a-z_ ]+"))
                        .toList();
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Deletes a set you created.")
    static class Delete implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        private final SeatSets sets;

        Delete(SeatSets sets) {
            this.sets = sets;
        }

        @Override
        public Integer call() {
            sets.delete(name);
            spec.commandLine().getOut().println("Deleted " + name);
            return 0;
        }
    }
}
