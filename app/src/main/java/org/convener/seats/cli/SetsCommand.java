package org.convener.seats.cli;

import java.io.FileNotFoundException;
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
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(
        name = "sets",
        mixinStandardHelpOptions = true,
        description = "Manages seat sets: named lists of constituencies, such as redwall.",
        subcommands = {
            SetsCommand.ListSets.class,
            SetsCommand.Show.class,
            SetsCommand.Create.class,
            SetsCommand.Delete.class
        })
class SetsCommand implements CliCommand {

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
            description = "Shows a set's seats with their 2024 winner, second party and majority.")
    static class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The set's name ('convener sets list' shows them).")
        String name;

        private final SeatSets sets;

        Show(SeatSets sets) {
            this.sets = sets;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            SeatSet set = sets.find(name).orElseThrow(() -> noSuchSet(spec, name));
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
                "Give exactly one of --codes, --csv, or the filter options (--winner, --second, --nation,"
                        + " --max-majority, in any combination). For example:",
                "  convener sets create lab-v-reform --winner Lab --second RUK \\%n"
                        + "      --title \"Labour held, Reform second\""
            })
    static class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(
                paramLabel = "NAME",
                converter = SetName.class,
                description = "The set's name: lower-case letters, digits and hyphens.")
        String name;

        @Option(
                names = "--title",
                required = true,
                paramLabel = "TITLE",
                description = "What the set is, as pages show it.")
        String title;

        @Option(names = "--description", paramLabel = "TEXT", description = "A longer note about the set.")
        String description;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Source source;

        static class Source {
            @Option(
                    names = "--codes",
                    paramLabel = "CODES",
                    description = "Comma-separated ONS constituency codes, e.g. E14001079,E14001068.")
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
            @Option(
                    names = "--winner",
                    paramLabel = "PARTY",
                    converter = PartyCode.class,
                    description = "The 2024 winner's party code, e.g. Lab.")
            String winner;

            @Option(
                    names = "--second",
                    paramLabel = "PARTY",
                    converter = PartyCode.class,
                    description = "The party second in 2024, e.g. RUK.")
            String second;

            @Option(
                    names = "--nation",
                    paramLabel = "NATION",
                    converter = NationName.class,
                    description = "England, Scotland, Wales or \"Northern Ireland\".")
            String nation;

            @Option(
                    names = "--max-majority",
                    paramLabel = "PERCENT",
                    converter = Percent.class,
                    description = "The largest 2024 majority, in percent of the votes cast.")
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
            return code == null ? null : Party.ofCode(code).orElseThrow();
        }

        private static List<String> readCodes(Path file) throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new FileNotFoundException(file.toAbsolutePath() + " does not exist");
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

        @Parameters(paramLabel = "NAME", description = "The name of a set made with 'convener sets create'.")
        String name;

        private final SeatSets sets;

        Delete(SeatSets sets) {
            this.sets = sets;
        }

        @Override
        public Integer call() {
            if (sets.find(name).isEmpty()) {
                throw noSuchSet(spec, name);
            }
            sets.delete(name);
            spec.commandLine().getOut().println("Deleted " + name);
            return 0;
        }
    }

    static ParameterException noSuchSet(CommandSpec spec, String name) {
        return new ParameterException(
                spec.commandLine(), "no seat set called \"" + name + "\"; 'convener sets list' shows them");
    }

    /** A name a seat set may have. */
    static final class SetName implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                SeatSet.requireValidName(value);
                return value;
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Any party's House of Commons Library code. */
    static final class PartyCode implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return Party.ofCode(value)
                    .map(Party::code)
                    .orElseThrow(() -> new TypeConversionException("'" + value
                            + "' is not a House of Commons Library party code, such as Con, Lab, LD, RUK or Green"));
        }
    }

    /** A nation of the United Kingdom. */
    static final class NationName implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return Nation.ofName(value).displayName();
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(
                        "'" + value + "' is not England, Scotland, Wales or \"Northern Ireland\"");
            }
        }
    }

    /** A percentage from 0 to 100. */
    static final class Percent implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            try {
                double percent = Double.parseDouble(value.trim());
                if (percent >= 0 && percent <= 100) {
                    return percent;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new TypeConversionException("'" + value + "' is not a percentage from 0 to 100");
        }
    }
}
